package io.rfy.habr;

import java.util.ArrayList;
import java.util.List;


import io.rfy.model.Batch;
import io.rfy.model.Link;
import io.rfy.model.Paper;
import io.rfy.model.Review;

/**
 * A batch for Habr's Markdown mode, in the same layout as {@link HabrHtmlWriter}. Bodies are already Markdown and
 * are kept as written; only what Markdown cannot say (in-page anchors, the cut) is written as Habr's own tags, which
 * its Markdown mode passes through.
 */
public final class HabrMarkdownWriter {

    private final List<String> warnings = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    /** Review id -> its anchor in the post being written, for links between reviews of one batch. */
    private final java.util.Map<String, String> anchorsById = new java.util.HashMap<>();
    private final MarkdownSanitizer sanitizer = new MarkdownSanitizer(warnings, href -> {
        String id = io.rfy.store.ReviewLinks.reviewId(href);
        return id == null || !anchorsById.containsKey(id) ? null : "#" + anchorsById.get(id);
    });

    public List<String> warnings() {
        return warnings;
    }

    /** What could not be exported at all ({@code file:line: message}); the rest of the post is still written. */
    public List<String> errors() {
        return errors;
    }

    public String write(Batch batch) {
        List<Review> reviews = RubricLayout.reviews(batch);
        List<String> ids = RubricLayout.anchors(reviews);
        for (int i = 0; i < reviews.size(); i++) {
            anchorsById.put(reviews.get(i).getId(), ids.get(i));
        }
        StringBuilder out = new StringBuilder("<anchor>top</anchor>\n\n");
        out.append(body(batch.getIntro(), "the intro", batch)).append("\n\n").append(Rubric.TOC_HEADING).append("\n\n");
        for (int i = 0; i < reviews.size(); i++) {
            out.append(i + 1).append(". [").append(escape(RubricLayout.tocEntry(reviews.get(i)))).append("](#")
                    .append(ids.get(i)).append(")\n");
        }
        out.append("\n<cut/>\n\n");
        for (int i = 0; i < reviews.size(); i++) {
            Review review = reviews.get(i);
            List<Paper> papers = review.getPapers();
            out.append("## <anchor>").append(ids.get(i)).append("</anchor>").append(i + 1).append(". ")
                    .append(text(RubricLayout.titles(review))).append("\n\n");
            List<String> lines = new ArrayList<>();
            for (int p = 0; p < papers.size(); p++) {
                lines.add(text(RubricLayout.authorsLine(review, p)));
            }
            List<String> links = new ArrayList<>();
            for (Paper paper : papers) {
                for (Link link : paper.getLinks()) {
                    boolean none = link.getUrl() == null || link.getUrl().isBlank();
                    boolean safe = !none && SafeUrl.isSafe(link.getUrl()) && !link.getUrl().strip().startsWith("#");
                    links.add(safe ? "[" + escape(link.getLabel()) + "](" + destination(link.getUrl()) + ")"
                            : text(link.getLabel()));
                    if (none) {
                        warnings.add(review.getId() + ": the link '" + link.getLabel() + "' has no URL");
                    } else if (!safe) {
                        warnings.add(review.getId() + ": the link '" + HabrTextImporter.shorten(link.getLabel())
                                + "' goes to '" + HabrTextImporter.shorten(link.getUrl())
                                + "', which is not a web address; written as plain text");
                    }
                }
            }
            if (!links.isEmpty()) {
                lines.add(String.join(" :: ", links));
            }
            String reviewer = RubricLayout.reviewerLine(review);
            if (reviewer != null) {
                lines.add(text(reviewer));
            }
            // two trailing spaces would be a Markdown line break; a backslash is clearer and survives editors
            out.append(String.join("\\\n", lines)).append("\n\n")
                    .append(body(review.getBody(), "review '" + review.getId() + "'", review)).append("\n\n");
        }
        out.append("[").append(Rubric.BACK_TO_TOP).append("](#top)\n");
        return out.toString();
    }

    /** The body as written, less what {@link MarkdownSanitizer} takes out; nothing for a body too deep to read. */
    private String body(String markdown, String where, org.eclipse.emf.ecore.EObject owner) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        try {
            return sanitizer.sanitize(markdown, where).strip();
        } catch (MarkdownBody.TooDeepException e) {
            errors.add(ExportErrors.at(owner, e) + ": " + where + ": " + e.getMessage());
            return "";
        }
    }

    /** Brackets in link text would end the link early; markup in it would be markup. */
    private static String escape(String text) {
        return text(text);
    }

    /** Text from the front matter (titles, names), which must stay text in Markdown. */
    private static String text(String s) {
        return s == null ? "" : s.replace("<", "&lt;").replace("[", "\\[").replace("]", "\\]");
    }

    /** A link destination that cannot end early or open markup: what would is percent-encoded. */
    private static String destination(String url) {
        return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")
                .replace(">", "%3E").replace("\n", "%0A").replace("\r", "%0D");
    }
}
