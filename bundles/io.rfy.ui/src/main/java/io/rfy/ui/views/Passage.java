package io.rfy.ui.views;

import io.rfy.corpus.Mention;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * A passage of a corpus document as a {@link Mention} to link: the exact quote with up to {@link #CONTEXT} chars of
 * the document's text on each side, and code point offsets into the document's text (how mentions and the W3C
 * TextPositionSelector count; the seeds hold emoji outside the BMP, where Java's char offsets would drift).
 */
public final class Passage {

    /** As much context as the mention index keeps, so anchors written here look like the ones it suggests. */
    public static final int CONTEXT = 32;

    private Passage() {
    }

    /**
     * @param text the whole document text
     * @param from char offset of the passage's start in {@code text}
     * @param to char offset of its end (exclusive)
     */
    public static Mention of(String text, int from, int to, String document, String item, String review, String paper) {
        if (from < 0 || to > text.length() || from >= to) {
            throw new IllegalArgumentException(NLS.bind(Messages.Passage_none, from, to));
        }
        // a selection dragged across a word's surroundings: the blanks around it are no part of the quote
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            throw new IllegalArgumentException(Messages.Passage_blanks);
        }
        // a selection never splits a surrogate pair in StyledText, but guard anyway: half an emoji is no quote
        if (Character.isLowSurrogate(text.charAt(from)) && from > 0) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        int start = text.codePointCount(0, from);
        int end = start + text.codePointCount(from, to);
        int preStart = Math.max(0, from - CONTEXT);
        if (preStart > 0 && Character.isLowSurrogate(text.charAt(preStart))) {
            preStart++;
        }
        int sufEnd = Math.min(text.length(), to + CONTEXT);
        if (sufEnd < text.length() && Character.isLowSurrogate(text.charAt(sufEnd))) {
            sufEnd--;
        }
        return new Mention(paper, review, document, item, text.substring(from, to), start, end,
                text.substring(preStart, from), text.substring(to, sufEnd));
    }

    /** The char offset in {@code text} of a code point offset (clamped to the text). */
    public static int charOffset(String text, int codePoint) {
        int n = Math.max(0, Math.min(codePoint, text.codePointCount(0, text.length())));
        return text.offsetByCodePoints(0, n);
    }
}
