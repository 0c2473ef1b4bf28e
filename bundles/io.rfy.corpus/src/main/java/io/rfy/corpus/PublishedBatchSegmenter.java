package io.rfy.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rfy.habr.Rubric;

/**
 * Splits the plain-text scrape of a published batch of the rubric (a Habr post such as seeds/004) into its intro and
 * one item per review. A review starts at its numbered heading ("3. Jukebox: ..."), which is told from the numbered
 * list of the intro ("Статьи на сегодня:") by what follows it: the «Авторы статьи» line within a few lines. The
 * numbering must run 1, 2, 3, ... so that a numbered paragraph inside a review does not start a new one. The page's
 * footer (back-to-top link, source, publication date, hubs, comments) belongs to no item; its publication date is
 * the date of every item.
 */
final class PublishedBatchSegmenter {

    private static final String RUBRIC = Rubric.NAME;
    private static final Pattern HEADING = Rubric.REVIEW_HEADING;
    private static final Pattern AUTHORS = Pattern.compile(Pattern.quote(Rubric.AUTHORS_LABEL) + "( \\d+)?:.*");
    /** How many non-blank lines after a heading its «Авторы статьи» line may come. */
    private static final int AUTHORS_WITHIN = 3;
    private static final Pattern FOOTER = Pattern.compile(Rubric.BACK_TO_TOP + "|К списку статей|Источник: .*|Опубликовано: .*"
            + "|Комментари(и|ев).*");
    /** Only the top of the page can carry the rubric's title; a digest that quotes it further down is no batch. */
    private static final int TITLE_WITHIN = 20;

    private PublishedBatchSegmenter() {
    }

    /** The items of a published batch, or null when the text does not read as one. */
    static List<CorpusSegmenter.Item> split(String text, List<int[]> lines) {
        int title = -1;
        for (int i = 0; i < Math.min(TITLE_WITHIN, lines.size()); i++) {
            if (line(text, lines.get(i)).contains(RUBRIC)) {
                title = i;
                break;
            }
        }
        if (title < 0) {
            return null;
        }
        List<Integer> headings = new ArrayList<>();
        for (int i = title + 1; i < lines.size(); i++) {
            Matcher h = HEADING.matcher(line(text, lines.get(i)).strip());
            if (h.matches() && Integer.parseInt(h.group(1)) == headings.size() + 1 && authorsFollow(text, lines, i)) {
                headings.add(i);
            }
        }
        if (headings.isEmpty()) {
            return null;
        }
        int footer = lines.size();
        String date = null;
        for (int i = headings.get(headings.size() - 1) + 1; i < lines.size(); i++) {
            String s = line(text, lines.get(i)).strip();
            if (footer == lines.size() && FOOTER.matcher(s).matches()) {
                footer = i;
            }
            if (date == null) {
                date = Rubric.publishedDate(s);
            }
        }
        List<CorpusSegmenter.Item> items = new ArrayList<>();
        items.add(item(text, lines, title, headings.get(0), line(text, lines.get(title)).strip(), date));
        for (int k = 0; k < headings.size(); k++) {
            int from = headings.get(k);
            int to = k + 1 < headings.size() ? headings.get(k + 1) : footer;
            Matcher h = HEADING.matcher(line(text, lines.get(from)).strip());
            h.matches();
            items.add(item(text, lines, from, to, h.group(2), date));
        }
        return items;
    }

    private static boolean authorsFollow(String text, List<int[]> lines, int heading) {
        int seen = 0;
        for (int i = heading + 1; i < lines.size() && seen < AUTHORS_WITHIN; i++) {
            String s = line(text, lines.get(i)).strip();
            if (s.isEmpty()) {
                continue;
            }
            if (AUTHORS.matcher(s).matches()) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /** Lines [from, to) as an item, without the blank lines at its end. */
    private static CorpusSegmenter.Item item(String text, List<int[]> lines, int from, int to, String title, String date) {
        int last = to - 1;
        while (last > from && line(text, lines.get(last)).isBlank()) {
            last--;
        }
        int start = lines.get(from)[0];
        int end = lines.get(last)[1];
        String body = text.substring(start, end);
        return new CorpusSegmenter.Item(CorpusSegmenter.titleOf(title), start, end, CorpusSegmenter.urls(body),
                CorpusSegmenter.hashtags(body), date);
    }

    private static String line(String text, int[] l) {
        return text.substring(l[0], l[1]);
    }
}
