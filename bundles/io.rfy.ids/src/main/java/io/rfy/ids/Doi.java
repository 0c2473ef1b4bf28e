package io.rfy.ids;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DOI ({@code 10.<registrant>/<suffix>}), read from any of its usual forms: {@code doi:}, {@code info:doi/}, the
 * resolvers {@code https://doi.org/}, {@code http://dx.doi.org/}, {@code doi.org/} without a scheme, and the publisher
 * proxies {@code doi.acm.org} and {@code doi.ieeecomputersociety.org}. In a URL the DOI may be percent-encoded
 * ({@code https://dx.doi.org/10.2307%2F1990888}): it is decoded. DOIs are case-insensitive: {@link #key()} compares
 * them.
 *
 * @param value the DOI as written, without any prefix (decoded when it came from a URL)
 */
public record Doi(String value) {

    private static final Pattern SHAPE = Pattern.compile("10\\.\\d{4,9}/[-._;()/:A-Z0-9<>\\[\\]]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIX = Pattern.compile("^(?:doi:\\s*|info:doi/)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESOLVER = Pattern.compile(
            "^(?:https?://)?(?:(?:www\\.|dx\\.)?doi\\.org|doi\\.acm\\.org|doi\\.ieeecomputersociety\\.org)/([^?#]+)(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);

    public static Optional<Doi> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = PREFIX.matcher(text.trim()).replaceFirst("");
        Matcher url = RESOLVER.matcher(s);
        if (url.matches()) {
            s = url.group(1);
            if (s.indexOf('%') >= 0) {
                try {
                    s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return Optional.empty(); // a broken escape: not a DOI we can name
                }
            }
        }
        return SHAPE.matcher(s).matches() ? Optional.of(new Doi(s)) : Optional.empty();
    }

    /** Whether the text is the bare DOI (the form the workspace's {@code doi:} key wants). */
    public static boolean isBare(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** Whether {@code text} is a DOI link written as {@link #url()} writes it. */
    public static boolean isCanonicalUrl(String text) {
        return parse(text).map(d -> d.url().equals(text)).orElse(false);
    }

    /** Whether this is the DOI arXiv registers for every paper ({@code 10.48550/arXiv.<id>}). */
    public boolean isArxiv() {
        return key().startsWith("10.48550/arxiv.");
    }

    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    public String url() {
        return "https://doi.org/" + value;
    }
}
