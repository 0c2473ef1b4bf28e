package io.rfy.ui.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The headings and figures of a Markdown file's body, with their offsets, for the Outline view. */
public final class MarkdownOutline {

    /** One entry: a heading (level 1-6) or a figure (level 0). */
    public record Entry(int level, String text, int offset, int length, int line) {
        public boolean isFigure() {
            return level == 0;
        }

        @Override
        public String toString() {
            return isFigure() ? "Figure: " + (text.isBlank() ? "(no caption), line " + line : text) : text;
        }
    }

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FIGURE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)]*)\\)");

    private MarkdownOutline() {
    }

    public static List<Entry> of(String text) {
        List<Entry> entries = new ArrayList<>();
        int offset = 0;
        int lineNo = 0;
        boolean inFrontMatter = text.startsWith("---");
        boolean inFence = false;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (inFrontMatter) {
                if (lineNo > 1 && line.strip().equals("---")) {
                    inFrontMatter = false;
                }
            } else if (line.startsWith("```") || line.startsWith("~~~")) {
                inFence = !inFence;
            } else if (!inFence) {
                Matcher h = HEADING.matcher(line);
                if (h.matches()) {
                    entries.add(new Entry(h.group(1).length(), h.group(2), offset, line.length(), lineNo));
                }
                Matcher f = FIGURE.matcher(line);
                while (f.find()) {
                    entries.add(new Entry(0, f.group(1), offset + f.start(), f.end() - f.start(), lineNo));
                }
            }
            offset += line.length() + 1;
        }
        return entries;
    }
}
