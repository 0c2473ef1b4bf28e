package io.rfy.store;

/**
 * A Markdown file split into its YAML front matter and its body, keeping every character, so that joining
 * the parts gives back the file exactly.
 *
 * @param opening the first line, {@code ---} with its line break (and a byte order mark if the file had one)
 * @param yaml the front matter between the delimiter lines
 * @param closing the closing {@code ---} line with its line break, if any
 * @param body everything after the closing line
 */
record FrontMatter(String opening, String yaml, String closing, String body) {

    static final String DELIMITER = "---";

    /** A file that has no well-formed front matter; the line is 1-based. */
    static final class MissingException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        MissingException(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    static FrontMatter split(String text) throws MissingException {
        int firstEnd = lineEnd(text, 0);
        String first = text.substring(0, firstEnd);
        if (!isDelimiter(first.startsWith("\uFEFF") ? first.substring(1) : first)) {
            throw new MissingException("expected the front matter to start with a line '---'", 1);
        }
        int pos = firstEnd;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (text.startsWith(DELIMITER, pos) && isDelimiter(text.substring(pos, end))) {
                return new FrontMatter(first, text.substring(firstEnd, pos), text.substring(pos, end), text.substring(end));
            }
            pos = end;
        }
        throw new MissingException("the front matter that starts on line 1 has no closing line '---'", 1);
    }

    /** The number of lines before the YAML, so YAML line n (0-based) is file line {@code n + 1 + yamlLineOffset()}. */
    int yamlLineOffset() {
        return 1;
    }

    /** The 1-based file line on which the body starts. */
    int bodyFirstLine() {
        return 1 + lineBreaks(opening) + lineBreaks(yaml) + lineBreaks(closing);
    }

    private static int lineBreaks(String s) {
        int n = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    String join(String newYaml, String newBody) {
        return opening + newYaml + closing + newBody;
    }

    /** The offset just after the line break ending the line that starts at {@code from}. */
    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl + 1;
    }

    private static boolean isDelimiter(String line) {
        return line.stripTrailing().equals(DELIMITER);
    }
}
