package io.rfy.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.model.Batch;
import io.rfy.store.WorkspaceLayout.Kind;
import io.rfy.testsupport.Samples;

/** What a path of a workspace is, ids from file names, and which batch is the newest, on the sample's files. */
class WorkspaceLayoutTest {

    @TempDir
    Path dir;

    @Test
    void kindsOfPaths() {
        assertEquals(Kind.REVIEWERS, WorkspaceLayout.kindOf("reviewers.yaml"));
        assertEquals(Kind.REVIEW, WorkspaceLayout.kindOf("reviews/2020-05/jukebox.md"));
        assertEquals(Kind.REVIEW, WorkspaceLayout.kindOf("reviews\\2020-05\\jukebox.md"));
        assertEquals(Kind.MISPLACED_REVIEW, WorkspaceLayout.kindOf("reviews/jukebox.md"));
        assertEquals(Kind.MISPLACED_REVIEW, WorkspaceLayout.kindOf("reviews/2020/05/jukebox.md"));
        assertEquals(Kind.BATCH, WorkspaceLayout.kindOf("batches/2020-05-part-1.md"));
        assertEquals(Kind.CORPUS_DOCUMENT, WorkspaceLayout.kindOf("corpus/000_c08bf2e11786672a.txt"));
        assertNull(WorkspaceLayout.kindOf("corpus/.index"), "hidden files of corpus/ are no documents");
        assertNull(WorkspaceLayout.kindOf("batches/old/2020-05-part-1.md"));
        assertNull(WorkspaceLayout.kindOf("batches/notes.txt"));
        assertNull(WorkspaceLayout.kindOf(".rfy/mentions.json"));
        assertNull(WorkspaceLayout.kindOf("README.md"));
        Path root = dir.resolve("ws");
        assertEquals(Kind.REVIEW, WorkspaceLayout.kindOf(root, root.resolve("reviews/2020-05/x.md")));
        assertEquals(Kind.REVIEW, WorkspaceLayout.kindOf(root, Path.of("reviews/2020-05/x.md")));
        assertNull(WorkspaceLayout.kindOf(root, dir.resolve("other/reviews/2020-05/x.md")), "outside the root");
    }

    @Test
    void idsPeriodsAndPaths() {
        assertEquals("jukebox", WorkspaceLayout.idOf("reviews/2020-05/jukebox.md"));
        assertEquals("2020-05-part-1", WorkspaceLayout.idOf(Path.of("batches", "2020-05-part-1.md")));
        assertEquals("000_c08bf2e11786672a", WorkspaceLayout.idOf("corpus/000_c08bf2e11786672a.txt"));
        assertTrue(WorkspaceLayout.isPeriod("2020-12"));
        assertFalse(WorkspaceLayout.isPeriod("2020-13"));
        assertFalse(WorkspaceLayout.isPeriod("2020-5"));
        assertTrue(WorkspaceLayout.isReviewId("open-domain-chatbot"));
        assertFalse(WorkspaceLayout.isReviewId("Jukebox"));
        assertFalse(WorkspaceLayout.isReviewId("a.b"));
        assertEquals("reviews/2020-05/jukebox.md", WorkspaceLayout.reviewPath("2020-05", "jukebox"));
        assertEquals("batches/2020-05-part-2.md", WorkspaceLayout.batchPath(WorkspaceLayout.batchId("2020-05", 2)));
        assertEquals("corpus/a.txt", WorkspaceLayout.corpusPath("a.txt"));
    }

    @Test
    void newestBatchIsTheLatestPeriodAndTheHighestPartAsANumber() {
        List<String> names = List.of("2020-05-part-1.md", "2020-05-part-10.md", "2020-05-part-2.md", "2019-12-part-30.md",
                "notes.md", "2020-05-part-3.txt");
        assertEquals(Optional.of("2020-05-part-10.md"), WorkspaceLayout.newestBatchName(names));
        assertEquals(Optional.of("2021-01-part-1.md"),
                WorkspaceLayout.newestBatchName(List.of("2020-12-part-9.md", "2021-01-part-1.md")));
        assertEquals(Optional.empty(), WorkspaceLayout.newestBatchName(List.of("draft.md")));
    }

    @Test
    void theBatchAtAPathAndTheNewestOfALoadedWorkspace() throws Exception {
        Path root = Samples.copyOfSample(dir.resolve("ws"));
        Path first = root.resolve("batches/2020-05-part-1.md");
        String text = Files.readString(first);
        for (int part : new int[] {2, 10}) {
            Files.writeString(root.resolve("batches/2020-05-part-" + part + ".md"),
                    text.replace("part: 1", "part: " + part).replace("Часть 1", "Часть " + part));
        }
        RfyWorkspace ws = RfyWorkspace.load(root);
        assertEquals("2020-05-part-10", WorkspaceLayout.newestBatch(ws).map(Batch::getId).orElseThrow());
        assertEquals("2020-05-part-1", WorkspaceLayout.batchAt(ws, first).orElseThrow().getId());
        assertEquals("2020-05-part-2", WorkspaceLayout.batchAt(ws, Path.of("batches/2020-05-part-2.md")).orElseThrow()
                .getId(), "a workspace-relative path");
        assertTrue(WorkspaceLayout.batchAt(ws, root.resolve("batches/2020-06-part-1.md")).isEmpty());
    }

    @Test
    void theStoreReadsWhatTheLayoutSays() throws Exception {
        Path root = Samples.copyOfSample(dir.resolve("ws"));
        Files.copy(root.resolve("reviews/2020-05/jukebox.md"), root.resolve("reviews/jukebox-copy.md"));
        Files.createDirectories(root.resolve("batches/old"));
        Files.copy(root.resolve("batches/2020-05-part-1.md"), root.resolve("batches/old/2020-05-part-1.md"));
        RfyWorkspace ws = RfyWorkspace.load(root);
        assertTrue(ws.problems().stream().anyMatch(p -> p.code().equals("store.misplaced-file")
                && p.file().equals("reviews/jukebox-copy.md")), ws.problems().toString());
        assertEquals(1, ws.batches().size(), "batches/old/ is not read");
        for (io.rfy.model.Review r : ws.reviews()) {
            assertEquals(Kind.REVIEW, WorkspaceLayout.kindOf(ws.relative(r.eResource())));
            assertEquals(r.getId(), WorkspaceLayout.idOf(ws.relative(r.eResource())));
        }
        for (Path p : ws.corpusFiles()) {
            assertEquals(Kind.CORPUS_DOCUMENT, WorkspaceLayout.kindOf(root, p));
        }
    }
}
