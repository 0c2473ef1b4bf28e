package io.rfy.habr;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;

/**
 * Habr's rules for the {@code <cut/>}, as a converter used in practice enforces them: a post of more than 1000
 * characters of text needs a cut, with 100 to 2000 characters before it and at least 100 after it.
 */
public final class CutRule {

    public static final int NEEDS_CUT_ABOVE = 1000;
    public static final int MIN_BEFORE = 100;
    public static final int MAX_BEFORE = 2000;
    public static final int MIN_AFTER = 100;

    private CutRule() {
    }

    /** What is wrong with the cut of a Habr HTML post; empty when the rules hold. */
    public static List<String> check(String html) {
        List<String> problems = new ArrayList<>();
        int cut = html.indexOf("<cut");
        int total = visibleLength(html);
        if (cut < 0) {
            if (total > NEEDS_CUT_ABOVE) {
                problems.add("the post has " + total + " characters of text and no <cut/>; Habr needs one above "
                        + NEEDS_CUT_ABOVE);
            }
            return problems;
        }
        int before = visibleLength(html.substring(0, cut));
        int after = total - before;
        if (before < MIN_BEFORE || before > MAX_BEFORE) {
            problems.add(before + " characters before the <cut/>; Habr wants " + MIN_BEFORE + " to " + MAX_BEFORE);
        }
        if (after < MIN_AFTER) {
            problems.add("only " + after + " characters after the <cut/>; Habr wants at least " + MIN_AFTER);
        }
        return problems;
    }

    private static int visibleLength(String html) {
        return Jsoup.parseBodyFragment(html).text().strip().length();
    }
}
