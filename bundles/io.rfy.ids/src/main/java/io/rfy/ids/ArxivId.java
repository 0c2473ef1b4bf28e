package io.rfy.ids;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier: new style {@code YYMM.NNNN} (to 2014-12) or {@code YYMM.NNNNN} (from 2015-01), old style
 * {@code archive/YYMMNNN} (a subject class such as {@code math.GT/} is not part of the id), with an optional version.
 * Every way of writing it (abs/pdf/html URLs, {@code arXiv:}, the arXiv DOI, ar5iv, Hugging Face paper pages, a
 * trailing subject class in brackets as arXiv's own listings and references print it, {@code arXiv:1107.4612
 * [astro-ph.CO]}, a trailing slash) reads as the same id.
 * <p>
 * Version policy: the version is part of what was written, so it is kept ({@link #withVersion()} is what the
 * workspace's {@code arxiv:} key holds, {@link #absUrl()} links that version); {@link #id()} alone is the paper, the key
 * by which two mentions of it are compared.
 *
 * @param id the identifier without version, e.g. {@code 2005.00341} or {@code hep-th/9901001}
 * @param version the version number, or 0 when none was written
 */
public record ArxivId(String id, int version) {

    private static final String NEW = "(\\d{4})\\.(\\d{4,5})";
    private static final String OLD = "([a-z]+(?:-[a-z]+)?)(?:\\.[A-Z]{2})?/(\\d{7})";
    private static final Pattern BARE = Pattern.compile("(?:" + NEW + "|" + OLD + ")(?:v(\\d+))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile(
            "(?:https?://)?(?:www\\.|export\\.)?(?:arxiv\\.org/(?:abs|pdf|html)/|ar5iv(?:\\.labs)?\\.arxiv\\.org/html/"
                    + "|ar5iv\\.org/(?:abs|html)/|huggingface\\.co/papers/)([^?#]+?)(?:\\.pdf)?/?(?:[?#].*)?",
            Pattern.CASE_INSENSITIVE);
    /** A subject class after the id, as listings print it: {@code [astro-ph.CO]}, {@code [cs]}, {@code [q-bio.CB]}. */
    private static final Pattern SUBJECT_CLASS = Pattern.compile("\\s*\\[[a-z]+(?:-[a-z]+)?(?:\\.[A-Za-z]{2})?\\]$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI = Pattern.compile("(?:https?://(?:dx\\.)?doi\\.org/|doi:)?10\\.48550/arxiv\\.(.+)",
            Pattern.CASE_INSENSITIVE);

    /** Reads any written form; empty when the text is not an arXiv identifier or URL. */
    public static Optional<ArxivId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        // a validator asks this of every link in the workspace: most are not arXiv's, and plain tests settle that
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.contains("arxiv.org/") || lower.contains("ar5iv.org/") || lower.contains("huggingface.co/")) {
            Matcher url = URL.matcher(s);
            if (url.matches()) {
                return bare(url.group(1));
            }
        }
        if (lower.contains("10.48550/")) {
            Matcher doi = DOI.matcher(s);
            if (doi.matches()) {
                return bare(doi.group(1));
            }
        }
        if (lower.contains("://")) {
            return Optional.empty();
        }
        if (s.regionMatches(true, 0, "arxiv:", 0, 6)) {
            s = s.substring(6).trim();
        }
        s = SUBJECT_CLASS.matcher(s).replaceFirst("");
        if (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return bare(s);
    }

    private static Optional<ArxivId> bare(String s) {
        Matcher m = BARE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int version = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        if (m.group(1) != null) {
            int yy = Integer.parseInt(m.group(1).substring(0, 2));
            int mm = Integer.parseInt(m.group(1).substring(2));
            int digits = m.group(2).length();
            // five-digit numbers began in January 2015; four-digit ones ended in December 2014
            if (mm < 1 || mm > 12 || yy < 7 || (digits == 5) != (yy >= 15)) {
                return Optional.empty();
            }
            return Optional.of(new ArxivId(m.group(1) + "." + m.group(2), version));
        }
        int mm = Integer.parseInt(m.group(4).substring(2, 4));
        if (mm < 1 || mm > 12) {
            return Optional.empty();
        }
        return Optional.of(new ArxivId(m.group(3).toLowerCase(Locale.ROOT) + "/" + m.group(4), version));
    }

    /** The id as the workspace writes it in {@code arxiv:}: with its version when one was given. */
    public String withVersion() {
        return version == 0 ? id : id + "v" + version;
    }

    /** The abstract page, the canonical link to the paper. */
    public String absUrl() {
        return "https://arxiv.org/abs/" + withVersion();
    }

    /** Whether {@code text} is the form the workspace's {@code arxiv:} key wants: the bare id, version if any. */
    public static boolean isCanonicalId(String text) {
        return parse(text).map(a -> a.withVersion().equals(text)).orElse(false);
    }

    /** Whether {@code text} is already the canonical form of a link to this paper. */
    public static boolean isCanonicalUrl(String text) {
        return parse(text).map(a -> a.absUrl().equals(text.trim())).orElse(false);
    }
}
