package io.rfy.habr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.store.RfyWorkspace;
import io.rfy.testsupport.Samples;

/** Writing an import into a workspace, and posts that are cut off, incomplete or not posts at all. */
class ImportEdgesTest {

    @TempDir
    Path dir;

    private static String seed() throws Exception {
        return Files.readString(Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt"));
    }

    @Test
    void importIntoAnEmptyFolderGivesAValidWorkspace() throws Exception {
        Path ws = dir.resolve("ws");
        List<String> written = WorkspaceImport.write(HabrTextImporter.read(seed()), ws);
        assertEquals(9, written.size(), written.toString());
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        assertEquals(List.of(), loaded.problems());
        assertEquals(7, loaded.batches().get(0).getReviews().size());
        assertEquals("belskikh", loaded.review("jukebox").getReviewer().getId());
        assertTrue(!Files.exists(ws.resolve(".rfy")) || isEmpty(ws.resolve(".rfy")), "no staging left behind");
        assertEquals(List.of(), WorkspaceImport.write(HabrTextImporter.read(seed()), ws), "a second import changes nothing");
    }

    @Test
    void knownReviewersAreReusedByTheirSlackHandle() throws Exception {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        Files.writeString(ws.resolve("reviewers.yaml"), "# editors keep this file\n- id: rodichev\n  name: Артём Родичев\n"
                + "  slack: fuckai\n");
        WorkspaceImport.write(HabrTextImporter.read(seed()), ws);
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        assertEquals("rodichev", loaded.review("recipes-for-building-an-open-domain").getReviewer().getId());
        assertEquals(5, loaded.reviewers().getReviewers().size());
        assertTrue(Files.readString(ws.resolve("reviewers.yaml")).startsWith("# editors keep this file\n- id: rodichev\n"));
    }

    @Test
    void aConflictWritesNothing() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        Path makeittalk = ws.resolve("reviews/2020-05/makeittalk.md");
        byte[] before = Files.readAllBytes(makeittalk);
        byte[] reviewers = Files.readAllBytes(ws.resolve("reviewers.yaml"));
        IOExceptionHolder.assertConflict(() -> WorkspaceImport.write(HabrTextImporter.read(seed()), ws));
        assertArrayEquals(before, Files.readAllBytes(makeittalk));
        assertArrayEquals(reviewers, Files.readAllBytes(ws.resolve("reviewers.yaml")));
        assertTrue(!Files.exists(ws.resolve("reviews/2020-05/jukebox.md.tmp")));
        assertTrue(!Files.exists(ws.resolve("batches/2020-05-part-1.md")) || Files.readString(
                ws.resolve("batches/2020-05-part-1.md")).contains("pretrr-earl"), "the sample's batch is untouched");
    }

    @Test
    void aTruncatedPostIsImportedAsFarAsItGoesAndSaysSo() throws Exception {
        String text = seed();
        String cut = text.substring(0, text.indexOf("4. Recipes for building an open-domain chatbot\n"));
        ImportedBatch imported = HabrTextImporter.read(cut);
        assertEquals(3, imported.reviews().size());
        assertTrue(imported.notes().stream().anyMatch(n -> n.code().equals("habr.truncated")), imported.notes().toString());
    }

    @Test
    void aReviewWithoutItsAuthorLineIsAnErrorAtItsLine() throws Exception {
        String text = seed().replace("Автор обзора: Евгений Кашин (в слэке digitman, на habr digitman)\n", "");
        ImportedBatch imported = HabrTextImporter.read(text);
        ImportNote note = imported.notes().stream().filter(n -> n.code().equals("habr.no-reviewer")).findFirst().orElseThrow();
        assertEquals(71, note.line());
        assertTrue(imported.hasErrors());
        assertEquals(7, imported.reviews().size(), "the rest is still read");
        assertEquals(4, imported.reviewers().size());
    }

    @Test
    void junkIsRefusedQuickly() {
        StringBuilder junk = new StringBuilder(20 * 1024 * 1024);
        java.util.Random random = new java.util.Random(1);
        while (junk.length() < 20 * 1024 * 1024) {
            junk.append((char) ('a' + random.nextInt(26))).append(random.nextInt(9) == 0 ? "\n" : "");
        }
        long start = System.nanoTime();
        ImportedBatch imported = HabrTextImporter.read(junk.toString());
        assertTrue(imported.reviews().isEmpty());
        assertEquals("habr.no-title", imported.notes().get(0).code());
        System.out.printf("20 MB of junk refused in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static boolean isEmpty(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** assertThrows for a body that throws a checked exception. */
    private interface IOExceptionHolder {
        void run() throws Exception;

        static void assertConflict(IOExceptionHolder body) {
            WorkspaceImport.ConflictException e = assertThrows(WorkspaceImport.ConflictException.class, body::run);
            assertTrue(e.getMessage().contains("already exists with other content"), e.getMessage());
        }
    }
}
