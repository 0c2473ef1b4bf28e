package io.rfy.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import io.rfy.model.Reviewer;
import io.rfy.model.ReviewerRegistry;
import io.rfy.model.RfyFactory;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.yaml.BlockMap;
import io.rfy.store.yaml.YamlMap;

/** {@code reviewers.yaml}: the list of reviewers, each with an id, a name and optional Slack and Habr handles. */
public final class ReviewersResource extends RfyResource {

    public static final Pattern ID = Pattern.compile("[a-z0-9._-]+");
    private static final Set<String> KEYS = Set.of("id", "name", "slack", "habr");

    public ReviewersResource(URI uri) {
        super(uri);
    }

    @Override
    protected boolean hasFrontMatter() {
        return false;
    }

    @Override
    protected EObject read(Node root, String body, Reading in) {
        ReviewerRegistry registry = RfyFactory.eINSTANCE.createReviewerRegistry();
        if (root == null) {
            return registry;
        }
        if (!(root instanceof SequenceNode list)) {
            in.error(YamlMap.WRONG_TYPE, "expected a list of reviewers ('- id: ...' entries)", root.getStartMark());
            return registry;
        }
        java.util.Map<String, Integer> firstLine = new java.util.HashMap<>();
        for (Node item : list.getValue()) {
            YamlMap r = YamlMap.of(item, "reviewer", in);
            if (r == null) {
                continue;
            }
            in.warnUnknownKeys(r, KEYS);
            Reviewer reviewer = RfyFactory.eINSTANCE.createReviewer();
            in.locate(reviewer, r.mark());
            reviewer.setId(r.string("id"));
            in.locate(reviewer, Literals.REVIEWER__ID, r, "id");
            if (reviewer.getId() == null) {
                in.error("store.required", "a reviewer needs an id", r.mark());
            } else if (!ID.matcher(reviewer.getId()).matches()) {
                in.error("store.id-format", "reviewer id '" + reviewer.getId() + "' must match [a-z0-9._-]+",
                        r.markOf("id"));
            }
            if (reviewer.getId() != null) {
                Integer first = firstLine.putIfAbsent(reviewer.getId(), in.position(r.markOf("id")).line());
                if (first != null) {
                    in.error("store.duplicate-id", "duplicate reviewer id '" + reviewer.getId() + "' (first on line "
                            + first + ")", r.markOf("id"));
                }
            }
            reviewer.setName(r.string("name"));
            reviewer.setSlack(r.string("slack"));
            reviewer.setHabr(r.string("habr"));
            registry.getReviewers().add(reviewer);
        }
        return registry;
    }

    @Override
    protected Object toTree(EObject root) {
        List<Object> list = new ArrayList<>();
        for (Reviewer r : ((ReviewerRegistry) root).getReviewers()) {
            list.add(new BlockMap().putOptional("id", r.getId()).putOptional("name", r.getName())
                    .putOptional("slack", r.getSlack()).putOptional("habr", r.getHabr()));
        }
        return list;
    }

    /** Reviewers are found by id: a review's proxy {@code reviewers.yaml#<id>} resolves here. */
    @Override
    protected EObject getEObjectByID(String id) {
        for (Reviewer r : getContents().isEmpty() ? List.<Reviewer>of()
                : ((ReviewerRegistry) getContents().get(0)).getReviewers()) {
            if (id.equals(r.getId())) {
                return r;
            }
        }
        return null;
    }
}
