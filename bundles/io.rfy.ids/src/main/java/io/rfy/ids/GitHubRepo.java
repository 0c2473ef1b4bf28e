package io.rfy.ids;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitHub repository, read from its web URL in any usual form ({@code http}, {@code www.}, {@code .git}, a
 * trailing path such as {@code /tree/master} or {@code #readme}) or its SSH form {@code git@github.com:o/r.git}.
 *
 * @param owner 1-39 letters, digits or hyphens, not starting or ending with a hyphen
 * @param repo up to 100 letters, digits, '.', '_' or '-'
 * @param rest what followed the repository in the URL (a path inside it), empty when none
 */
public record GitHubRepo(String owner, String repo, String rest) {

    private static final Pattern WEB = Pattern.compile(
            "(?:https?://)?(?:www\\.)?github\\.com/([^/?#]+)/([^/?#]+?)(?:\\.git)?(/[^?#]*|[?#].*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SSH = Pattern.compile("git@github\\.com:([^/]+)/(.+?)(?:\\.git)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?");
    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /** Empty when the text is not a GitHub URL; {@link #isValid()} tells whether owner and name are possible. */
    public static Optional<GitHubRepo> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        Matcher m = WEB.matcher(s);
        if (m.matches()) {
            String rest = m.group(3) == null || m.group(3).equals("/") ? "" : m.group(3);
            return Optional.of(new GitHubRepo(m.group(1), m.group(2), rest));
        }
        m = SSH.matcher(s);
        return m.matches() ? Optional.of(new GitHubRepo(m.group(1), m.group(2), "")) : Optional.empty();
    }

    public boolean isValid() {
        return OWNER.matcher(owner).matches() && REPO.matcher(repo).matches() && !repo.equals(".") && !repo.equals("..");
    }

    /** {@code https://github.com/owner/repo}: the repository itself. */
    public String url() {
        return "https://github.com/" + owner + "/" + repo;
    }

    /**
     * Whether {@code text} is a GitHub link in its canonical form: {@code https://github.com/owner/repo}, possibly
     * followed by a path inside the repository (a file or folder is a fine thing to link to), but without
     * {@code www.}, {@code .git}, a slash after the repository, a query or a fragment.
     */
    public static boolean isCanonicalUrl(String text) {
        return parse(text).map(r -> r.isValid() && text.equals(r.url() + r.rest()) && !r.rest().startsWith("#")
                && !r.rest().startsWith("?")).orElse(false);
    }

    /** GitHub names are case-insensitive: compare repositories by this. */
    public String key() {
        return (owner + "/" + repo).toLowerCase(Locale.ROOT);
    }
}
