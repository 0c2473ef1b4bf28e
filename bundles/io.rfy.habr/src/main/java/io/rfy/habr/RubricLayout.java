package io.rfy.habr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import io.rfy.model.Batch;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.Reviewer;
import io.rfy.model.RfyPackage.Literals;

/** The wording of the rubric's post, shared by the HTML and the Markdown export: what the lines say, not their markup. */
public final class RubricLayout {

    private RubricLayout() {
    }

    /** The batch's reviews in order, leaving out ids that name no review (the store reported them). */
    @SuppressWarnings("unchecked")
    public static List<Review> reviews(Batch batch) {
        return ((List<EObject>) batch.eGet(Literals.BATCH__REVIEWS, false)).stream().filter(o -> !o.eIsProxy())
                .map(Review.class::cast).toList();
    }

    /** One in-page anchor per review: its number and its papers' short names, transliterated. */
    public static List<String> anchors(List<Review> reviews) {
        HeadingAnchors anchors = new HeadingAnchors();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            ids.add(anchors.anchor((i + 1) + " " + reviews.get(i).getPapers().stream().map(Paper::getShortName)
                    .collect(Collectors.joining(" "))));
        }
        return ids;
    }

    /** "Title; Title (affiliations, year)": affiliations only when every paper of the entry shares them. */
    static String tocEntry(Review review) {
        List<Paper> papers = review.getPapers();
        String titles = titles(review);
        Set<List<String>> affiliations = papers.stream().map(p -> List.copyOf(p.getAffiliations()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> parts = new ArrayList<>(affiliations.size() == 1 ? affiliations.iterator().next() : List.of());
        Integer year = papers.isEmpty() ? null : papers.get(0).getYear(); // no papers: the store reported it
        if (year != null) {
            parts.add(year.toString());
        }
        return parts.isEmpty() ? titles : titles + " (" + String.join(", ", parts) + ")";
    }

    static String titles(Review review) {
        return review.getPapers().stream().map(Paper::getTitle).collect(Collectors.joining("; "));
    }

    /** "Авторы статьи[ n]: names (affiliations, year)". */
    static String authorsLine(Review review, int paperIndex) {
        List<Paper> papers = review.getPapers();
        Paper paper = papers.get(paperIndex);
        List<String> parts = new ArrayList<>(paper.getAffiliations());
        if (paper.getYear() != null) {
            parts.add(paper.getYear().toString());
        }
        return Rubric.AUTHORS_LABEL + (papers.size() > 1 ? " " + (paperIndex + 1) : "") + ": "
                + String.join(", ", paper.getAuthors()) + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    /** "Автор обзора: name (в слэке x, на habr y)", or null when the review's reviewer is unknown. */
    static String reviewerLine(Review review) {
        EObject reviewer = (EObject) review.eGet(Literals.REVIEW__REVIEWER, false);
        if (!(reviewer instanceof Reviewer r) || r.eIsProxy()) {
            return null;
        }
        List<String> handles = new ArrayList<>();
        if (r.getSlack() != null) {
            handles.add("в слэке " + r.getSlack());
        }
        if (r.getHabr() != null) {
            handles.add("на habr " + r.getHabr());
        }
        return Rubric.REVIEWER_LABEL + ": " + r.getName() + (handles.isEmpty() ? "" : " (" + String.join(", ", handles) + ")");
    }
}
