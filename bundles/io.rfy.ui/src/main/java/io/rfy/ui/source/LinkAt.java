package io.rfy.ui.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rfy.store.ReviewLinks;

/**
 * Finds what a position in a review's text links to, from the text alone: an {@code rfy:review/<id>} link, a relative
 * Markdown link to another review ({@code ../2020-05/x.md}), and in the front matter a cross-link's {@code review:} or
 * {@code corpus:} id or the {@code reviewer:} id. Resolving the target to a file is {@link LinkTargets}' job.
 */
public final class LinkAt {

    /** What a link names. */
    public enum Kind {
        REVIEW, RELATIVE, CORPUS, REVIEWER
    }

    /**
     * A link in the text: its region (what Ctrl+click underlines), what it names, and for a corpus cross-link the
     * quote of its line (so the target opens where the quote is).
     */
    public record Link(int offset, int length, Kind kind, String key, String quote) {
    }

    // the grammar of links to reviews is the store's, as validation and the Habr export read it
    private static final Pattern RFY_REVIEW = ReviewLinks.SCHEME_IN_TEXT;
    private static final Pattern RELATIVE = ReviewLinks.RELATIVE_IN_TEXT;
    private static final Pattern KEY_ID = Pattern.compile(
            "(?<![\\w-])(review|corpus|reviewer):[ \\t]*([\"']?)([A-Za-z0-9][A-Za-z0-9._-]*)\\2");
    private static final Pattern QUOTE = Pattern.compile("quote:[ \\t]*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private LinkAt() {
    }

    /** The link at {@code offset} in {@code text}, if there is one. */
    public static Optional<Link> find(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        if (offset > 0 && offset <= text.length() && text.charAt(offset - 1) == '\n') {
            lineStart = offset;
        }
        int lineEnd = text.indexOf('\n', offset);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String line = text.substring(lineStart, lineEnd);
        int at = offset - lineStart;
        Matcher m = RFY_REVIEW.matcher(line);
        while (m.find()) {
            if (m.start() <= at && at <= m.end()) {
                return Optional.of(new Link(lineStart + m.start(), m.end() - m.start(), Kind.REVIEW, m.group(1), null));
            }
        }
        m = RELATIVE.matcher(line);
        while (m.find()) {
            if (m.start(1) <= at && at <= m.end(1)) {
                return Optional.of(new Link(lineStart + m.start(1), m.end(1) - m.start(1), Kind.RELATIVE, m.group(1),
                        null));
            }
        }
        if (inFrontMatter(text, lineStart)) {
            m = KEY_ID.matcher(line);
            while (m.find()) {
                if (m.start(3) <= at && at <= m.end(3)) {
                    Kind kind = switch (m.group(1)) {
                        case "review" -> Kind.REVIEW;
                        case "corpus" -> Kind.CORPUS;
                        default -> Kind.REVIEWER;
                    };
                    String quote = null;
                    if (kind == Kind.CORPUS) {
                        Matcher q = QUOTE.matcher(line);
                        quote = q.find() ? q.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : null;
                    }
                    return Optional.of(new Link(lineStart + m.start(3), m.end(3) - m.start(3), kind, m.group(3), quote));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code lineStart} is inside the {@code ---} block at the top of the file. */
    static boolean inFrontMatter(String text, int lineStart) {
        if (!text.startsWith("---")) {
            return false;
        }
        int firstEnd = text.indexOf('\n');
        if (firstEnd < 0 || lineStart <= firstEnd) {
            return false;
        }
        Matcher close = Pattern.compile("(?m)^---[ \\t]*$").matcher(text);
        close.region(firstEnd + 1, text.length());
        return !close.find() || lineStart < close.start();
    }
}
