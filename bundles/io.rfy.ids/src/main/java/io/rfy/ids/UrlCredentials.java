package io.rfy.ids;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user name, password or token written into a URL before its host ({@code https://user:token@host/...}). Such a URL
 * in a review would publish the secret with the post; the fix is the same URL without it.
 */
public final class UrlCredentials {

    private static final Pattern USER_INFO = Pattern.compile("([a-z][a-z0-9+.-]*://)([^@/?#\\s]*)@(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private UrlCredentials() {
    }

    /**
     * The URL without its user information, or empty when it has none. The user {@code git} of an SSH clone URL
     * ({@code ssh://git@github.com/...}) is everyone's, not a credential.
     */
    public static Optional<String> strip(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = USER_INFO.matcher(url.trim());
        if (!m.matches() || m.group(2).equals("git") && !m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("http")) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + m.group(3));
    }
}
