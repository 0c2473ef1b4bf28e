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

    public List<String> warnings() {
        return warnings;
    }

    public String write(Batch batch) {
        List<Review> reviews = RubricLayout.reviews(batch);
        List<String> ids = RubricLayout.anchors(reviews);
        StringBuilder out = new StringBuilder("<anchor>top</anchor>\n\n");
        out.append(strip(batch.getIntro())).append("\n\n").append(Rubric.TOC_HEADING).append("\n\n");
        for (int i = 0; i < reviews.size(); i++) {
            out.append(i + 1).append(". [").append(escape(RubricLayout.tocEntry(reviews.get(i)))).append("](#")
                    .append(ids.get(i)).append(")\n");
        }
        out.append("\n<cut/>\n\n");
        for (int i = 0; i < reviews.size(); i++) {
            Review review = reviews.get(i);
            List<Paper> papers = review.getPapers();
            out.append("## <anchor>").append(ids.get(i)).append("</anchor>").append(i + 1).append(". ")
                    .append(RubricLayout.titles(review)).append("\n\n");
            List<String> lines = new ArrayList<>();
            for (int p = 0; p < papers.size(); p++) {
                lines.add(RubricLayout.authorsLine(review, p));
            }
            List<String> links = new ArrayList<>();
            for (Paper paper : papers) {
                for (Link link : paper.getLinks()) {
                    boolean none = link.getUrl() == null || link.getUrl().isBlank();
                    links.add(none ? link.getLabel() : "[" + escape(link.getLabel()) + "](" + link.getUrl() + ")");
                    if (none) {
                        warnings.add(review.getId() + ": the link '" + link.getLabel() + "' has no URL");
                    }
                }
            }
            if (!links.isEmpty()) {
                lines.add(String.join(" :: ", links));
            }
            String reviewer = RubricLayout.reviewerLine(review);
            if (reviewer != null) {
                lines.add(reviewer);
            }
            // two trailing spaces would be a Markdown line break; a backslash is clearer and survives editors
            out.append(String.join("\\\n", lines)).append("\n\n").append(strip(review.getBody())).append("\n\n");
        }
        out.append("[").append(Rubric.BACK_TO_TOP).append("](#top)\n");
        return out.toString();
    }

    private static String strip(String markdown) {
        return markdown == null ? "" : markdown.strip();
    }

    /** Brackets in link text would end the link early. */
    private static String escape(String text) {
        return text.replace("[", "\\[").replace("]", "\\]");
    }
}
