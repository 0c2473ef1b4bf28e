package io.rfy.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.rfy.ids.ArxivId;
import io.rfy.ids.Doi;
import io.rfy.model.Batch;
import io.rfy.model.CrossLink;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.ReviewCrossLink;
import io.rfy.store.RfyWorkspace;

/** What the checks of one object need to know about the rest of the workspace. */
final class WorkspaceIndex {

    final RfyWorkspace workspace;
    final ValidationSettings settings;
    /** For each review id, the batches that list it, in file order. */
    final Map<String, List<Batch>> batchesByReview = new HashMap<>();
    /** For each paper key (arXiv id, DOI, normalised title), the reviews of that paper. */
    final Map<String, List<Review>> reviewsByPaper = new HashMap<>();

    WorkspaceIndex(RfyWorkspace workspace, ValidationSettings settings) {
        this.workspace = workspace;
        this.settings = settings;
        for (Batch batch : workspace.batches()) {
            for (Review r : reviewsOf(batch)) {
                if (!r.eIsProxy()) {
                    batchesByReview.computeIfAbsent(r.getId(), k -> new ArrayList<>()).add(batch);
                }
            }
        }
        for (Review review : workspace.reviews()) {
            for (Paper paper : review.getPapers()) {
                List<String> keys = paperKeys(paper);
                keysByPaper.put(paper, keys);
                for (String key : keys) {
                    List<Review> list = reviewsByPaper.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!list.contains(review)) {
                        list.add(review);
                    }
                }
            }
        }
    }

    private Map<String, String> corpusTexts;
    private final List<io.rfy.store.StoreProblem> unreadableDocuments = new ArrayList<>();

    /** Corpus document texts by id, read once, on first use; a document that cannot be read maps to null. */
    synchronized Map<String, String> corpusTexts() {
        if (corpusTexts == null) {
            corpusTexts = new HashMap<>();
            unreadableDocuments.addAll(io.rfy.corpus.UnreadableDocuments.notFiles(workspace));
            try {
                for (java.nio.file.Path file : workspace.corpusFiles()) {
                    String text;
                    try {
                        text = io.rfy.corpus.CorpusText.read(file);
                    } catch (java.io.IOException e) {
                        text = null;
                        unreadableDocuments.add(io.rfy.corpus.UnreadableDocuments.problem(file, e));
                    }
                    corpusTexts.put(io.rfy.corpus.CorpusText.id(file), text);
                }
            } catch (java.io.IOException e) {
                // no readable corpus folder: every corpus link will be reported as naming an unknown document
            }
        }
        return corpusTexts;
    }

    /** The corpus documents that could not be read (each a {@code store.unreadable} finding); reads the corpus. */
    synchronized List<io.rfy.store.StoreProblem> unreadableDocuments() {
        corpusTexts();
        return List.copyOf(unreadableDocuments);
    }

    /** Keys computed while indexing, so that the per-paper check does not parse every id and title again. */
    private final Map<Paper, List<String>> keysByPaper = new java.util.IdentityHashMap<>();

    /** The ways two paper entries can be recognised as the same paper. */
    List<String> keysOf(Paper paper) {
        List<String> keys = keysByPaper.get(paper);
        return keys != null ? keys : paperKeys(paper);
    }

    static List<String> paperKeys(Paper paper) {
        List<String> keys = new ArrayList<>(2);
        if (paper.getArxiv() != null) {
            ArxivId.parse(paper.getArxiv()).ifPresent(a -> keys.add("arxiv:" + a.id()));
        }
        if (paper.getDoi() != null) {
            Doi.parse(paper.getDoi()).ifPresent(d -> keys.add("doi:" + d.key()));
        }
        String title = normalisedTitle(paper.getTitle());
        if (!title.isEmpty()) {
            keys.add("title:" + title);
        }
        return keys;
    }

    /** Lower case, every run of characters other than letters and digits as one space, none at the ends. */
    static String normalisedTitle(String title) {
        if (title == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(title.length());
        boolean gap = false;
        for (int i = 0; i < title.length(); ) {
            int c = title.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A batch's reviews without resolving proxies: an id that names no review stays a proxy (the store reported
     * it), and resolving it would try to load {@code rfy:/review/<id>} as a file.
     */
    @SuppressWarnings("unchecked")
    static List<Review> reviewsOf(Batch batch) {
        return (List<Review>) batch.eGet(io.rfy.model.RfyPackage.Literals.BATCH__REVIEWS, false);
    }

    /** Whether either review links to the other. */
    static boolean crossLinked(Review a, Review b) {
        return linksTo(a, b) || linksTo(b, a);
    }

    private static boolean linksTo(Review from, Review to) {
        for (CrossLink c : from.getCrossLinks()) {
            if (c instanceof ReviewCrossLink r && r.eGet(io.rfy.model.RfyPackage.Literals.REVIEW_CROSS_LINK__REVIEW, false) == to) {
                return true;
            }
        }
        return false;
    }
}
