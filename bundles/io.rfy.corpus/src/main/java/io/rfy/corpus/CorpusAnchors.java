package io.rfy.corpus;

import java.io.IOException;
import java.nio.file.Path;

import io.rfy.model.CorpusCrossLink;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.StoreProblem.Severity;

/**
 * Re-finds the passages that corpus cross-links point at, the way W3C TextQuoteSelectors are re-anchored: the quote
 * between its prefix and suffix; else the occurrence of the quote whose surroundings look most like the old ones;
 * else an approximate match of the quote (a re-import that changed quotes, spaces, case, ё or a letter or two); else
 * the link is broken. {@link #problem} says what is wrong with an anchor that did not resolve exactly; validation
 * (rules {@code rfy.crosslink.*}) is the one place that checks a workspace's anchors and reports them at their line.
 */
public final class CorpusAnchors {

    public static final String UNKNOWN_DOCUMENT = "rfy.crosslink.unknown-document";
    public static final String BROKEN = "rfy.crosslink.broken-anchor";
    public static final String MOVED = "rfy.crosslink.anchor-moved";
    public static final String FUZZY = "rfy.crosslink.anchor-fuzzy";

    public enum Status {
        /** prefix + quote + suffix found as written */
        EXACT,
        /** the quote found as written, but its surroundings changed */
        MOVED,
        /** only an approximate match of the quote */
        FUZZY,
        /** nothing close enough */
        BROKEN
    }

    /**
     * Where an anchor resolves: code point offsets [start, end) into the text, and the text found there;
     * -1 and null when broken.
     */
    public record Resolution(Status status, int start, int end, String found) {
    }

    private CorpusAnchors() {
    }

    public static Resolution resolve(String text, String quote, String prefix, String suffix) {
        String pre = prefix == null ? "" : prefix;
        String suf = suffix == null ? "" : suffix;
        if (quote == null || quote.isEmpty()) {
            return new Resolution(Status.BROKEN, -1, -1, null);
        }
        int exact = text.indexOf(pre + quote + suf);
        if (exact >= 0) {
            return at(text, Status.EXACT, exact + pre.length(), exact + pre.length() + quote.length());
        }
        int best = -1;
        int bestScore = -1;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            int score = commonSuffix(text, i, pre) + commonPrefix(text, i + quote.length(), suf);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best >= 0) {
            return at(text, Status.MOVED, best, best + quote.length());
        }
        int[] approx = ApproximateMatch.find(text, quote, pre, suf);
        if (approx != null) {
            return at(text, Status.FUZZY, approx[0], approx[1]);
        }
        return new Resolution(Status.BROKEN, -1, -1, null);
    }

    private static Resolution at(String text, Status status, int from, int to) {
        int start = text.codePointCount(0, from);
        return new Resolution(status, start, start + text.codePointCount(from, to), text.substring(from, to));
    }

    /** How many chars before {@code at} agree with the end of {@code prefix}. */
    private static int commonSuffix(String text, int at, String prefix) {
        int n = 0;
        while (n < prefix.length() && at - n - 1 >= 0 && text.charAt(at - n - 1) == prefix.charAt(prefix.length() - n - 1)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String text, int at, String suffix) {
        int n = 0;
        while (n < suffix.length() && at + n < text.length() && text.charAt(at + n) == suffix.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The anchor of one cross-link into the workspace's corpus; null when its document is not in the corpus. */
    public static Resolution resolve(RfyWorkspace ws, CorpusCrossLink link) throws IOException {
        for (Path file : ws.corpusFiles()) {
            if (CorpusText.id(file).equals(link.getDocument())) {
                return resolve(CorpusText.read(file), link.getQuote(), link.getPrefix(), link.getSuffix());
            }
        }
        return null;
    }

    /**
     * What is wrong with an anchor that did not resolve exactly, in the words and with the severity that validation
     * reports it: broken is an error; moved (the quote is there but its
     * surroundings changed, so it may now rest on another occurrence) a warning with the new position as the
     * suggestion; fuzzy (only an approximate match of the quote) an info with the quote as it now reads.
     *
     * @param suggestion for a moved anchor its code point range {@code start-end}, for a fuzzy one the text found;
     *            null for a broken one
     */
    public record Problem(String code, Severity severity, String message, String suggestion) {
    }

    /** The problem of a resolved anchor, or null when it resolved exactly. */
    public static Problem problem(CorpusCrossLink link, Resolution r) {
        String quote = link.getQuote() == null ? "" : link.getQuote();
        return switch (r.status()) {
            case EXACT -> null;
            case BROKEN -> new Problem(BROKEN, Severity.ERROR, "the quote «" + quote + "» is no longer in corpus document '"
                    + link.getDocument() + "'", null);
            case MOVED -> new Problem(MOVED, Severity.WARNING, "the text around «" + quote + "» in '" + link.getDocument()
                    + "' changed; re-anchored on the quote at code points " + r.start() + "-" + r.end(),
                    r.start() + "-" + r.end());
            case FUZZY -> new Problem(FUZZY, Severity.INFO, "«" + quote + "» is no longer in '" + link.getDocument()
                    + "' as written; it now reads «" + r.found() + "» at code points " + r.start() + "-" + r.end(),
                    r.found());
        };
    }
}
