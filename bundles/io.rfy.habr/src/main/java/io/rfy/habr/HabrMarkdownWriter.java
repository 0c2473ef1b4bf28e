package io.rfy.habr;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import io.rfy.model.Batch;
import io.rfy.model.Link;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.Reviewer;
import io.rfy.model.RfyPackage.Literals;

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
        @SuppressWarnings("unchecked")
        List<Review> reviews = ((List<EObject>) batch.eGet(Literals.BATCH__REVIEWS, false)).stream()
                .filter(o -> !o.eIsProxy()).map(Review.class::cast).toList();
        HeadingAnchors anchors = new HeadingAnchors();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            ids.add(anchors.anchor((i + 1) + " " + reviews.get(i).getPapers().stream().map(Paper::getShortName)
                    .collect(Collectors.joining(" "))));
        }
        StringBuilder out = new StringBuilder("<anchor>top</anchor>\n\n");
        out.append(strip(batch.getIntro())).append("\n\nСтатьи на сегодня:\n\n");
        for (int i = 0; i < reviews.size(); i++) {
            out.append(i + 1).append(". [").append(escape(HabrHtmlWriter.tocEntry(reviews.get(i)))).append("](#")
                    .append(ids.get(i)).append(")\n");
        }
        out.append("\n<cut/>\n\n");
        for (int i = 0; i < reviews.size(); i++) {
            Review review = reviews.get(i);
            List<Paper> papers = review.getPapers();
            out.append("## <anchor>").append(ids.get(i)).append("</anchor>").append(i + 1).append(". ")
                    .append(papers.stream().map(Paper::getTitle).collect(Collectors.joining("; "))).append("\n\n");
            List<String> lines = new ArrayList<>();
            for (int p = 0; p < papers.size(); p++) {
                Paper paper = papers.get(p);
                List<String> parts = new ArrayList<>(paper.getAffiliations());
                if (paper.getYear() != null) {
                    parts.add(paper.getYear().toString());
                }
                lines.add("Авторы статьи" + (papers.size() > 1 ? " " + (p + 1) : "") + ": "
                        + String.join(", ", paper.getAuthors()) + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")"));
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
            EObject reviewer = (EObject) review.eGet(Literals.REVIEW__REVIEWER, false);
            if (reviewer instanceof Reviewer r && !r.eIsProxy()) {
                List<String> handles = new ArrayList<>();
                if (r.getSlack() != null) {
                    handles.add("в слэке " + r.getSlack());
                }
                if (r.getHabr() != null) {
                    handles.add("на habr " + r.getHabr());
                }
                lines.add("Автор обзора: " + r.getName() + (handles.isEmpty() ? "" : " (" + String.join(", ", handles) + ")"));
            }
            // two trailing spaces would be a Markdown line break; a backslash is clearer and survives editors
            out.append(String.join("\\\n", lines)).append("\n\n").append(strip(review.getBody())).append("\n\n");
        }
        out.append("[Ссылка на начало](#top)\n");
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
