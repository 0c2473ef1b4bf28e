package io.rfy.habr;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The conventions of the rubric «Читаем статьи за вас» on Habr, in one place: the title of a post and its month
 * names, the fixed lines of a post (the list heading, the author and reviewer labels, the back-to-top link), and
 * where a saved Habr page keeps the article. The importers, the exporters, validation and the corpus reader all
 * take them from here.
 */
public final class Rubric {

    /** The rubric's name, as the title and a published post's text carry it. */
    public static final String NAME = "Читаем статьи за вас";
    /** The heading of the list of the post's reviews, before the cut. */
    public static final String TOC_HEADING = "Статьи на сегодня:";
    /** Starts a paper's author line: {@code Авторы статьи[ n]: names (affiliations, year)}. */
    public static final String AUTHORS_LABEL = "Авторы статьи";
    /** Starts the reviewer line: {@code Автор обзора: name (в слэке x, на habr y)}. */
    public static final String REVIEWER_LABEL = "Автор обзора";
    /** The text of the link back to the top that ends a post. */
    public static final String BACK_TO_TOP = "Ссылка на начало";

    /** A review's numbered heading in a published post, {@code 3. Jukebox: ...}; groups: number, titles. */
    public static final Pattern REVIEW_HEADING = Pattern.compile("(\\d{1,3})\\.\\s+(\\S.*)");
    /** The publication line of a scraped post: {@code Опубликовано: 15.06.2020 14:21:28} (the time may be missing). */
    public static final Pattern PUBLISHED = Pattern.compile(
            "Опубликовано:\\s*(\\d{2})\\.(\\d{2})\\.(\\d{4})(?:\\s+(\\d{2}:\\d{2}(?::\\d{2})?))?");

    /** The month names of titles, in the nominative case as the rubric writes them: «Май 2020». */
    public static final List<String> MONTHS = List.of("Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль",
            "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь");

    /**
     * A title as published, e.g. «Читаем статьи за вас. Май 2020. Часть 1» (some posts say «Рубрика «Читаем статьи за
     * вас»»); groups: month name, year, part. Match it against the stripped title.
     */
    public static final Pattern TITLE = Pattern.compile(
            "(?:Рубрика )?«?Читаем статьи за вас»?\\.\\s+(\\p{L}+)\\s+(\\d{4})\\.\\s+Часть\\s+(\\d{1,9})");

    /**
     * Where a saved Habr page keeps the article body, tried one by one (a group selector would return whichever
     * comes first in the page): the innermost element of today's layout first, which holds the author's text and
     * nothing else, then the wrappers of older layouts, then any {@code <article>}.
     */
    public static final List<String> ARTICLE_BODY = List.of(".article-formatted-body", "#post-content-body",
            ".post__text", ".tm-article-body", "article");
    /** The post's title on a saved page, tried one by one: today's layout, the older one, any {@code <h1>}. */
    public static final List<String> PAGE_TITLE = List.of("h1.tm-title", "h1.post__title", "h1");

    /** What a title says: the month name as written, the year, the part, and the period when the month is known. */
    public record Title(String monthName, int year, int part, String period) {
    }

    private Rubric() {
    }

    /** The month (1-12) a name in a title stands for, in any letter case; 0 for a word that is no month. */
    public static int month(String name) {
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).equalsIgnoreCase(name)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The title of the post for a period ({@code yyyy-mm}) and part: «Читаем статьи за вас. Май 2020. Часть 1». */
    public static String title(String period, int part) {
        YearMonth ym;
        try {
            ym = YearMonth.parse(period);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("not a period (yyyy-mm): " + period, e);
        }
        return NAME + ". " + MONTHS.get(ym.getMonthValue() - 1) + " " + ym.getYear() + ". Часть " + part;
    }

    /** What a title says, when it reads as the rubric's (its period is null when the month name is no month). */
    public static Optional<Title> readTitle(String title) {
        if (title == null) {
            return Optional.empty();
        }
        Matcher m = TITLE.matcher(title.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = month(m.group(1));
        String period = month == 0 ? null : String.format(Locale.ROOT, "%s-%02d", m.group(2), month);
        return Optional.of(new Title(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), period));
    }

    /**
     * The date (and time, when given) of a publication line, as ISO {@code yyyy-mm-dd[Thh:mm[:ss]]}; null when the line
     * does not start with one.
     */
    public static String publishedDate(String line) {
        Matcher m = line == null ? null : PUBLISHED.matcher(line.strip());
        if (m == null || !m.lookingAt()) {
            return null;
        }
        return m.group(3) + "-" + m.group(2) + "-" + m.group(1) + (m.group(4) == null ? "" : "T" + m.group(4));
    }

    /** The article body of a saved page ({@link #ARTICLE_BODY}), or null when the page has none of them. */
    public static Element articleBody(Document page) {
        return first(page, ARTICLE_BODY);
    }

    /** The post's title element ({@link #PAGE_TITLE}), or null. */
    public static Element pageTitle(Document page) {
        return first(page, PAGE_TITLE);
    }

    private static Element first(Document page, List<String> selectors) {
        for (String selector : selectors) {
            Element e = page.selectFirst(selector);
            if (e != null) {
                return e;
            }
        }
        return null;
    }
}
