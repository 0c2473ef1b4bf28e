package io.rfy.habr;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * In-page anchors for Habr, which gives headings no ids of its own: the heading lower-cased with Cyrillic
 * transliterated ({@code Заголовок 2} -> {@code zagolovok-2}), repeated anchors numbered {@code -1}, {@code -2}.
 */
public final class HeadingAnchors {

    private static final String[] CYRILLIC = {"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh",
            "з", "z", "и", "i", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s",
            "т", "t", "у", "u", "ф", "f", "х", "h", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "sch", "ъ", "", "ы", "y", "ь", "",
            "э", "e", "ю", "yu", "я", "ya"};
    private static final Map<Character, String> LATIN = new HashMap<>();

    static {
        for (int i = 0; i < CYRILLIC.length; i += 2) {
            LATIN.put(CYRILLIC[i].charAt(0), CYRILLIC[i + 1]);
        }
    }

    private final Map<String, Integer> used = new HashMap<>();

    /** The anchor for a heading, unique among the anchors this instance gave out. */
    public String anchor(String heading) {
        String base = ReviewIds.slug(heading);
        if (base.isEmpty()) {
            base = "section";
        }
        int n = used.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + (n - 1);
    }

    static String transliterate(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            char lower = Character.toLowerCase(c);
            String latin = LATIN.get(lower);
            if (latin == null) {
                out.append(c);
            } else {
                out.append(Character.isUpperCase(c) && !latin.isEmpty()
                        ? latin.substring(0, 1).toUpperCase(Locale.ROOT) + latin.substring(1) : latin);
            }
        }
        return out.toString();
    }
}
