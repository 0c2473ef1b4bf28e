package io.rfy.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.model.ReviewStatus;
import io.rfy.testsupport.Samples;

/** Bad files are reported with file, line and column; the rest still loads; nothing unreadable is overwritten. */
class BadInputTest {

    @TempDir
    Path dir;

    private Path workspace() {
        return Samples.copyOfSample(dir.resolve("ws"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static StoreProblem only(RfyWorkspace ws, String code) {
        List<StoreProblem> found = ws.problems().stream().filter(p -> p.code().equals(code)).toList();
        assertEquals(1, found.size(), () -> "expected one " + code + " in " + ws.problems());
        return found.get(0);
    }

    @Test
    void malformedYamlNamesFileLineAndColumn() throws Exception {
        Path ws = workspace();
        write(ws.resolve("reviews/2020-05/broken.md"), "---\nreviewer: belskikh\npapers: [unclosed\nstatus: ready\n---\nbody\n");
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        StoreProblem p = only(loaded, "store.yaml-syntax");
        assertEquals("reviews/2020-05/broken.md", p.file());
        assertEquals(4, p.getLine());
        assertTrue(p.toString().startsWith("reviews/2020-05/broken.md:4:"), p.toString());
        assertEquals(7, loaded.reviews().size(), "the other reviews still load");
    }

    @Test
    void wrongTypesAreReportedPerField() throws Exception {
        Path ws = workspace();
        write(ws.resolve("reviews/2020-05/typed.md"), "---\nreviewer: belskikh\nstatus: finished\npapers:\n"
                + "  - title: T\n    year: twenty\n    authors: Single Author\ntags: [a]\n---\n");
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        List<StoreProblem> wrong = loaded.problems().stream().filter(p -> p.code().equals("store.wrong-type")).toList();
        assertEquals(List.of(3, 6, 7), wrong.stream().map(StoreProblem::getLine).toList(), wrong.toString());
        assertTrue(wrong.get(1).getMessage().contains("papers[1].year"), wrong.get(1).getMessage());
        assertEquals(9, wrong.get(0).getColumn(), "column of the status value");
    }

    @Test
    void unknownReviewerIsAnErrorWithAHint() throws Exception {
        Path ws = workspace();
        Path file = ws.resolve("reviews/2020-05/jukebox.md");
        Files.writeString(file, Files.readString(file).replace("reviewer: belskikh", "reviewer: belskih"));
        StoreProblem p = only(RfyWorkspace.load(ws), "store.unknown-reviewer");
        assertEquals("reviews/2020-05/jukebox.md", p.file());
        assertEquals(2, p.getLine());
        assertEquals(11, p.getColumn());
        assertTrue(p.getMessage().contains("did you mean 'belskikh'"), p.getMessage());
    }

    @Test
    void duplicateIdsAreErrors() throws Exception {
        Path ws = workspace();
        Files.writeString(ws.resolve("reviewers.yaml"), Files.readString(ws.resolve("reviewers.yaml"))
                + "- id: digitman\n  name: Двойник\n");
        write(ws.resolve("reviews/2020-06/jukebox.md"), Files.readString(ws.resolve("reviews/2020-05/jukebox.md")));
        List<StoreProblem> duplicates = RfyWorkspace.load(ws).problems().stream()
                .filter(p -> p.code().equals("store.duplicate-id")).toList();
        assertEquals(2, duplicates.size(), duplicates.toString());
        StoreProblem reviewer = duplicates.get(0);
        assertEquals("reviewers.yaml", reviewer.file());
        assertTrue(reviewer.getMessage().contains("first on line 5"), reviewer.getMessage());
        assertEquals(19, reviewer.getLine());
        StoreProblem review = duplicates.get(1);
        assertEquals("reviews/2020-06/jukebox.md", review.file());
        assertTrue(review.getMessage().contains("also used by reviews/2020-05/jukebox.md"), review.getMessage());
    }

    @Test
    void aBatchListingAnIdWithASlashNamesNoReview() throws Exception {
        // found by the batch-file fuzz target: the id became a URI segment and the load ended in an internal error
        Path ws = workspace();
        Path batch = ws.resolve("batches/2020-05-part-1.md");
        Files.writeString(batch, Files.readString(batch).replace("f-brs, flowtron]", "f/brs, flowtron]"));
        StoreProblem p = only(RfyWorkspace.load(ws), "store.unknown-review");
        assertEquals(8, p.getLine());
        assertTrue(p.getMessage().contains("'f/brs'"), p.getMessage());
    }

    @Test
    void unknownReviewInBatchPointsAtTheId() throws Exception {
        Path ws = workspace();
        Path batch = ws.resolve("batches/2020-05-part-1.md");
        Files.writeString(batch, Files.readString(batch).replace("f-brs, flowtron]", "fbrs, flowtron]"));
        StoreProblem p = only(RfyWorkspace.load(ws), "store.unknown-review");
        assertEquals(8, p.getLine());
        assertTrue(p.getMessage().contains("did you mean 'f-brs'"), p.getMessage());
    }

    @Test
    void billionLaughsFailsFast() throws Exception {
        Path ws = workspace();
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        write(ws.resolve("reviews/2020-05/lol.md"), yaml + "---\n");
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        StoreProblem p = loaded.problems().stream().filter(x -> x.file().endsWith("lol.md")).findFirst().orElseThrow();
        assertEquals("store.yaml-syntax", p.code());
        assertEquals(7, loaded.reviews().size());
    }

    @Test
    void anyAliasIsRefused() throws Exception {
        Path ws = workspace();
        write(ws.resolve("reviews/2020-05/alias.md"), "---\nreviewer: &r belskikh\nstatus: *r\npapers: []\n---\n");
        StoreProblem p = only(RfyWorkspace.load(ws), "store.yaml-syntax");
        assertTrue(p.getMessage().contains("aliases"), p.getMessage());
        assertEquals(2, p.getLine(), "the anchor that is used again");
    }

    @Test
    void noObjectIsConstructedFromTags() throws Exception {
        Path ws = workspace();
        write(ws.resolve("reviews/2020-05/tagged.md"), "---\nreviewer: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                + " [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\nstatus: draft\npapers: []\n---\n");
        StoreProblem p = only(RfyWorkspace.load(ws), "store.yaml-syntax");
        assertTrue(p.getMessage().contains("Global tag is not allowed"), p.getMessage());
        assertEquals(2, p.getLine());
    }

    @Test
    void invalidUtf8IsReportedWhereItIs() throws Exception {
        Path ws = workspace();
        byte[] good = "---\nreviewer: belskikh\nstatus: draft\npapers: []\n---\nПривет ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        Path file = ws.resolve("reviews/2020-05/latin1.md");
        Files.write(file, bytes);
        StoreProblem p = only(RfyWorkspace.load(ws), "store.encoding");
        assertEquals(6, p.getLine());
        assertEquals(8, p.getColumn());
    }

    @Test
    void missingOrUnclosedFrontMatter() throws Exception {
        Path ws = workspace();
        write(ws.resolve("reviews/2020-05/plain.md"), "Just a body\n");
        write(ws.resolve("reviews/2020-05/unclosed.md"), "---\nreviewer: belskikh\n");
        List<StoreProblem> found = RfyWorkspace.load(ws).problems().stream()
                .filter(p -> p.code().equals("store.front-matter")).toList();
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(1).getMessage().contains("no closing line"), found.get(1).getMessage());
    }

    @Test
    void hugeFilesAreRefusedWithoutReadingThemWhole() throws Exception {
        Path ws = workspace();
        Path file = ws.resolve("reviews/2020-05/huge.md");
        byte[] junk = new byte[(int) RfyResource.DEFAULT_MAX_BYTES + 10];
        java.util.Arrays.fill(junk, (byte) 'x');
        Files.write(file, junk);
        assertEquals("store.too-large", only(RfyWorkspace.load(ws), "store.too-large").code());
    }

    @Test
    void anUnreadableFileIsNeverOverwritten() throws Exception {
        Path ws = workspace();
        Path file = ws.resolve("reviews/2020-05/broken.md");
        write(file, "---\nreviewer: [\n---\nbody\n");
        byte[] before = Files.readAllBytes(file);
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        Resource broken = loaded.resourceSet().getResources().stream()
                .filter(r -> r.getURI().lastSegment().equals("broken.md")).findFirst().orElseThrow();
        assertFalse(((RfyResource) broken).isWritable());
        IOException e = assertThrows(IOException.class, () -> broken.save(null));
        assertTrue(e.getMessage().contains("broken.md was not saved"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFileChangedOnDiskIsNotOverwrittenSilently() throws Exception {
        Path ws = workspace();
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        Path file = ws.resolve("reviews/2020-05/jukebox.md");
        String theirs = Files.readString(file).replace("status: published", "status: draft");
        Files.writeString(file, theirs);
        loaded.review("jukebox").setStatus(ReviewStatus.READY);
        assertThrows(FileChangedException.class, () -> loaded.review("jukebox").eResource().save(null));
        assertEquals(theirs, Files.readString(file));
        loaded.review("jukebox").eResource().save(java.util.Map.of(RfyResource.OPTION_OVERWRITE_CHANGED, true));
        assertTrue(Files.readString(file).contains("status: ready"));
        try (var stream = Files.list(file.getParent())) {
            assertTrue(stream.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void notAWorkspaceFolder() {
        assertThrows(java.nio.file.NoSuchFileException.class, () -> RfyWorkspace.load(dir.resolve("missing")));
    }
}
