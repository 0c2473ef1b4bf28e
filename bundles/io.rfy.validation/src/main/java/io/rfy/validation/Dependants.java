package io.rfy.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
import io.rfy.store.StoreProblem;
import io.rfy.store.WorkspaceLayout;

/**
 * The files whose findings a change can alter, besides the changed files themselves, from how far each rule looks
 * beyond its own file:
 * <ul>
 * <li>{@link Rule#BODY_BROKEN_REVIEW_LINK} and the store's unknown-review: reviews that cross-link or link in their
 * body to a changed review, and batches whose intro does;</li>
 * <li>{@link Rule#HABR_CUT}, {@link Rule#BATCH_REVIEW_NOT_READY}: batches that list a changed review;</li>
 * <li>{@link Rule#BODY_BROKEN_ANCHOR}: the reviews of those batches that have in-page links (the anchors are the
 * batch's reviews);</li>
 * <li>{@link Rule#BATCH_REVIEW_IN_TWO_BATCHES}: batches sharing a review with a changed batch;</li>
 * <li>{@link Rule#PAPER_REVIEWED_TWICE}: reviews sharing a paper key with a changed review;</li>
 * <li>{@link Rule#CROSSLINK_UNKNOWN_DOCUMENT} and the anchor rules: reviews with corpus cross-links when a corpus
 * document changed;</li>
 * <li>the store's duplicate id: other files of a changed review's id;</li>
 * <li>{@link #NEAR_ID_RULES}: when a review came or went, every file whose messages propose a near id.</li>
 * </ul>
 * A change of {@code reviewers.yaml} touches every review; callers check everything then. With the files this
 * returns, {@link WorkspaceValidation#runOn} gives for each of them what a full {@link WorkspaceValidation#run} would.
 * Keeps the paper keys of the reviews it has seen (objects of unchanged files survive a reload), so keep one
 * instance per loaded workspace.
 */
public final class Dependants {

    /** Rules whose message names the closest existing review id, which a new or deleted review can change. */
    public static final Set<Rule> NEAR_ID_RULES = EnumSet.of(Rule.BODY_BROKEN_REVIEW_LINK);
    /** The store problems of that kind. */
    public static final Set<String> NEAR_ID_STORE_CODES = Set.of(StoreProblem.UNKNOWN_REVIEW);

    private static final Pattern IN_PAGE_LINK = Pattern.compile("\\]\\(\\s*<?#");

    /** Paper keys per review object; objects of unchanged files survive a reload, so most keys are reused. */
    private final Map<Review, List<String>> keysByReview = new IdentityHashMap<>();

    private List<String> keys(Review review) {
        return keysByReview.computeIfAbsent(review, r -> {
            List<String> keys = new ArrayList<>();
            for (Paper p : r.getPapers()) {
                keys.addAll(WorkspaceIndex.paperKeys(p));
            }
            return keys;
        });
    }

    /** Whether a report entry's message proposes a near review id. */
    public static boolean namesNearId(ReportEntry entry) {
        return NEAR_ID_STORE_CODES.contains(entry.code())
                || NEAR_ID_RULES.stream().anyMatch(r -> r.code().equals(entry.code()));
    }

    /**
     * The changed files and the files that depend on them (workspace-relative, as {@link ReportEntry#file()} names
     * them).
     *
     * @param reloaded what {@link RfyWorkspace#reload} returned for the change
     * @param corpusChanged whether a document of {@code corpus/} was added, changed or removed
     * @param previous the entries of the last check, by file (for the near-id messages); may be empty
     */
    public Set<String> of(RfyWorkspace ws, List<RfyWorkspace.Reloaded> reloaded, boolean corpusChanged,
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
            WorkspaceLayout.Kind kind = WorkspaceLayout.kindOf(r.file());
            if (kind == WorkspaceLayout.Kind.REVIEW || kind == WorkspaceLayout.Kind.MISPLACED_REVIEW) {
                // an unparsable review has no model; its id is still its file name
                changedIds.add(WorkspaceLayout.idOf(r.file()));
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
            if (r.getURI().isFile() && name != null && name.endsWith(WorkspaceLayout.MARKDOWN)
                    && changedIds.contains(WorkspaceLayout.idOf(name))) {
                files.add(ws.relative(r));
            }
        }
        if (idsCameOrWent) {
            previous.forEach((file, entries) -> {
                if (entries.stream().anyMatch(Dependants::namesNearId)) {
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
