package io.rfy.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of a link from a Markdown body to another review, in its two forms: by id, {@code rfy:review/<id>}
 * (also spelt {@code rfy:/review/<id>} and {@code rfy://review/<id>}), and by file, a relative path to the review's
 * {@code .md} ({@code ../2020-05/<id>.md}, {@code ./<id>.md}, {@code <id>.md}); either may end in {@code #fragment}.
 * Validation, the Habr export and the editors read links with this class only, so a link one of them accepts the
 * others accept too. Review ids are {@link WorkspaceLayout#REVIEW_ID}.
 */
public final class ReviewLinks {

    /** The scheme prefix in all its spellings. */
    private static final Pattern SCHEME = Pattern.compile("rfy:(?://)?/?review/");
    /** Any URI scheme ({@code https:}, {@code mailto:}): such a target is never a relative review link. */
    private static final Pattern ANY_SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);

    /** An {@code rfy:review/<id>} link inside text; group 1 is the id. */
    public static final Pattern SCHEME_IN_TEXT = Pattern.compile("rfy:(?://)?/?review/([a-z0-9-]+)");
    /** The target of a Markdown link that is a relative path to a {@code .md} file; group 1 is the path. */
    public static final Pattern RELATIVE_IN_TEXT = Pattern.compile(
            "\\]\\(\\s*<?((?![a-zA-Z][a-zA-Z0-9+.-]*:)[^)\\s>#?]+\\.[mM][dD])");

    /** How the link names the review. */
    public enum Form {
        /** {@code rfy:review/<id>} */
        ID,
        /** a relative path to the review's file */
        RELATIVE
    }

    /**
     * A link to a review: its form, the id it names (for a relative link, the file name without {@code .md}; for an
     * id link whatever follows {@code review/}, which may not be a valid id), the path as written (relative links
     * only, else null) and the fragment after {@code #} (null when there is none).
     */
    public record Target(Form form, String id, String path, String fragment) {
    }

    private ReviewLinks() {
    }

    /** What a link target names, if it is a link to a review at all (web links, anchors and mail are not). */
    public static Optional<Target> parse(String href) {
        if (href == null) {
            return Optional.empty();
        }
        String target = href.strip();
        int hash = target.indexOf('#');
        String fragment = hash < 0 ? null : target.substring(hash + 1);
        String beforeHash = hash < 0 ? target : target.substring(0, hash);
        Matcher scheme = SCHEME.matcher(beforeHash);
        if (scheme.lookingAt()) {
            String rest = beforeHash.substring(scheme.end());
            int query = rest.indexOf('?');
            String id = query < 0 ? rest : rest.substring(0, query);
            return id.isEmpty() ? Optional.empty() : Optional.of(new Target(Form.ID, id, null, fragment));
        }
        if (beforeHash.isEmpty() || ANY_SCHEME.matcher(beforeHash).matches() || beforeHash.indexOf('?') >= 0
                || !beforeHash.toLowerCase(Locale.ROOT).endsWith(WorkspaceLayout.MARKDOWN)) {
            return Optional.empty();
        }
        String name = beforeHash.substring(beforeHash.lastIndexOf('/') + 1);
        String id = name.substring(0, name.length() - WorkspaceLayout.MARKDOWN.length());
        return id.isEmpty() ? Optional.empty() : Optional.of(new Target(Form.RELATIVE, id, beforeHash, fragment));
    }

    /** The id a link to a review names, or null when the target is no link to a review. */
    public static String reviewId(String href) {
        return parse(href).map(Target::id).orElse(null);
    }

    /** The canonical link by id. */
    public static String idLink(String reviewId) {
        return "rfy:review/" + reviewId;
    }

    /**
     * The workspace-relative file a relative link written in {@code fromFile} (workspace-relative, '/' separators)
     * points at, with '/' separators; null for a link by id.
     */
    public static String resolve(String fromFile, Target target) {
        if (target.form() != Form.RELATIVE) {
            return null;
        }
        Path from = Path.of(fromFile);
        Path resolved = (from.getParent() == null ? Path.of(target.path()) : from.resolveSibling(target.path())).normalize();
        return resolved.toString().replace('\\', '/');
    }

    /** The relative link from one workspace file to another (both workspace-relative, '/' separators). */
    public static String relativeLink(String fromFile, String toFile) {
        Path parent = Path.of(fromFile).getParent();
        Path to = Path.of(toFile);
        return (parent == null ? to : parent.relativize(to)).toString().replace('\\', '/');
    }
}
