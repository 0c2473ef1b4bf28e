package io.rfy.ide.builder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.rfy.model.Batch;
import io.rfy.model.CorpusCrossLink;
import io.rfy.model.CrossLink;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.ReviewCrossLink;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.Ids;
import io.rfy.store.RfyWorkspace;
import io.rfy.validation.ReportEntry;
import io.rfy.validation.WorkspaceValidation;

/**
 * The files whose findings a change can alter, besides the changed files themselves: reviews that cross-link or
 * link in their body to a changed review, batches that list it (the cut depends on its reviews) and the reviews of
 * those batches that have in-page links (anchors depend on the batch's reviews), reviews sharing a paper with it, files with the same review id, batches sharing a review
 * with a changed batch, reviews with corpus cross-links when a corpus document changed, every file when reviewers.yaml
 * changed, and, when a review came or went, every file whose messages propose near ids ("did you mean").
 */
final class Dependants {

    /** Codes whose message names the closest existing review id, which a new or deleted review can change. */
    private static final Set<String> NEAR_ID_CODES = Set.of("store.unknown-review", "rfy.body.broken-review-link");

    /** Paper keys per review object; objects of unchanged files survive a reload, so most keys are reused. */
    private final Map<Review, List<String>> keysByReview = new IdentityHashMap<>();

    private List<String> keys(Review review) {
        return keysByReview.computeIfAbsent(review, r -> {
            List<String> keys = new ArrayList<>();
            for (Paper p : r.getPapers()) {
                keys.addAll(WorkspaceValidation.paperKeys(p));
            }
            return keys;
        });
    }

    /** @param previous the entries of the last check, by file (for the near-id messages) */
    Set<String> of(RfyWorkspace ws, List<RfyWorkspace.Reloaded> reloaded, boolean corpusChanged,
            Map<String, List<ReportEntry>> previous) {
        Set<String> files = new HashSet<>();
        Set<String> changedIds = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Set<String> listedByChangedBatches = new HashSet<>();
        boolean idsCameOrWent = false;
        for (RfyWorkspace.Reloaded r : reloaded) {
            files.add(r.file());
            for (EObject o : new EObject[] {r.before(), r.after()}) {
                if (o instanceof Review review) {
                    changedIds.add(review.getId());
                    keys.addAll(keys(review));
                } else if (o instanceof Batch batch) {
                    listedByChangedBatches.addAll(listed(batch));
                }
            }
            if (r.before() instanceof Review old) {
                keysByReview.remove(old);
            }
            idsCameOrWent |= r.before() instanceof Review != r.after() instanceof Review;
            if (r.file().startsWith(RfyWorkspace.REVIEWS + "/")) {
                // an unparsable review has no model; its id is still its file name
                String name = r.file().substring(r.file().lastIndexOf('/') + 1);
                changedIds.add(name.endsWith(".md") ? name.substring(0, name.length() - 3) : name);
            }
        }
        for (Review s : ws.reviews()) {
            if (dependsOn(s, changedIds, keys, corpusChanged)) {
                files.add(ws.relative(s.eResource()));
            }
        }
        for (Batch b : ws.batches()) {
            List<String> listed = listed(b);
            boolean listsChanged = listed.stream().anyMatch(changedIds::contains);
            if (listsChanged || listed.stream().anyMatch(listedByChangedBatches::contains)
                    || mentionsAny(b.getIntro(), changedIds)) {
                files.add(ws.relative(b.eResource()));
            }
            if (listsChanged) {
                listedByChangedBatches.addAll(listed);
            }
        }
        for (String id : listedByChangedBatches) {
            Review r = ws.review(id);
            // a review of such a batch depends on the batch's reviews only through the anchors its in-page links name
            if (r != null && (changedIds.contains(id) || hasInPageLink(r.getBody()))) {
                files.add(ws.relative(r.eResource()));
            }
        }
        // other files of the same id: one of them is reported as the duplicate of the first
        for (Resource r : ws.resourceSet().getResources()) {
            String name = r.getURI().lastSegment();
            if (r.getURI().isFile() && name != null && name.endsWith(".md") && changedIds.contains(name.substring(0, name.length() - 3))) {
                files.add(ws.relative(r));
            }
        }
        if (idsCameOrWent) {
            previous.forEach((file, entries) -> {
                if (entries.stream().anyMatch(e -> NEAR_ID_CODES.contains(e.code()))) {
                    files.add(file);
                }
            });
        }
        return files;
    }

    private boolean dependsOn(Review s, Set<String> changedIds, Set<String> keys, boolean corpusChanged) {
        for (CrossLink c : s.getCrossLinks()) {
            if (c instanceof ReviewCrossLink r && changedIds.contains(Ids.of(r, Literals.REVIEW_CROSS_LINK__REVIEW))
                    || corpusChanged && c instanceof CorpusCrossLink) {
                return true;
            }
        }
        if (!keys.isEmpty()) {
            for (String k : keys(s)) {
                if (keys.contains(k)) {
                    return true;
                }
            }
        }
        return mentionsAny(s.getBody(), changedIds);
    }

    /** Whether a body may link to one of the reviews (a superset: any occurrence of the id counts). */
    private static boolean mentionsAny(String body, Collection<String> ids) {
        if (body == null || body.indexOf("](") < 0) {
            return false;
        }
        for (String id : ids) {
            if (body.contains(id)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern IN_PAGE_LINK = java.util.regex.Pattern.compile("\\]\\(\\s*<?#");

    /** Whether a body has a {@code [text](#anchor)} link, the only finding that depends on the batches it is in. */
    private static boolean hasInPageLink(String body) {
        return body != null && body.indexOf('#') >= 0 && IN_PAGE_LINK.matcher(body).find();
    }

    private static List<String> listed(Batch batch) {
        List<String> ids = new ArrayList<>();
        for (Object o : (List<?>) batch.eGet(Literals.BATCH__REVIEWS, false)) {
            ids.add(Ids.of((Review) o));
        }
        return ids;
    }
}
