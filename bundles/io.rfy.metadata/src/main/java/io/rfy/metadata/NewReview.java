package io.rfy.metadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import io.rfy.habr.ReviewIds;
import io.rfy.model.Link;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.ReviewStatus;
import io.rfy.model.Reviewer;
import io.rfy.model.RfyFactory;
import io.rfy.store.ReviewResource;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.WorkspaceLayout;

/**
 * A draft review of the papers of some records, written as {@code reviews/<period>/<id>.md} through the store. The
 * papers carry what the records say, with the rubric's link labels («Оригинал статьи», «GitHub project»; numbered
 * when the review has several papers). Nothing is ever overwritten: an id already used anywhere in the workspace,
 * or a file already there, is refused before anything is written.
 */
public final class NewReview {

    private NewReview() {
    }

    /** The id the review would get: the first paper's short name as a slug, as imported reviews get theirs. */
    public static String idFor(List<PaperRecord> records) {
        return ReviewIds.of(paper(records.get(0), 0, 1));
    }

    /**
     * @param reviewerId an id from reviewers.yaml, or null to leave the reviewer for later
     * @return the workspace-relative path written
     */
    public static String write(RfyWorkspace ws, List<PaperRecord> records, String id, String reviewerId, String period)
            throws IOException {
        if (!WorkspaceLayout.isReviewId(id)) {
            throw new IOException("'" + id + "' is not a review id (lower-case letters, digits and '-')");
        }
        if (!WorkspaceLayout.isPeriod(period)) {
            throw new IOException("'" + period + "' is not a period (yyyy-mm)");
        }
        Review existing = ws.review(id);
        if (existing != null) {
            throw new IOException("the review id '" + id + "' is already used by " + ws.relative(existing.eResource())
                    + "; choose another with --id");
        }
        String relative = WorkspaceLayout.reviewPath(period, id);
        Path file = ws.root().resolve(relative);
        if (Files.exists(file)) {
            throw new IOException(relative + " already exists; it is not overwritten");
        }
        RfyFactory f = RfyFactory.eINSTANCE;
        Review review = f.createReview();
        review.setId(id);
        review.setPeriod(period);
        review.setStatus(ReviewStatus.DRAFT);
        if (reviewerId != null) {
            Reviewer known = ws.reviewer(reviewerId);
            Reviewer reviewer = f.createReviewer();
            reviewer.setId(known == null ? reviewerId : known.getId());
            review.setReviewer(reviewer);
        }
        for (int i = 0; i < records.size(); i++) {
            review.getPapers().add(paper(records.get(i), i, records.size()));
        }
        review.setBody("");
        Files.createDirectories(file.getParent());
        ReviewResource resource = new ReviewResource(URI.createFileURI(file.toString()));
        new ResourceSetImpl().getResources().add(resource);
        resource.getContents().add(review);
        resource.save(null);
        return relative;
    }

    static Paper paper(PaperRecord r, int index, int count) {
        Paper paper = RfyFactory.eINSTANCE.createPaper();
        PaperFill.fill(paper, r, index, count);
        return paper;
    }

    /** The rubric's label: «Оригинал статьи», or «Оригинал статьи 2» in a review of several papers. */
    static String label(String base, int index, int count) {
        return count > 1 ? base + " " + (index + 1) : base;
    }

    static Link link(String label, String url) {
        Link link = RfyFactory.eINSTANCE.createLink();
        link.setLabel(label);
        link.setUrl(url);
        return link;
    }
}
