package io.rfy.ids;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitHub repository, read from its web URL in any usual form ({@code http}, {@code www.}, no scheme at all,
 * {@code .git}, a trailing path such as {@code /tree/master} or {@code #readme}) or from a clone URL: SSH
 * ({@code git@github.com:o/r.git}, {@code ssh://git@github.com/o/r.git}, {@code git+ssh://}), {@code git://} and
 * {@code git+https://}. A user name or token before the host ({@code https://user:token@github.com/o/r}) is read
 * too, and {@link #credentials()} says it was there: such a URL must not be published.
 *
 * @param owner 1-39 letters, digits or hyphens, not starting or ending with a hyphen
 * @param repo up to 100 letters, digits, '.', '_' or '-'
 * @param rest what followed the repository in a web URL (a path inside it), empty when none
 * @param credentials whether the URL carried a user name, password or token ({@link UrlCredentials}; the SSH user
 *        {@code git} is none)
 */
public record GitHubRepo(String owner, String repo, String rest, boolean credentials) {

    private static final Pattern WEB = Pattern.compile("(?:(?:git\\+)?(?:https?|ssh|git)://)?(?:([^@/?#\\s]+)@)?"
            + "(?:www\\.)?github\\.com(?::\\d+)?/([^/?#]+)/([^/?#]+?)(?:\\.git)?(/[^?#]*|[?#].*)?", Pattern.CASE_INSENSITIVE);
    /** The scp-like SSH form git prints: {@code user@host:path}. */
    private static final Pattern SCP = Pattern.compile("(?:([^@/:\\s]+)@)?github\\.com:([^/]+)/([^/?#]+?)(?:\\.git)?/?(?:#.*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?");
    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public GitHubRepo(String owner, String repo, String rest) {
        this(owner, repo, rest, false);
    }

    /** Empty when the text is not a GitHub URL; {@link #isValid()} tells whether owner and name are possible. */
    public static Optional<GitHubRepo> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        Matcher m = WEB.matcher(s);
        if (m.matches()) {
            String rest = m.group(4) == null || m.group(4).equals("/") ? "" : m.group(4);
            return Optional.of(new GitHubRepo(m.group(2), m.group(3), rest, UrlCredentials.strip(s).isPresent()));
        }
        m = SCP.matcher(s);
        return m.matches() ? Optional.of(new GitHubRepo(m.group(2), m.group(3), "", isCredential(m.group(1))))
                : Optional.empty();
    }

    /** {@code git} is the user every scp-like clone URL names; any other user is someone's. */
    private static boolean isCredential(String userInfo) {
        return userInfo != null && !userInfo.equals("git");
    }

    public boolean isValid() {
        return OWNER.matcher(owner).matches() && REPO.matcher(repo).matches() && !repo.equals(".") && !repo.equals("..");
    }

    /** {@code https://github.com/owner/repo}: the repository itself. */
    public String url() {
        return "https://github.com/" + owner + "/" + repo;
    }

    /** The canonical link to what the URL pointed at: {@link #url()} plus the path inside the repository, if any. */
    public String canonicalUrl() {
        return rest.startsWith("/") ? url() + rest : url();
    }

    /**
     * Whether {@code text} is a GitHub link in its canonical form: {@code https://github.com/owner/repo}, possibly
     * followed by a path inside the repository (a file or folder is a fine thing to link to), but without
     * {@code www.}, {@code .git}, a slash after the repository, a query, a fragment or credentials.
     */
    public static boolean isCanonicalUrl(String text) {
        return parse(text).map(r -> r.isValid() && text.equals(r.url() + r.rest()) && !r.rest().startsWith("#")
                && !r.rest().startsWith("?")).orElse(false);
    }

    /** GitHub names are case-insensitive: compare repositories by this. */
    public String key() {
        return (owner + "/" + repo).toLowerCase(Locale.ROOT);
    }

    /** Never the credentials: a record's default text would print what must not be published. */
    @Override
    public String toString() {
        return "GitHubRepo[" + owner + "/" + repo + rest + (credentials ? ", with credentials" : "") + "]";
    }
}
