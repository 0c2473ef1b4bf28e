package io.rfy.chat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.rfy.habr.Rubric;
import io.rfy.habr.RubricLayout;
import io.rfy.habr.WorkspaceImport;
import io.rfy.model.Batch;
import io.rfy.model.Review;
import io.rfy.model.RfyFactory;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.WorkspaceLayout;

/**
 * A batch from a period: the period's reviews that are in no batch yet, in the order they were posted (the
 * {@code x-slack} ts of a captured review; reviews without one follow, by id), under the rubric's title. The CLI's
 * {@code rfy new batch} and the IDE both make batches through this.
 */
public final class PeriodBatch {

    /** The batch made and where it goes (workspace-relative). */
    public record Made(Batch batch, String path, List<Review> reviews) {
    }

    /** The post's hubs and tags until the editor changes them (the New Batch wizard still sets its own). */
    public static final List<String> HUBS = List.of("Машинное обучение", "Data science");
    public static final List<String> TAGS = List.of("ods", "arxiv");
    /** The rubric's usual first line. */
    public static final String INTRO = "Привет, Хабр! Продолжаем публиковать рецензии на научные статьи от членов сообщества"
            + " Open Data Science из канала #article_essense.\n";

    private PeriodBatch() {
    }

    /**
     * @param part the part number, or null for the next free one of the period
     * @throws IllegalArgumentException the period is not yyyy-mm, the part is taken, or no review is left for a batch
     */
    public static Made make(RfyWorkspace ws, String period, Integer part) throws IOException {
        if (!WorkspaceLayout.isPeriod(period)) {
            throw new IllegalArgumentException("the period is yyyy-mm, not '" + period + "'");
        }
        Set<String> inBatches = new HashSet<>();
        int lastPart = 0;
        for (Batch b : ws.batches()) {
            RubricLayout.reviews(b).forEach(r -> inBatches.add(r.getId()));
            if (period.equals(b.getPeriod()) && b.getPart() != null) {
                lastPart = Math.max(lastPart, b.getPart());
            }
        }
        int n = part == null ? lastPart + 1 : part;
        if (!WorkspaceLayout.isPart(n)) {
            throw new IllegalArgumentException("the part is a number from 1 (at most nine digits), not " + n);
        }
        String id = WorkspaceLayout.batchId(period, n);
        String path = WorkspaceLayout.batchPath(id);
        if (Files.exists(ws.root().resolve(path))) {
            throw new IllegalArgumentException(path + " already exists");
        }
        Map<Review, BigDecimal> posted = new LinkedHashMap<>();
        for (Review r : ws.reviews()) {
            if (period.equals(r.getPeriod()) && !inBatches.contains(r.getId())) {
                posted.put(r, postedAt(ws, r));
            }
        }
        if (posted.isEmpty()) {
            throw new IllegalArgumentException("no review of " + period + " is left outside a batch ("
                    + WorkspaceLayout.REVIEWS + "/" + period + "/)");
        }
        List<Review> order = new ArrayList<>(posted.keySet());
        order.sort(Comparator.comparing((Review r) -> posted.get(r), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Review::getId));
        Batch batch = RfyFactory.eINSTANCE.createBatch();
        batch.setId(id);
        batch.setTitle(Rubric.title(period, n));
        batch.setPeriod(period);
        batch.setPart(n);
        batch.getHubs().addAll(HUBS);
        batch.getTags().addAll(TAGS);
        batch.setIntro(INTRO);
        batch.getReviews().addAll(order);
        return new Made(batch, path, order);
    }

    /** Writes the batch made, as a new file (never over one). */
    public static List<String> write(RfyWorkspace ws, Made made) throws IOException {
        return WorkspaceImport.writeFiles(ws.root(), Map.of(made.path(), WorkspaceImport.render(made.path(), made.batch())),
                Set.of());
    }

    private static BigDecimal postedAt(RfyWorkspace ws, Review r) throws IOException {
        EObject o = r;
        if (o.eResource() == null || !o.eResource().getURI().isFile()) {
            return null;
        }
        Path file = Path.of(o.eResource().getURI().toFileString());
        if (!Files.isRegularFile(file)) {
            return null;
        }
        XSlack x = XSlack.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        try {
            return x == null || x.ts() == null ? null : new BigDecimal(x.ts());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
