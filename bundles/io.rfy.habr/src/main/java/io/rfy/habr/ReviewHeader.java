package io.rfy.habr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rfy.model.Link;
import io.rfy.model.Paper;
import io.rfy.model.RfyFactory;

/**
 * The header of a review as the rubric writes it, line by line: the title line (several papers joined by
 * {@code ; }), {@code Авторы статьи[ N]: names (affiliations, year)} (also just {@code Авторы:}), the link line
 * ({@code ::}-separated labels, each {@code [label](url)} where the URL is known) and
 * {@code Автор обзора: name (в слэке x, на habr y)}. One reading for every importer: the Habr text scrape, the
 * saved page (through the scrape's reader) and the Slack channel export.
 */
public final class ReviewHeader {

    /** {@link Rubric#AUTHORS_LABEL}, or just «Авторы», as people write it in the channel. */
    private static final Pattern AUTHORS = Pattern.compile("(?:" + Rubric.AUTHORS_LABEL + "|Авторы)"
            + "(?:\\s+(\\d+))?\\s*:\\s*(.*?)\\s*(?:\\(([^()]*)\\))?\\s*");
    private static final Pattern REVIEWER = Pattern.compile(Rubric.REVIEWER_LABEL
            + ":\\s*(.*?)\\s*(?:\\(([^()]*)\\))?\\s*");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]+)\\]\\(<?([^)\\s>]*)>?\\)");
    private static final Pattern LABELLED_NUMBER = Pattern.compile(".*\\s(\\d+)");
    /** A numbered heading ("3. Title") or Markdown emphasis around a title line. */
    private static final Pattern TITLE_DECORATION = Pattern.compile("^(?:#+\\s*)?(?:\\d+\\.\\s+)?(?:\\*\\*|\\*|__|_)?(.*?)"
            + "(?:\\*\\*|\\*|__|_)?$");

    /** Who wrote the review, as its "Автор обзора" line says. */
    public record ReviewerLine(String name, String slack, String habr) {
    }

    private ReviewHeader() {
    }

    /** The titles of a heading or title line: one per paper, joined by {@code ; } in the rubric. */
    public static List<String> titles(String titleLine) {
        Matcher m = TITLE_DECORATION.matcher(titleLine.strip());
        String title = m.matches() ? m.group(1).strip() : titleLine.strip();
        List<String> titles = new ArrayList<>();
        for (String t : title.split(";\\s+")) {
            if (!t.isBlank()) {
                titles.add(t.strip());
            }
        }
        return titles;
    }

    public static boolean isAuthorsLine(String line) {
        return AUTHORS.matcher(line.strip()).matches();
    }

    /**
     * A paper from an authors line: the names, then the bracket's affiliations and year (the last part when it is
     * four digits). Its title is the {@code N}th of {@code titles} ({@code статьи N}), else the next one in order.
     */
    public static Paper paper(String authorsLine, List<String> titles, int papersSoFar) {
        Matcher a = AUTHORS.matcher(authorsLine.strip());
        if (!a.matches()) {
            throw new IllegalArgumentException("not an authors line: " + authorsLine);
        }
        int index = a.group(1) == null ? papersSoFar : Integer.parseInt(a.group(1)) - 1;
        Paper paper = RfyFactory.eINSTANCE.createPaper();
        paper.setTitle(index >= 0 && index < titles.size() ? titles.get(index) : null);
        for (String name : a.group(2).split(",\\s*")) {
            if (!name.isBlank()) {
                paper.getAuthors().add(name.strip());
            }
        }
        if (a.group(3) != null) {
            List<String> parts = new ArrayList<>(List.of(a.group(3).split(",\\s*")));
            String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1).strip();
            if (last.matches("\\d{4}")) {
                paper.setYear(Integer.valueOf(last));
                parts.remove(parts.size() - 1);
            }
            parts.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(paper.getAffiliations()::add);
        }
        return paper;
    }

    /** Whether a line is the link line: {@code ::}-separated, or one Markdown link. */
    public static boolean isLinkLine(String line) {
        String l = line.strip();
        return !l.isEmpty() && !isReviewerLine(l) && !isAuthorsLine(l)
                && (l.contains(" :: ") || MARKDOWN_LINK.matcher(l).matches()
                        || l.matches("Оригинал стать(и|ей)(\\s+\\d+)?"));
    }

    /**
     * The links of a link line, each given to its paper ({@code ... 2} goes to the second paper when there are
     * several, else the first).
     *
     * @return the labels that came without a URL
     */
    public static List<String> readLinks(String line, List<Paper> papers) {
        List<String> withoutUrl = new ArrayList<>();
        for (String written : line.strip().split("\\s+::\\s+")) {
            Matcher md = MARKDOWN_LINK.matcher(written.strip());
            String label = (md.matches() ? md.group(1) : written).strip();
            String url = md.matches() ? md.group(2) : "";
            Matcher numbered = LABELLED_NUMBER.matcher(label);
            int index = papers.size() > 1 && numbered.matches() ? Integer.parseInt(numbered.group(1)) - 1 : 0;
            Paper paper = papers.get(Math.min(Math.max(index, 0), papers.size() - 1));
            Link link = RfyFactory.eINSTANCE.createLink();
            link.setLabel(label);
            link.setUrl(url);
            paper.getLinks().add(link);
            if (url.isEmpty()) {
                withoutUrl.add(label);
            }
        }
        return withoutUrl;
    }

    public static boolean isReviewerLine(String line) {
        return REVIEWER.matcher(line.strip()).matches();
    }

    /** The "Автор обзора" line read, or null when the line is not one. */
    public static ReviewerLine reviewer(String line) {
        Matcher r = REVIEWER.matcher(line.strip());
        if (!r.matches()) {
            return null;
        }
        String slack = null;
        String habr = null;
        if (r.group(2) != null) {
            for (String part : r.group(2).split(",\\s*")) {
                String p = part.strip();
                if (p.startsWith("в слэке ")) {
                    slack = p.substring("в слэке ".length()).strip();
                } else if (p.startsWith("на habr ")) {
                    habr = p.substring("на habr ".length()).strip();
                }
            }
        }
        return new ReviewerLine(r.group(1), slack, habr);
    }
}
