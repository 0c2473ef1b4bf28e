package io.rfy.habr;

import java.util.Locale;

/**
 * The one rule for the URLs an export may write, in any format and from any source (front-matter links, body
 * links and images, raw HTML): absolute http(s), an in-page {@code #anchor}, or a relative link. Anything else
 * ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:}, protocol-relative {@code //host}) is
 * left out by the writers, with a warning.
 */
public final class SafeUrl {

    private SafeUrl() {
    }

    public static boolean isSafe(String url) {
        if (url == null) {
            return false;
        }
        // browsers ignore control characters and whitespace inside a scheme ("java\tscript:"): so must we
        String s = url.strip().replaceAll("[\\x00-\\x20\\x7F]", "").toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return false;
        }
        if (s.startsWith("#")) {
            return true;
        }
        if (s.startsWith("http://") || s.startsWith("https://")) {
            return s.length() > s.indexOf("//") + 2;
        }
        if (s.startsWith("//") || s.startsWith("\\\\") || s.startsWith("/\\")) {
            return false;
        }
        // relative: no scheme before the first '/', '?' or '#'
        int colon = s.indexOf(':');
        if (colon < 0) {
            return true;
        }
        int end = s.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = s.indexOf(c);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        return colon > end;
    }

    /** Longer runs of non-space characters than this are cut in messages (a 100 KB data: URL, say). */
    static final int LONGEST_WORD = 200;

    /** The message with each over-long word (a URL, mostly) cut to its start and its length. */
    public static String shortenLongWords(String message) {
        if (message == null || message.length() <= LONGEST_WORD) {
            return message;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S{" + (LONGEST_WORD + 1) + ",}").matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(word.substring(0, 80) + "… ("
                    + String.format(Locale.ROOT, "%,d", word.length()) + " characters)"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
