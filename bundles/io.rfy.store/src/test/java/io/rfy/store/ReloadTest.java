package io.rfy.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.model.Review;
import io.rfy.model.ReviewCrossLink;
import io.rfy.model.ReviewStatus;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.json.JsonWriter;
import io.rfy.store.json.WorkspaceJson;
import io.rfy.testsupport.Samples;

/**
 * {@link RfyWorkspace#reload}: after files change on disk, reading only those files again gives the model and the
 * problems a fresh full load gives, with references re-resolved by id in both directions.
 */
class ReloadTest {

    @TempDir
    Path dir;

    private Path ws() {
        return Samples.copyOfSample(dir.resolve("ws"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), () -> file + " has no '" + from + "'");
        write(file, text.replace(from, to));
        return text;
    }

    /** The whole model as `rfy dump --json` writes it, plus the problems as text: what "the same" means here. */
    private static String snapshot(RfyWorkspace ws) throws IOException {
        StringWriter out = new StringWriter();
        WorkspaceJson.write(ws, new JsonWriter(out));
        return out + "\n" + ws.problems().stream().map(StoreProblem::toString).reduce("", (a, b) -> a + b + "\n");
    }

    private static void assertSameAsFullLoad(RfyWorkspace reloaded) throws IOException {
        RfyWorkspace fresh = RfyWorkspace.load(reloaded.root());
        assertEquals(snapshot(fresh), snapshot(reloaded));
        assertEquals(fresh.reviews().stream().map(Review::getId).toList(),
                reloaded.reviews().stream().map(Review::getId).toList(), "review order");
        // every reference points into the current model, none at an object of a file read before
        for (Review r : reloaded.reviews()) {
            if (r.eGet(Literals.REVIEW__REVIEWER, false) instanceof io.rfy.model.Reviewer who && !who.eIsProxy()) {
                assertSame(reloaded.reviewer(who.getId()), who, r.getId() + "'s reviewer");
            }
            for (var c : r.getCrossLinks()) {
                if (c instanceof ReviewCrossLink link && !link.eGet(Literals.REVIEW_CROSS_LINK__REVIEW, false)
                        .equals(reloaded.review(Ids.of(link, Literals.REVIEW_CROSS_LINK__REVIEW)))) {
                    assertTrue(((Review) link.eGet(Literals.REVIEW_CROSS_LINK__REVIEW, false)).eIsProxy(),
                            r.getId() + " links to a stale review object");
                }
            }
        }
        for (var b : reloaded.batches()) {
            for (Object o : (List<?>) b.eGet(Literals.BATCH__REVIEWS, false)) {
                Review r = (Review) o;
                assertTrue(r.eIsProxy() || reloaded.review(r.getId()) == r, "batch lists a stale " + r.getId());
            }
        }
    }

    @Test
    void anEditedReviewReadsAsAFreshLoadWouldAndOthersPointAtTheNewObject() throws Exception {
        Path root = ws();
        RfyWorkspace ws = RfyWorkspace.load(root);
        Review before = ws.review("flowtron");
        Path file = root.resolve("reviews/2020-05/flowtron.md");
        edit(file, "status: published", "status: draft");
        List<RfyWorkspace.Reloaded> result = ws.reload(List.of(file));
        assertEquals(1, result.size());
        assertEquals("reviews/2020-05/flowtron.md", result.get(0).file());
        assertSame(before, result.get(0).before());
        Review after = ws.review("flowtron");
        assertSame(after, result.get(0).after());
        assertEquals(ReviewStatus.DRAFT, after.getStatus());
        // jukebox cross-links flowtron, the batch lists it: both now hold the new object
        ReviewCrossLink link = (ReviewCrossLink) ws.review("jukebox").getCrossLinks().get(0);
        assertSame(after, link.getReview());
        assertTrue(ws.batches().get(0).getReviews().contains(after));
        assertFalse(ws.batches().get(0).getReviews().contains(before));
        assertSameAsFullLoad(ws);
    }

    @Test
    void aDeletedReviewLeavesUnknownReviewProblemsAndItsReturnResolvesThemAgain() throws Exception {
        Path root = ws();
        RfyWorkspace ws = RfyWorkspace.load(root);
        Path file = root.resolve("reviews/2020-05/flowtron.md");
        String text = Files.readString(file);
        Files.delete(file);
        List<RfyWorkspace.Reloaded> result = ws.reload(List.of(file));
        assertNull(result.get(0).after());
        assertNull(ws.review("flowtron"));
        assertTrue(ws.problems().stream().anyMatch(p -> p.code().equals("store.unknown-review")
                && p.file().equals("reviews/2020-05/jukebox.md")), ws.problems().toString());
        assertTrue(((ReviewCrossLink) ws.review("jukebox").getCrossLinks().get(0)).eGet(
                Literals.REVIEW_CROSS_LINK__REVIEW, false) instanceof Review r && r.eIsProxy(), "back to a proxy");
        assertSameAsFullLoad(ws);

        write(file, text);
        ws.reload(List.of(root.relativize(file))); // relative paths work too
        assertNotNull(ws.review("flowtron"));
        assertEquals(List.of(), ws.problems());
        assertSameAsFullLoad(ws);
    }

    @Test
    void anAddedReviewWithADuplicateIdAndAnUnknownReviewerIsReportedAsAtLoad() throws Exception {
        Path root = ws();
        RfyWorkspace ws = RfyWorkspace.load(root);
        Path copy = root.resolve("reviews/2021-01/jukebox.md");
        write(copy, Files.readString(root.resolve("reviews/2020-05/jukebox.md")).replace("reviewer: belskikh",
                "reviewer: belskih"));
        Path misplaced = root.resolve("reviews/notes.md");
        write(misplaced, "---\n---\n");
        ws.reload(List.of(copy, misplaced));
        assertEquals(List.of("store.duplicate-id", "store.misplaced-file"),
                ws.problems().stream().map(StoreProblem::code).toList());
        assertSameAsFullLoad(ws);
    }

    @Test
    void aFileThatNoLongerParsesIsReportedItsModelDroppedAndItIsNeverWritten() throws Exception {
        Path root = ws();
        RfyWorkspace ws = RfyWorkspace.load(root);
        Path file = root.resolve("reviews/2020-05/flowtron.md");
        edit(file, "status: published", "status: [published");
        byte[] broken = Files.readAllBytes(file);
        ws.reload(List.of(file));
        StoreProblem p = ws.problems().stream().filter(q -> q.code().equals("store.yaml-syntax")).findFirst()
                .orElseThrow(() -> new AssertionError(ws.problems()));
        assertEquals("reviews/2020-05/flowtron.md", p.file());
        assertTrue(p.getLine() > 1, p.toString());
        assertNull(ws.review("flowtron"), "a full load would not have it either");
        Resource resource = ws.resourceSet().getResources().stream()
                .filter(r -> r.getURI().toFileString().endsWith("flowtron.md")).findFirst().orElseThrow();
        assertFalse(((RfyResource) resource).isWritable());
        assertThrows(IOException.class, () -> resource.save(null));
        assertEquals(new String(broken, StandardCharsets.UTF_8), Files.readString(file), "the file is untouched");
        assertSameAsFullLoad(ws);
    }

    @Test
    void reviewersYamlAndBatchesReloadToo() throws Exception {
        Path root = ws();
        RfyWorkspace ws = RfyWorkspace.load(root);
        Path reviewers = root.resolve("reviewers.yaml");
        String text = Files.readString(reviewers);
        write(reviewers, text.replace("- id: belskikh", "- id: belskikh2"));
        Path batch = root.resolve("batches/2020-05-part-1.md");
        edit(batch, "reviews: [pretrr-earl,", "reviews: [pretrr-earll,");
        ws.reload(List.of(reviewers, batch));
        assertTrue(ws.problems().stream().anyMatch(p -> p.code().equals("store.unknown-reviewer")
                && p.getMessage().contains("did you mean 'belskikh2'")), ws.problems().toString());
        assertTrue(ws.problems().stream().anyMatch(p -> p.code().equals("store.unknown-review")
                && p.file().equals("batches/2020-05-part-1.md")), ws.problems().toString());
        assertSameAsFullLoad(ws);

        write(reviewers, text);
        Files.delete(batch);
        ws.reload(List.of(reviewers, batch));
        assertEquals(List.of(), ws.problems());
        assertEquals(List.of(), ws.batches());
        assertEquals("Александр Бельских", ws.review("jukebox").getReviewer().getName());
        assertSameAsFullLoad(ws);

        Files.delete(reviewers);
        ws.reload(List.of(reviewers));
        assertSameAsFullLoad(ws);
    }

    @Test
    void pathsTheStoreDoesNotReadAreIgnored() throws Exception {
        Path root = ws();
        RfyWorkspace ws = RfyWorkspace.load(root);
        assertEquals(List.of(), ws.reload(List.of(root.resolve("corpus/000_c08bf2e11786672a.txt"),
                root.resolve(".rfy/link-check.tsv"), root.resolve("README.md"))));
        assertSameAsFullLoad(ws);
    }
}
