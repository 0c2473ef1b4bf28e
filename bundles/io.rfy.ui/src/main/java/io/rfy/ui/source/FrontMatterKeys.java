package io.rfy.ui.source;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rfy.store.ReviewResource;

/**
 * Which keys can be typed at a place of a review's front matter: the top-level keys, a paper's fields inside
 * {@code papers:}, a link inside {@code links:}, a cross-link inside {@code crosslinks:}. The key names are the
 * store's ({@link ReviewResource#FRONT_MATTER_KEYS}, {@link ReviewResource#PAPER_FIELDS}).
 */
public final class FrontMatterKeys {

    /** Where a key can start: indentation, an optional list dash, and the letters of the key typed so far. */
    private static final Pattern KEY_START = Pattern.compile("^( *)(- )?([A-Za-z_-]*)$");
    private static final Pattern KEY_LINE = Pattern.compile("^( *)(- )?([A-Za-z_-]+):");

    /** What can be typed at a place: the keys (or whole list items) and how much of them is typed already. */
    public record Place(List<String> keys, String typed, boolean needsDash) {
    }

    private FrontMatterKeys() {
    }

    /** The keys that fit at {@code offset} of {@code text}, or null when it is not a key's place in the front matter. */
    public static Place at(String text, int offset) {
        if (!text.startsWith("---\n")) {
            return null;
        }
        int end = text.indexOf("\n---", 3);
        if (end >= 0 && offset > end) {
            return null; // the body
        }
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        if (lineStart == 0) {
            return null; // the opening ---
        }
        Matcher m = KEY_START.matcher(text.substring(lineStart, offset));
        if (!m.matches()) {
            return null;
        }
        int column = m.group(1).length() + (m.group(2) == null ? 0 : 2);
        String typed = m.group(3);
        if (column == 0) {
            return new Place(ReviewResource.FRONT_MATTER_KEYS, typed, false);
        }
        String parent = parent(text, lineStart, column);
        if (parent == null) {
            return null;
        }
        return switch (parent) {
            case "papers" -> new Place(ReviewResource.PAPER_FIELDS, typed, false);
            case "links" -> new Place(List.of("{label: , url: }", "{label: , url: , kind: code}"), typed,
                    m.group(2) == null);
            case "crosslinks" -> new Place(List.of("{review: }", "{paper: }",
                    "{corpus: , quote: \"\", prefix: \"\", suffix: \"\"}"), typed, m.group(2) == null);
            default -> null;
        };
    }

    /** The key of the nearest line above whose key starts left of {@code column}. */
    private static String parent(String text, int lineStart, int column) {
        int end = lineStart - 1;
        while (end > 3) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            Matcher k = KEY_LINE.matcher(text.substring(start, end));
            if (k.find()) {
                int c = k.group(1).length() + (k.group(2) == null ? 0 : 2);
                if (c < column) {
                    return k.group(3);
                }
            }
            end = start - 1;
        }
        return null;
    }
}
