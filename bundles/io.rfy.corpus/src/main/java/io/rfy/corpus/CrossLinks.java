package io.rfy.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.rfy.model.CorpusCrossLink;
import io.rfy.model.CrossLink;
import io.rfy.model.Paper;
import io.rfy.model.PaperCrossLink;
import io.rfy.model.Review;
import io.rfy.model.ReviewCrossLink;
import io.rfy.model.RfyFactory;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.Ids;
import io.rfy.store.RfyWorkspace;

/**
 * Turning mentions into cross-links: the unlinked mentions of a review's papers, ranked, and accepting one as a
 * {@code crosslinks} entry written through the store (so the rest of the file is kept as it is); and backlinks,
 * the reviews that link to a review.
 */
public final class CrossLinks {

    private CrossLinks() {
    }

    /**
     * The mentions of the review's papers that its cross-links do not cover yet, best first: documents that name
     * the paper often, and full titles before short names.
     */
    public static List<Mention> unlinked(RfyWorkspace ws, Review review) throws IOException {
        return unlinked(MentionIndex.open(ws), review);
    }

    /**
     * The same from an index already open on the review's workspace (the cached corpus mentions; only review bodies
     * are scanned, for this review's names).
     */
    public static List<Mention> unlinked(MentionIndex index, Review review) {
        return ranked(index.mentions(review.getId()), review);
    }

    /**
     * The mentions that the review's cross-links do not cover, ranked: documents with more of them first, then longer
     * quotes, then by document and position. The one ranking of suggestions, for a fresh search or an index alike.
     */
    public static List<Mention> ranked(List<Mention> found, Review review) {
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : found) {
            if (!covered(review, m)) {
                mentions.add(m);
            }
        }
        Map<String, Long> perDocument = new HashMap<>();
        mentions.forEach(m -> perDocument.merge(m.document(), 1L, Long::sum));
        mentions.sort(Comparator.comparingLong((Mention m) -> -perDocument.get(m.document()))
                .thenComparingInt(m -> -m.quote().length()).thenComparing(Mention::document)
                .thenComparingInt(Mention::start));
        return mentions;
    }

    private static boolean covered(Review review, Mention m) {
        for (CrossLink c : review.getCrossLinks()) {
            if (c instanceof CorpusCrossLink q && m.document().equals(q.getDocument()) && m.quote().equals(q.getQuote())) {
                return true;
            }
            if (c instanceof ReviewCrossLink r && m.document().equals("review:" + Ids.of(r, Literals.REVIEW_CROSS_LINK__REVIEW))) {
                return true;
            }
        }
        return false;
    }

    /** Adds the mention to the review's cross-links and saves the review file (atomically, keeping its text). */
    public static CrossLink accept(RfyWorkspace ws, Review review, Mention m) throws IOException {
        CrossLink link;
        if (m.document().startsWith("review:")) {
            ReviewCrossLink r = RfyFactory.eINSTANCE.createReviewCrossLink();
            r.setReview(ws.review(m.document().substring("review:".length())));
            link = r;
        } else {
            CorpusCrossLink q = RfyFactory.eINSTANCE.createCorpusCrossLink();
            q.setDocument(m.document());
            q.setQuote(m.quote());
            q.setPrefix(m.prefix());
            q.setSuffix(m.suffix());
            link = q;
        }
        review.getCrossLinks().add(link);
        review.eResource().save(null);
        return link;
    }

    /** The reviews that link to {@code target}: by a review cross-link, or by naming one of its papers. */
    public static List<Review> backlinks(RfyWorkspace ws, Review target) {
        List<Review> result = new ArrayList<>();
        for (Review review : ws.reviews()) {
            for (CrossLink c : review.getCrossLinks()) {
                boolean links = c instanceof ReviewCrossLink r && r.eGet(Literals.REVIEW_CROSS_LINK__REVIEW, false) == target
                        || c instanceof PaperCrossLink p && names(target, p.getTitle());
                if (links && review != target && !result.contains(review)) {
                    result.add(review);
                }
            }
        }
        return result;
    }

    /**
     * The reviews that link to a paper: by a paper cross-link naming it (title, short name or alias), or by a review
     * cross-link to the review that covers it; the covering review itself is not its own backlink.
     */
    public static List<Review> backlinks(RfyWorkspace ws, Paper paper) {
        Review owner = (Review) paper.eContainer();
        List<Review> result = new ArrayList<>();
        for (Review review : ws.reviews()) {
            for (CrossLink c : review.getCrossLinks()) {
                boolean links = c instanceof PaperCrossLink p && p.getTitle() != null && nameOf(paper, p.getTitle())
                        || c instanceof ReviewCrossLink r && r.eGet(Literals.REVIEW_CROSS_LINK__REVIEW, false) == owner;
                if (links && review != owner && !result.contains(review)) {
                    result.add(review);
                }
            }
        }
        return result;
    }

    /** The workspace's paper with this title, short name or alias (any case), or null. */
    public static Paper paper(RfyWorkspace ws, String name) {
        for (Review review : ws.reviews()) {
            for (Paper paper : review.getPapers()) {
                if (nameOf(paper, name)) {
                    return paper;
                }
            }
        }
        return null;
    }

    private static boolean nameOf(Paper paper, String name) {
        return name.equalsIgnoreCase(paper.getTitle()) || name.equalsIgnoreCase(paper.getShortName())
                || paper.getAliases().stream().anyMatch(name::equalsIgnoreCase);
    }

    private static boolean names(Review review, String title) {
        return title != null && review.getPapers().stream().anyMatch(paper -> nameOf(paper, title));
    }
}
