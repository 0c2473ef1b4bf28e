package io.rfy.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** The tree of the Reviews view: per RFY project, its batches with their reviews, and its reviews by period. */
public final class ReviewsTree {

    /** A node: a label, an optional file to open, children. */
    public record Node(String label, IFile file, List<Node> children, boolean group) {
        @Override
        public String toString() {
            return label;
        }
    }

    private ReviewsTree() {
    }

    public static Node of(IProject project, RfyWorkspace ws) {
        List<Node> batches = new ArrayList<>();
        for (Batch b : ws.batches()) {
            @SuppressWarnings("unchecked")
            List<Review> reviews = (List<Review>) b.eGet(Literals.BATCH__REVIEWS, false);
            List<Node> children = new ArrayList<>();
            int n = 1;
            for (Review r : reviews) {
                children.add(r.eIsProxy() ? new Node(n + ". (unknown review)", null, List.of(), false)
                        : review(project, ws, r, n + ". "));
                n++;
            }
            String title = b.getTitle() == null ? ws.relative(b.eResource()) : b.getTitle();
            batches.add(new Node(title + "  [" + children.size() + "]", file(project, ws, b.eResource()), children, false));
        }
        Map<String, List<Node>> byPeriod = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Review r : ws.reviews()) {
            byPeriod.computeIfAbsent(r.getPeriod() == null ? "(no period)" : r.getPeriod(), k -> new ArrayList<>())
                    .add(review(project, ws, r, ""));
        }
        List<Node> periods = byPeriod.entrySet().stream()
                .map(e -> new Node(e.getKey() + "  [" + e.getValue().size() + "]", null, e.getValue(), true)).toList();
        return new Node(project.getName(), null, List.of(new Node("Batches", null, batches, true),
                new Node("Reviews by period", null, periods, true)), true);
    }

    private static Node review(IProject project, RfyWorkspace ws, Review r, String prefix) {
        String papers = r.getPapers().stream().map(Paper::getShortName).filter(s -> s != null)
                .collect(Collectors.joining("; "));
        String label = prefix + (papers.isEmpty() ? r.getId() : papers) + "  (" + r.getId()
                + (r.getStatus() == null ? "" : ", " + r.getStatus().getLiteral()) + ")";
        return new Node(label, file(project, ws, r.eResource()), List.of(), false);
    }

    private static IFile file(IProject project, RfyWorkspace ws, Resource resource) {
        return resource == null ? null : project.getFile(ws.relative(resource));
    }
}
