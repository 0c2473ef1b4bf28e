package io.rfy.ids;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenReview submission, from its forum, PDF, attachment or revisions page, or an API URL of its note; the forum
 * page is the canonical link.
 */
public record OpenReviewId(String id) {

    private static final Pattern URL = Pattern.compile(
            "(?:https?://)?(?:www\\.|api2?\\.)?openreview\\.net/(?:forum|pdf|attachment|revisions|notes)/?\\?(?:[^#]*&)?id=([A-Za-z0-9_-]+)(?:[&#].*)?");

    public static Optional<OpenReviewId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = URL.matcher(text.trim());
        return m.matches() ? Optional.of(new OpenReviewId(m.group(1))) : Optional.empty();
    }

    /** Whether {@code text} is already the forum page of its submission, written as {@link #forumUrl()} writes it. */
    public static boolean isCanonicalUrl(String text) {
        return parse(text).map(o -> o.forumUrl().equals(text)).orElse(false);
    }

    public String forumUrl() {
        return "https://openreview.net/forum?id=" + id;
    }
}
