package io.rfy.ids;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A DOI ({@code 10.<registrant>/<suffix>}), read from any of its usual forms ({@code doi:}, {@code https://doi.org/},
 * {@code http://dx.doi.org/}). DOIs are case-insensitive: {@link #key()} compares them.
 *
 * @param value the DOI as written, without any prefix
 */
public record Doi(String value) {

    private static final Pattern SHAPE = Pattern.compile("10\\.\\d{4,9}/[-._;()/:A-Z0-9<>\\[\\]]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIX = Pattern.compile("^(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/)", Pattern.CASE_INSENSITIVE);

    public static Optional<Doi> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = PREFIX.matcher(text.trim()).replaceFirst("");
        return SHAPE.matcher(s).matches() ? Optional.of(new Doi(s)) : Optional.empty();
    }

    /** Whether the text is the bare DOI (the form the workspace's {@code doi:} key wants). */
    public static boolean isBare(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    public String url() {
        return "https://doi.org/" + value;
    }
}
