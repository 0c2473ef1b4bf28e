package io.rfy.ui.views;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.resource.Resource;

import io.rfy.model.Batch;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.RfyWorkspace;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Reviews grouped by batch (in publication order) and by period: the one grouping both the Reviews view and the
 * Project Explorer content show.
 */
public final class ReviewsTree {

    public enum Kind {
        PROJECT, GROUP, BATCH, PERIOD, REVIEW, MISSING, PROBLEM, LOADING
    }

    /**
     * A node: a label, a detail shown after it (ids, status, counts), an optional file to open, children. Two nodes
     * are equal when they stand at the same place of the same project's tree, so a viewer keeps its expansion and
     * selection across reloads.
     */
    public static final class Node {
        private final Kind kind;
        private final String key;
        private final String label;
        private final String detail;
        private final IFile file;
        private final IProject project;
        private final List<Node> children = new ArrayList<>();
        private Node parent;
        private String status;

        Node(Kind kind, IProject project, String key, String label, String detail, IFile file) {
            this.kind = kind;
            this.project = project;
            this.key = key;
            this.label = label;
            this.detail = detail;
            this.file = file;
        }

        private Node add(Node child) {
            child.parent = this;
            children.add(child);
            return this;
        }

        public Kind kind() {
            return kind;
        }

        public String label() {
            return label;
        }

        /** What follows the label in a quieter colour: review id and status, counts; may be empty. */
        public String detail() {
            return detail;
        }

        /** The file double-click opens, or null. */
        public IFile file() {
            return file;
        }

        public IProject project() {
            return project;
        }

        /** A review's status literal (draft, ready, published), else null. */
        public String status() {
            return status;
        }

        public List<Node> children() {
            return Collections.unmodifiableList(children);
        }

        /** The parent node, or null at the top (a group's parent in the Project Explorer is the project). */
        public Node parent() {
            return parent;
        }

        public boolean group() {
            return kind == Kind.PROJECT || kind == Kind.GROUP || kind == Kind.PERIOD;
        }

        private String path() {
            return parent == null ? key : parent.path() + "/" + key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Node n && kind == n.kind && Objects.equals(project, n.project) && path().equals(n.path());
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, project, path());
        }

        @Override
        public String toString() {
            return detail.isEmpty() ? label : label + "  " + detail;
        }
    }

    private ReviewsTree() {
    }

    /** The project's node with its two groups, for the Reviews view. */
    public static Node of(IProject project, RfyWorkspace ws) {
        Node root = new Node(Kind.PROJECT, project, project.getName(), project.getName(), "", null);
        groups(project, ws).forEach(root::add);
        return root;
    }

    /** "Habr posts" (each with its reviews in publication order) and "Reviews by period" (newest period first). */
    public static List<Node> groups(IProject project, RfyWorkspace ws) {
        Node batches = new Node(Kind.GROUP, project, "batches", Messages.ReviewsTree_posts, count(ws.batches().size(), Messages.ReviewsTree_batch, Messages.ReviewsTree_batches),
                null);
        List<Batch> sorted = new ArrayList<>(ws.batches());
        // newest post first, as on Habr; parts of one month in their order
        sorted.sort(Comparator.comparing((Batch b) -> b.getPeriod() == null ? "" : b.getPeriod()).reversed()
                .thenComparingInt(Batch::getPart));
        for (Batch b : sorted) {
            @SuppressWarnings("unchecked")
            List<Review> reviews = (List<Review>) b.eGet(Literals.BATCH__REVIEWS, false);
            String relative = ws.relative(b.eResource());
            String title = b.getTitle() == null || b.getTitle().isBlank() ? relative : b.getTitle();
            Node batch = new Node(Kind.BATCH, project, "batch:" + relative, title,
                    count(reviews.size(), Messages.ReviewsTree_review, Messages.ReviewsTree_reviews), file(project, ws, b.eResource()));
            int n = 1;
            for (Review r : reviews) {
                batch.add(r.eIsProxy()
                        ? new Node(Kind.MISSING, project, "missing:" + n, n + ". " + proxyId(r), Messages.Mentions_noSuchReview, null)
                        : review(project, ws, r, n + ". ", "#" + n));
                n++;
            }
            batches.add(batch);
        }
        Map<String, List<Review>> byPeriod = new TreeMap<>(Comparator.reverseOrder());
        for (Review r : ws.reviews()) {
            byPeriod.computeIfAbsent(r.getPeriod() == null ? Messages.ReviewsTree_noPeriod : r.getPeriod(), k -> new ArrayList<>()).add(r);
        }
        Node periods = new Node(Kind.GROUP, project, "periods", Messages.ReviewsTree_byPeriod,
                count(ws.reviews().size(), Messages.ReviewsTree_review, Messages.ReviewsTree_reviews), null);
        for (Map.Entry<String, List<Review>> e : byPeriod.entrySet()) {
            Node period = new Node(Kind.PERIOD, project, "period:" + e.getKey(), e.getKey(),
                    count(e.getValue().size(), Messages.ReviewsTree_review, Messages.ReviewsTree_reviews), null);
            e.getValue().stream().sorted(Comparator.comparing(Review::getId, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .forEach(r -> period.add(review(project, ws, r, "", "")));
            periods.add(period);
        }
        return List.of(batches, periods);
    }

    /** A single node telling why a project's reviews cannot be shown. */
    public static Node problem(IProject project, String message) {
        return new Node(Kind.PROBLEM, project, "problem", message, "", null);
    }

    /** The placeholder shown while a project is read in the background. */
    public static Node loading(IProject project) {
        return new Node(Kind.LOADING, project, "loading", Messages.ReviewsTree_loading, "", null);
    }

    private static Node review(IProject project, RfyWorkspace ws, Review r, String prefix, String keySuffix) {
        String papers = r.getPapers().stream().map(p -> p.getShortName() != null ? p.getShortName() : p.getTitle())
                .filter(Objects::nonNull).collect(Collectors.joining("; "));
        String status = r.getStatus() == null ? null : r.getStatus().getLiteral();
        Node node = new Node(Kind.REVIEW, project, "review:" + r.getId() + keySuffix,
                prefix + (papers.isEmpty() ? r.getId() : papers),
                r.getId() + (status == null ? "" : " · " + status), file(project, ws, r.eResource()));
        node.status = status;
        return node;
    }

    private static String proxyId(Review proxy) {
        String fragment = ((org.eclipse.emf.ecore.InternalEObject) proxy).eProxyURI().fragment();
        return fragment == null ? Messages.ReviewsTree_unknown : fragment;
    }

    private static String count(int n, String one, String many) {
        return NLS.bind(n == 1 ? one : many, n);
    }

    private static IFile file(IProject project, RfyWorkspace ws, Resource resource) {
        return resource == null ? null : project.getFile(ws.relative(resource));
    }

    /** The papers' short names of a review, for labels elsewhere. */
    public static String papers(Review r) {
        return r.getPapers().stream().map(Paper::getShortName).filter(Objects::nonNull).collect(Collectors.joining("; "));
    }
}
