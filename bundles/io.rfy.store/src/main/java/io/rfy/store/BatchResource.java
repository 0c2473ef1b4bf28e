package io.rfy.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.yaml.snakeyaml.nodes.Node;

import io.rfy.model.Batch;
import io.rfy.model.Review;
import io.rfy.model.RfyFactory;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.yaml.BlockMap;
import io.rfy.store.yaml.YamlMap;

/** {@code batches/<yyyy-mm>-part-<n>.md}: one Habr post, its metadata, ordered review ids and intro. */
public final class BatchResource extends RfyResource {

    private static final Set<String> KEYS = Set.of("title", "period", "part", "hubs", "tags", "published", "reviews");

    public BatchResource(URI uri) {
        super(uri);
    }

    @Override
    protected boolean hasFrontMatter() {
        return true;
    }

    @Override
    protected EObject read(Node root, String body, Reading in) {
        Batch batch = RfyFactory.eINSTANCE.createBatch();
        batch.setId(Ids.stem(getURI()));
        batch.setIntro(body);
        YamlMap fm = in.frontMatter(root, batch, KEYS, "a batch needs at least a title and its reviews");
        if (fm == null) {
            return batch;
        }
        batch.setTitle(fm.string("title"));
        in.locate(batch, Literals.BATCH__TITLE, fm, "title");
        batch.setPeriod(fm.string("period"));
        in.locate(batch, Literals.BATCH__PERIOD, fm, "period");
        batch.setPart(fm.integer("part"));
        batch.getHubs().addAll(fm.strings("hubs"));
        in.locate(batch, Literals.BATCH__HUBS, fm, "hubs");
        batch.getTags().addAll(fm.strings("tags"));
        YamlMap published = fm.map("published");
        if (published != null) {
            batch.setPublishedDate(published.string("date"));
            batch.setPublishedUrl(published.string("url"));
            in.locate(batch, Literals.BATCH__PUBLISHED_URL, published, "url");
        }
        List<String> ids = fm.strings("reviews");
        List<org.yaml.snakeyaml.error.Mark> marks = fm.itemMarks("reviews");
        List<org.yaml.snakeyaml.error.Mark> kept = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!seen.add(id)) {
                // a post shows each review once; the file is left as it is (an error makes it unwritable)
                in.error("store.duplicate-id", "review '" + id + "' is listed twice in the batch", i < marks.size()
                        ? marks.get(i) : fm.markOf("reviews"));
                continue;
            }
            batch.getReviews().add(ReviewResource.reviewProxy(id));
            if (i < marks.size()) {
                kept.add(marks.get(i));
            }
        }
        in.locate(batch, Literals.BATCH__REVIEWS, fm, "reviews");
        in.locateItems(batch, Literals.BATCH__REVIEWS, kept);
        return batch;
    }

    @Override
    protected Object toTree(EObject root) {
        Batch batch = (Batch) root;
        BlockMap fm = new BlockMap();
        fm.putOptional("title", batch.getTitle());
        fm.putOptional("period", batch.getPeriod());
        fm.putOptional("part", batch.getPart());
        fm.putOptional("hubs", List.copyOf(batch.getHubs()));
        fm.putOptional("tags", List.copyOf(batch.getTags()));
        if (batch.getPublishedDate() != null || batch.getPublishedUrl() != null) {
            Map<String, Object> published = new LinkedHashMap<>();
            published.put("date", batch.getPublishedDate());
            published.put("url", batch.getPublishedUrl());
            fm.put("published", published);
        }
        List<Object> ids = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Review> reviews = (List<Review>) ((InternalEObject) batch).eGet(Literals.BATCH__REVIEWS, false);
        for (Review r : reviews) {
            ids.add(Ids.of(r));
        }
        fm.put("reviews", ids);
        return fm;
    }

    @Override
    protected org.eclipse.emf.ecore.EAttribute bodyFeature() {
        return Literals.BATCH__INTRO;
    }

    @Override
    protected String body(EObject root) {
        String intro = ((Batch) root).getIntro();
        return intro == null ? "" : intro;
    }
}
