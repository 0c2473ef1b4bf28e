package io.rfy.habr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rfy.model.Batch;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.ReviewStatus;
import io.rfy.model.Reviewer;
import io.rfy.model.RfyFactory;
import io.rfy.store.StoreProblem.Severity;
import io.rfy.store.WorkspaceLayout;

/**
 * Reads the plain-text scrape of a published rubric post (like {@code seeds/004_...}) into the model.
 * <p>
 * The scrape keeps the text and its line structure but loses every URL and image. What it keeps is read
 * exactly: the title, the intro, each numbered review with its papers ({@code Авторы статьи[ N]: names
 * (affiliations, year)}), the link labels ({@code ::}-separated), the reviewer line, the body, and from the
 * footer the publication date and the hubs and tags. Where the page had an image or an embed the scrape leaves
 * a gap of three or more blank lines (a paragraph break is one or two); such a gap becomes a figure without a URL.
 * Missing URLs stay empty and are noted, never invented.
 */
public final class HabrTextImporter {

    private static final Pattern HEADING = Rubric.REVIEW_HEADING;
    private static final Pattern BULLET = Pattern.compile("\\s*[•·▪●-]\\s+(.*)");
    /** Page furniture between the publication date and the hub list of a scrape. */
    private static final Pattern FOOTER_NOISE = Pattern.compile("\\d+|Сейчас читают|Комментари.*|Имя|Электронная почта|"
            + "Источник:.*|К списку статей|" + Rubric.BACK_TO_TOP);

    private final String[] lines;
    private final List<ImportNote> notes = new ArrayList<>();
    private final Map<String, Reviewer> reviewers = new LinkedHashMap<>();
    /** Review ids given out so far: a paper may be reviewed twice in one post (or a post repeats a short name). */
    private final java.util.Set<String> reviewIds = new java.util.HashSet<>();

    private HabrTextImporter(String text) {
        this.lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        repairMojibake();
    }

    /** Lines garbled by a wrong decoding are read as what they were, and said so; unrepairable ones are reported. */
    private void repairMojibake() {
        for (int i = 0; i < lines.length; i++) {
            Mojibake.Finding garbled = Mojibake.check(lines[i]);
            if (garbled == null) {
                continue;
            }
            if (garbled.repaired() != null) {
                note(Severity.WARNING, "habr.mojibake", i + 1, "UTF-8 text misread as " + garbled.encoding()
                        + " ('" + shorten(lines[i].strip()) + "'); read as '" + shorten(garbled.repaired().strip()) + "'");
                lines[i] = garbled.repaired();
            } else {
                note(Severity.ERROR, "habr.mojibake", i + 1, "garbled text (UTF-8 misread as " + garbled.encoding()
                        + "?) that cannot be repaired: '" + shorten(lines[i].strip()) + "'; kept as it is");
            }
        }
    }

    public static ImportedBatch read(String text) {
        return new HabrTextImporter(text).read();
    }

    private ImportedBatch read() {
        RfyFactory f = RfyFactory.eINSTANCE;
        Batch batch = f.createBatch();
        int titleLine = find(0, l -> Rubric.readTitle(l).isPresent());
        if (titleLine < 0) {
            note(Severity.ERROR, "habr.no-title", 1, "no rubric title («Читаем статьи за вас. <Месяц> <год>. Часть <n>»)"
                    + " found: is this a post of the rubric?");
            return new ImportedBatch(batch, List.of(), List.of(), notes);
        }
        Rubric.Title t = Rubric.readTitle(lines[titleLine]).orElseThrow();
        batch.setTitle(lines[titleLine].trim());
        batch.setPeriod(t.period());
        batch.setPart(t.part());
        batch.setId(WorkspaceLayout.batchId(batch.getPeriod() == null ? String.valueOf(t.year()) : batch.getPeriod(),
                t.part()));

        int toc = find(titleLine + 1, l -> l.trim().equals(Rubric.TOC_HEADING));
        int firstHeading = findHeading(Math.max(toc, titleLine) + 1, 1);
        int introEnd = toc >= 0 ? toc : firstHeading >= 0 ? firstHeading : lines.length;
        batch.setIntro(markdown(titleLine + 1, introEnd, false));

        int end = find(titleLine + 1, l -> l.trim().equals(Rubric.BACK_TO_TOP) || Rubric.publishedDate(l) != null);
        int bodyLimit = end < 0 ? lines.length : end;
        List<Review> reviews = new ArrayList<>();
        int start = firstHeading;
        for (int n = 1; start >= 0 && start < bodyLimit; n++) {
            int next = findHeading(start + 1, n + 1);
            int stop = next < 0 || next > bodyLimit ? bodyLimit : next;
            reviews.add(readReview(start, stop));
            start = next;
        }
        if (reviews.isEmpty()) {
            note(Severity.ERROR, "habr.no-reviews", titleLine + 1, "no numbered review ('1. <title>') after the title");
        }
        if (end < 0) {
            note(Severity.WARNING, "habr.truncated", lines.length, "the post has no footer ('Ссылка на начало' or"
                    + " 'Опубликовано: ...'): it may be cut off, the last review may be incomplete");
        } else {
            readFooter(end, batch);
        }
        batch.getReviews().addAll(reviews);
        return new ImportedBatch(batch, reviews, List.copyOf(reviewers.values()), notes);
    }

    private Review readReview(int heading, int stop) {
        RfyFactory f = RfyFactory.eINSTANCE;
        Review review = f.createReview();
        review.setStatus(ReviewStatus.PUBLISHED);
        Matcher h = HEADING.matcher(lines[heading].trim());
        h.matches();
        List<String> titles = ReviewHeader.titles(h.group(2));
        int i = heading + 1;
        List<Paper> papers = new ArrayList<>();
        while (i < stop && lines[i].isBlank()) {
            i++;
        }
        for (; i < stop && ReviewHeader.isAuthorsLine(lines[i]); i++) {
            papers.add(ReviewHeader.paper(lines[i], titles, papers.size()));
        }
        if (papers.isEmpty()) {
            note(Severity.ERROR, "habr.no-authors", heading + 2, "review " + h.group(1) + " ('" + shorten(h.group(2))
                    + "') has no 'Авторы статьи:' line; its papers were read from the heading only");
            for (String title : titles) {
                Paper paper = f.createPaper();
                paper.setTitle(title);
                papers.add(paper);
            }
        }
        review.getPapers().addAll(papers);
        if (i < stop && !lines[i].isBlank() && !ReviewHeader.isReviewerLine(lines[i])) {
            readLinks(lines[i], i, papers);
            i++;
        }
        if (i < stop && ReviewHeader.isReviewerLine(lines[i])) {
            review.setReviewer(reviewer(ReviewHeader.reviewer(lines[i])));
            i++;
        } else {
            note(Severity.ERROR, "habr.no-reviewer", i + 1, "review " + h.group(1) + " has no 'Автор обзора:' line");
        }
        review.setId(uniqueId(ReviewIds.of(papers.get(0)), heading, h.group(1)));
        review.setBody(markdown(i, stop, true));
        return review;
    }

    /** The id, or the id numbered from -2 when an earlier review of this post has it (one file per review). */
    private String uniqueId(String id, int heading, String number) {
        String unique = id;
        for (int n = 2; !reviewIds.add(unique); n++) {
            unique = id + "-" + n;
        }
        if (!unique.equals(id)) {
            note(Severity.WARNING, "habr.duplicate-id", heading + 1, "review " + number + " would have the id '" + id
                    + "' of an earlier review; it is '" + unique + "'");
        }
        return unique;
    }

    private void readLinks(String line, int lineIndex, List<Paper> papers) {
        // a page import writes "[label](url)"; a text scrape only has the label
        for (String label : ReviewHeader.readLinks(line, papers)) {
            Paper paper = papers.stream().filter(p -> p.getLinks().stream().anyMatch(l -> l.getLabel().equals(label)))
                    .findFirst().orElse(papers.get(0));
            note(Severity.INFO, "habr.lost-url", lineIndex + 1, "'" + label + "' of '" + shorten(paper.getTitle())
                    + "': the scrape kept no URL; fill it in by hand");
        }
    }

    /** The reviewer named on an "Автор обзора" line; one per Slack handle (or name) across the whole post. */
    private Reviewer reviewer(ReviewHeader.ReviewerLine line) {
        String name = line.name();
        String slack = line.slack();
        String habr = line.habr();
        String key = slack != null ? "slack:" + slack : "name:" + name;
        Reviewer existing = reviewers.get(key);
        if (existing != null) {
            return existing;
        }
        Reviewer reviewer = RfyFactory.eINSTANCE.createReviewer();
        reviewer.setName(name);
        reviewer.setSlack(slack);
        reviewer.setHabr(habr);
        reviewer.setId(ReviewIds.reviewerId(name, slack));
        reviewers.put(key, reviewer);
        return reviewer;
    }

    /**
     * Lines [from, to) as Markdown: lines of one paragraph stay on their own lines, a blank gap of one or two lines
     * separates paragraphs, a gap of three or more is a figure the scrape lost, "•" lines become a list.
     */
    private String markdown(int from, int to, boolean figures) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        boolean inList = false;
        int gap = 0;
        boolean seenText = false;
        for (int i = from; i < to; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                gap++;
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            boolean isBullet = bullet.matches() && Character.isWhitespace(line.charAt(0));
            String text = isBullet ? "- " + bullet.group(1).trim() : line.strip();
            boolean sameBlock = seenText && (gap == 0 && isBullet == inList || gap <= 1 && isBullet && inList);
            if (!sameBlock && block.length() > 0) {
                blocks.add(block.toString());
                block.setLength(0);
            }
            if (seenText && figures && gap >= 3) {
                blocks.add("![]()");
            }
            if (block.length() > 0) {
                block.append('\n');
            }
            block.append(text);
            inList = isBullet;
            seenText = true;
            gap = 0;
        }
        if (block.length() > 0) {
            blocks.add(block.toString());
        }
        if (figures && seenText && gap >= 3) {
            blocks.add("![]()");
        }
        return blocks.isEmpty() ? "" : String.join("\n\n", blocks) + "\n";
    }

    private void readFooter(int end, Batch batch) {
        int i = end;
        for (; i < lines.length; i++) {
            String date = Rubric.publishedDate(lines[i]);
            if (date != null) {
                batch.setPublishedDate(date);
                break;
            }
        }
        for (i++; i < lines.length; i++) {
            String l = lines[i].trim();
            if (l.equals("Категории")) {
                break;
            }
            if (l.isEmpty() || FOOTER_NOISE.matcher(l).matches()) {
                continue;
            }
            // Habr's Russian-named hubs and the company blog come first in the scrape; Latin-only entries are tags
            (l.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) ? batch.getHubs()
                    : batch.getTags()).add(l);
        }
    }

    private int find(int from, java.util.function.Predicate<String> test) {
        for (int i = Math.max(0, from); i < lines.length; i++) {
            if (test.test(lines[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The line of heading {@code n} ("n. Title" at the start of a line), or -1. */
    private int findHeading(int from, int n) {
        return find(from, l -> !l.isEmpty() && !Character.isWhitespace(l.charAt(0)) && l.startsWith(n + ". ")
                && HEADING.matcher(l.trim()).matches());
    }

    private void note(Severity severity, String code, int line, String message) {
        notes.add(new ImportNote(severity, code, line, message));
    }

    static String shorten(String s) {
        return s == null ? "?" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
