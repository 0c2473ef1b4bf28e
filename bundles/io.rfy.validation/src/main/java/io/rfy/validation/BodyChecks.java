package io.rfy.validation;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.rfy.model.Review;
import io.rfy.store.ReviewLinks;
import io.rfy.store.RfyWorkspace;

/**
 * Links and figures inside a Markdown body: links to other reviews ({@link ReviewLinks}: relative paths or
 * {@code rfy:review/<id>})
 * must name an existing review, figures need a URL, preferably on Habr's own image host.
 */
final class BodyChecks {

    /** {@code [text](target)} or {@code ![caption](target "title")}; good enough outside code, which is skipped. */
    private static final Pattern LINK = Pattern.compile("(!?)\\[([^\\]\\n]*)\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    private BodyChecks() {
    }

    static void check(EObject owner, EStructuralFeature bodyFeature, String body, WorkspaceIndex index,
            Consumer<Finding> out) {
        if (body == null || !body.contains("](")) {
            return; // no Markdown link or image at all: the common case, and the regex is not free
        }
        String text = body.indexOf('`') < 0 ? body : withoutCode(body);
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String target = m.group(3);
            int offset = m.start();
            if (!m.group(1).isEmpty()) {
                checkImage(owner, bodyFeature, m.group(2), target, offset, index, out);
            } else if (target.startsWith("#")) {
                checkAnchor(owner, bodyFeature, target.substring(1), offset, text, index, out);
            } else {
                checkReviewLink(owner, bodyFeature, target, offset, index, out);
            }
        }
    }

    /** The absolute http(s) links and image sources of a body, as offset to URL. */
    static Map<Integer, String> webLinks(String body) {
        Map<Integer, String> links = new java.util.LinkedHashMap<>();
        if (body == null || !body.contains("](")) {
            return links;
        }
        Matcher m = LINK.matcher(body.indexOf('`') < 0 ? body : withoutCode(body));
        while (m.find()) {
            String target = m.group(3).toLowerCase(Locale.ROOT);
            if (target.startsWith("http://") || target.startsWith("https://")) {
                links.put(m.start(), m.group(3));
            }
        }
        return links;
    }

    private static void checkImage(EObject owner, EStructuralFeature feature, String caption, String url, int offset,
            WorkspaceIndex index, Consumer<Finding> out) {
        String shortCaption = caption.length() > 50 ? caption.substring(0, 50) + "…" : caption;
        String what = caption.isBlank() ? "a figure" : "the figure '" + shortCaption + "'";
        if (url.isEmpty()) {
            out.accept(new Finding(Rule.BODY_IMAGE_NO_URL, what + " has no image URL", owner, feature, -1, offset, null));
            return;
        }
        String host = host(url);
        if (host != null && index.settings.imageHosts().stream().noneMatch(h -> host.equals(h) || host.endsWith("." + h))) {
            out.accept(new Finding(Rule.HABR_IMAGE_HOST, what + " is on " + host + ", not on "
                    + String.join(" or ", index.settings.imageHosts()), owner, feature, -1, offset, null));
        }
    }

    private static final Pattern ANCHOR = Pattern.compile("<anchor>([^<]+)</anchor>");

    /** In the exported post, #name can reach "top", each review of the batch, and the {@code <anchor>}s written in text. */
    private static void checkAnchor(EObject owner, EStructuralFeature feature, String name, int offset, String text,
            WorkspaceIndex index, Consumer<Finding> out) {
        java.util.Set<String> targets = new java.util.HashSet<>();
        targets.add("top");
        Matcher a = ANCHOR.matcher(text);
        while (a.find()) {
            targets.add(a.group(1).strip());
        }
        List<io.rfy.model.Batch> batches = owner instanceof io.rfy.model.Batch b ? List.of(b)
                : owner instanceof Review r ? index.batchesByReview.getOrDefault(r.getId(), List.of()) : List.of();
        for (io.rfy.model.Batch batch : batches) {
            targets.addAll(io.rfy.habr.RubricLayout.anchors(io.rfy.habr.RubricLayout.reviews(batch)));
        }
        if (!targets.contains(name)) {
            out.accept(new Finding(Rule.BODY_BROKEN_ANCHOR, "the in-page link #" + name + " names no anchor of the post"
                    + RfyWorkspace.closest(name, targets), owner, feature, -1, offset, null));
        }
    }

    /** A link to another review ({@link ReviewLinks}' grammar) must name one, and a relative one its current file. */
    private static void checkReviewLink(EObject owner, EStructuralFeature feature, String target, int offset,
            WorkspaceIndex index, Consumer<Finding> out) {
        RfyWorkspace ws = index.workspace;
        ReviewLinks.Target link = ReviewLinks.parse(target).orElse(null);
        if (link == null) {
            return;
        }
        String id = link.id();
        if (link.form() == ReviewLinks.Form.ID) {
            if (ws.review(id) != null) {
                return;
            }
        } else if (owner instanceof Review review && review.eResource() != null) {
            String from = ws.relative(review.eResource());
            String file = ReviewLinks.resolve(from, link);
            Review target2 = ws.review(id);
            if (target2 != null && ws.relative(target2.eResource()).equals(file)) {
                return;
            }
            if (target2 != null) {
                out.accept(new Finding(Rule.BODY_BROKEN_REVIEW_LINK, "the link '" + target + "' is broken: review '"
                        + id + "' moved to " + ws.relative(target2.eResource()), owner, feature, -1, offset,
                        ReviewLinks.relativeLink(from, ws.relative(target2.eResource()))));
                return;
            }
        } else {
            return;
        }
        out.accept(new Finding(Rule.BODY_BROKEN_REVIEW_LINK, "the link '" + target + "' names no review '" + id + "'"
                + RfyWorkspace.closest(id, ws.reviews().stream().map(Review::getId).toList()), owner, feature, -1, offset,
                null));
    }

    private static String host(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** The body with fenced and inline code blanked out (same length, so offsets stay right). */
    static String withoutCode(String body) {
        StringBuilder out = new StringBuilder(body);
        boolean fenced = false;
        int lineStart = 0;
        while (lineStart < body.length()) {
            int end = body.indexOf('\n', lineStart);
            end = end < 0 ? body.length() : end;
            boolean fence = body.substring(lineStart, end).stripLeading().startsWith("```");
            if (fenced || fence) {
                for (int i = lineStart; i < end; i++) {
                    out.setCharAt(i, ' ');
                }
            }
            if (fence) {
                fenced = !fenced;
            }
            lineStart = end + 1;
        }
        Matcher inline = Pattern.compile("`[^`\\n]*`").matcher(out);
        while (inline.find()) {
            for (int i = inline.start(); i < inline.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
