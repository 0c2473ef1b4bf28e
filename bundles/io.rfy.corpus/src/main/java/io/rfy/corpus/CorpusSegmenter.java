package io.rfy.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a corpus document's text into items: the posts of a Telegram channel page, the sections of a news digest.
 * Both are plain-text scrapes, so the splitting reads their shape:
 * <ul>
 * <li>a channel page (it has "Download Telegram" near the top) ends a post with its links or hashtags, and the
 * next line that is neither starts the next post;</li>
 * <li>a published batch of the rubric (its title near the top) is its intro and one item per review, see
 * {@link PublishedBatchSegmenter};</li>
 * <li>a digest starts a section with a short heading line (no sentence punctuation at its end, no "Label: value"),
 * followed by a longer paragraph.</li>
 * </ul>
 */
public final class CorpusSegmenter {

    /**
     * An item: its title (first line or heading), char offsets [start, end) into the text, its URLs and hashtags, and
     * its date (ISO 8601) where the text gives one, else null.
     */
    public record Item(String title, int start, int end, List<String> urls, List<String> hashtags, String date) {

        public Item(String title, int start, int end, List<String> urls, List<String> hashtags) {
            this(title, start, end, urls, hashtags, null);
        }
    }

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}])#[\\p{L}\\p{N}_]+");
    private static final Pattern POST_END = Pattern.compile("(\\s*(https?://\\S+|#[\\p{L}\\p{N}_]+))+\\s*"
            + "|.*\\s#[\\p{L}\\p{N}_]+\\s*");
    private static final Pattern CHROME = Pattern.compile("This media is not supported in your browser|VIEW IN TELEGRAM"
            + "|Download Telegram|\\d[\\d.,]*K? (subscribers|photos|videos|links|files)");
    /** Page furniture of a saved Habr page that looks like a heading. */
    private static final Pattern PAGE_CHROME = Pattern.compile("Pull to refresh|Views\\S*|Reading time.*|Articles|"
            + "Change theme settings|Comments.*|Total votes.*");
    private static final int HEADING_MAX = 70;

    private CorpusSegmenter() {
    }

    public static List<Item> split(String text) {
        List<int[]> lines = lines(text);
        boolean channel = false;
        for (int i = 0; i < Math.min(12, lines.size()); i++) {
            if (line(text, lines.get(i)).strip().equals("Download Telegram")) {
                channel = true;
            }
        }
        if (channel) {
            return posts(text, lines);
        }
        List<Item> batch = PublishedBatchSegmenter.split(text, lines);
        return batch != null ? batch : sections(text, lines);
    }

    private static List<Item> posts(String text, List<int[]> lines) {
        List<Item> items = new ArrayList<>();
        int start = -1;
        int end = -1;
        boolean afterEnd = false;
        boolean pastHeader = false;
        for (int[] l : lines) {
            String s = line(text, l).strip();
            if (!pastHeader) {
                pastHeader = s.equals("Download Telegram");
                continue;
            }
            if (s.isEmpty() || CHROME.matcher(s).matches()) {
                continue;
            }
            boolean ending = POST_END.matcher(s).matches();
            if (start >= 0 && afterEnd && !ending) {
                items.add(item(text, start, end));
                start = -1;
            }
            if (start < 0) {
                start = l[0];
            }
            end = l[1];
            afterEnd = ending;
        }
        if (start >= 0) {
            items.add(item(text, start, end));
        }
        return items;
    }

    private static List<Item> sections(String text, List<int[]> lines) {
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String s = line(text, lines.get(i)).strip();
            int next = nextText(text, lines, i + 1);
            // a line said twice in a row is a figure's alt text and caption, not a heading
            boolean repeated = line(text, lines.get(i + 1)).strip().equals(s)
                    || i > 0 && line(text, lines.get(i - 1)).strip().equals(s);
            if (next >= 0 && isHeading(s) && !repeated && line(text, lines.get(next)).strip().length() > s.length()) {
                headings.add(i);
            }
        }
        List<Item> items = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            int from = headings.get(h);
            int to = h + 1 < headings.size() ? headings.get(h + 1) : lines.size();
            if (nextText(text, lines, from + 1) >= to) {
                continue; // a heading over headings: its text is in the sections below it
            }
            items.add(item(text, lines.get(from)[0], lines.get(to - 1)[1]));
        }
        return items;
    }

    static boolean isHeading(String s) {
        if (s.length() < 2 || s.length() > HEADING_MAX || !Character.isLetterOrDigit(s.codePointAt(0))) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return ".!?:;,…»\")(".indexOf(last) < 0 && !s.contains(": ") && !URL.matcher(s).find()
                && !PAGE_CHROME.matcher(s).matches();
    }

    private static int nextText(String text, List<int[]> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!line(text, lines.get(i)).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static Item item(String text, int start, int end) {
        String body = text.substring(start, end);
        return new Item(titleOf(body), start, end, urls(body), hashtags(body));
    }

    /** An item's title: its first non-blank line, shortened to 120 chars (without splitting an emoji). */
    static String titleOf(String body) {
        String title = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (title.length() <= 120) {
            return title;
        }
        int cut = Character.isLowSurrogate(title.charAt(120)) ? 119 : 120;
        return title.substring(0, cut) + "…";
    }

    static List<String> urls(String body) {
        List<String> urls = new ArrayList<>();
        Matcher u = URL.matcher(body);
        while (u.find()) {
            // a URL in running text ends before closing punctuation: "(https://x.org/a)." is https://x.org/a
            urls.add(u.group().replaceAll("[).,;:!?»\\]]+$", ""));
        }
        return urls;
    }

    static List<String> hashtags(String body) {
        List<String> tags = new ArrayList<>();
        Matcher t = HASHTAG.matcher(body);
        while (t.find()) {
            if (!body.substring(Math.max(0, t.start() - 8), t.start()).contains("://")) {
                tags.add(t.group());
            }
        }
        return tags;
    }

    private static String line(String text, int[] l) {
        return text.substring(l[0], l[1]);
    }

    /** [start, end) of each line, without its line break. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(new int[] {start, end});
                start = i + 1;
            }
        }
        return lines;
    }
}
