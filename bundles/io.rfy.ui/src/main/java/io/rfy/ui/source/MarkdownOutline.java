package io.rfy.ui.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import io.rfy.ui.internal.Messages;

/**
 * The Outline view's entries of a review: the papers, their links and the cross-links of the front matter, then the
 * headings and figures of the body, with their offsets.
 */
public final class MarkdownOutline {

    /** What an entry is: a heading or figure of the body, or a paper, link or cross-link of the front matter. */
    public enum Kind { HEADING, FIGURE, PAPER, LINK, CROSSLINK }

    /** One entry: a heading (level 1-6), a figure (level 0), or a front-matter entry (its depth as the level). */
    public record Entry(int level, String text, int offset, int length, int line, Kind kind) {

        public Entry(int level, String text, int offset, int length, int line) {
            this(level, text, offset, length, line, level == 0 ? Kind.FIGURE : Kind.HEADING);
        }

        public boolean isFigure() {
            return kind == Kind.FIGURE;
        }

        @Override
        public String toString() {
            return switch (kind) {
                case FIGURE -> NLS.bind(Messages.Source_figure, text.isBlank() ? NLS.bind(Messages.Source_noCaption, line)
                        : text);
                case PAPER -> NLS.bind(Messages.Source_paperEntry, text);
                case LINK -> NLS.bind(Messages.Source_link, text);
                case CROSSLINK -> NLS.bind(Messages.Source_crossLink, text);
                case HEADING -> text;
            };
        }
    }

    private static final Pattern TOP_KEY = Pattern.compile("^([A-Za-z_-]+):");
    private static final Pattern PAPER_TITLE = Pattern.compile("^\\s*- title:\\s*\"?(.*?)\"?\\s*$");
    private static final Pattern LINK = Pattern.compile("^\\s*- \\{label:\\s*\"?([^,\"]*)\"?,\\s*url:\\s*\"?([^\",}]*)");
    private static final Pattern CROSSLINK = Pattern.compile("^\\s*- \\{(review|paper|corpus):\\s*\"?([^\",}]*)\"?(?:.*?quote:\\s*\"([^\"]*)\")?");

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FIGURE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)]*)\\)");

    private MarkdownOutline() {
    }

    /** A paper (under papers:), one of its links, or a cross-link (under crosslinks:) on this front-matter line. */
    private static void frontMatterEntry(List<Entry> entries, String section, String line, int offset, int lineNo) {
        Matcher m;
        if (section.equals("papers") && (m = PAPER_TITLE.matcher(line)).matches()) {
            entries.add(new Entry(1, m.group(1), offset, line.length(), lineNo, Kind.PAPER));
        } else if (section.equals("papers") && (m = LINK.matcher(line)).find()) {
            entries.add(new Entry(2, m.group(1).strip() + " (" + m.group(2).strip() + ")", offset, line.length(), lineNo,
                    Kind.LINK));
        } else if (section.equals("crosslinks") && (m = CROSSLINK.matcher(line)).find()) {
            String what = m.group(1) + " " + m.group(2).strip() + (m.group(3) == null ? "" : ": «" + m.group(3) + "»");
            entries.add(new Entry(1, what, offset, line.length(), lineNo, Kind.CROSSLINK));
        }
    }

    public static List<Entry> of(String text) {
        List<Entry> entries = new ArrayList<>();
        int offset = 0;
        int lineNo = 0;
        boolean inFrontMatter = text.startsWith("---");
        boolean inFence = false;
        String section = "";
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (inFrontMatter) {
                if (lineNo > 1 && line.strip().equals("---")) {
                    inFrontMatter = false;
                } else {
                    Matcher top = TOP_KEY.matcher(line);
                    if (top.find()) {
                        section = top.group(1);
                    }
                    frontMatterEntry(entries, section, line, offset, lineNo);
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
