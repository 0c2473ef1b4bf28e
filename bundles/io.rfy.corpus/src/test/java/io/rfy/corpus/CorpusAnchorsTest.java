package io.rfy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.model.CorpusCrossLink;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.StoreProblem;
import io.rfy.testsupport.Samples;

/** The sample's corpus cross-link re-anchored after its digest is edited, and reported where it no longer resolves. */
class CorpusAnchorsTest {

    private static final String DIGEST = "corpus/000_c08bf2e11786672a.txt";

    @TempDir
    Path dir;

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static CorpusCrossLink link(RfyWorkspace ws) {
        return (CorpusCrossLink) ws.review("makeittalk").getCrossLinks().get(1);
    }

    @Test
    void resolvesAsWrittenInTheSample() throws Exception {
        RfyWorkspace ws = RfyWorkspace.load(Samples.sampleWorkspace());
        CorpusAnchors.Resolution r = CorpusAnchors.resolve(ws, link(ws));
        assertEquals(CorpusAnchors.Status.EXACT, r.status());
        String text = Files.readString(Samples.sampleWorkspace().resolve(DIGEST));
        assertEquals("MakeItTalk", text.substring(text.offsetByCodePoints(0, r.start()), text.offsetByCodePoints(0, r.end())));
        assertEquals(List.of(), CorpusAnchors.check(ws));
    }

    @Test
    void movedFuzzyBrokenAndUnknown() throws Exception {
        Path root = Samples.copyOfSample(dir.resolve("ws"));
        Path digest = root.resolve(DIGEST);
        String original = Files.readString(digest);
        Path review = root.resolve("reviews/2020-05/makeittalk.md");
        int line = lineOf(review, "{corpus: 000_c08bf2e11786672a");

        // a re-import that changed the words around the quote and added a paragraph above it
        Files.writeString(digest, "Новый абзац 😀 сверху.\n\n" + original.replace("о новых дипфейк-алгоритмах. \n\n",
                "о новых дипфейках.\n\n"));
        RfyWorkspace ws = RfyWorkspace.load(root);
        CorpusAnchors.Resolution moved = CorpusAnchors.resolve(ws, link(ws));
        assertEquals(CorpusAnchors.Status.MOVED, moved.status());
        assertEquals("MakeItTalk", moved.found());
        List<StoreProblem> problems = CorpusAnchors.check(ws);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(CorpusAnchors.MOVED, problems.get(0).code());
        assertEquals(StoreProblem.Severity.WARNING, problems.get(0).severity());
        assertEquals(moved.start() + "-" + moved.end(), CorpusAnchors.problem(link(ws), moved).suggestion());

        // the name re-typed with another spelling: found approximately, between the same words
        Files.writeString(digest, original.replace("MakeItTalk", "Make It Talk"));
        ws = RfyWorkspace.load(root);
        CorpusAnchors.Resolution fuzzy = CorpusAnchors.resolve(ws, link(ws));
        assertEquals(CorpusAnchors.Status.FUZZY, fuzzy.status());
        assertEquals("Make It Talk", fuzzy.found());
        StoreProblem warning = CorpusAnchors.check(ws).get(0);
        assertEquals(CorpusAnchors.FUZZY, warning.code());
        assertEquals(StoreProblem.Severity.INFO, warning.severity());
        assertEquals("Make It Talk", CorpusAnchors.problem(link(ws), fuzzy).suggestion());
        assertEquals("reviews/2020-05/makeittalk.md", warning.file());
        assertEquals(line, warning.getLine(), "reported at the cross-link's line");

        // the passage is gone
        Files.writeString(digest, original.replace("MakeItTalk", "алгоритм Adobe"));
        ws = RfyWorkspace.load(root);
        assertEquals(CorpusAnchors.Status.BROKEN, CorpusAnchors.resolve(ws, link(ws)).status());
        StoreProblem error = CorpusAnchors.check(ws).get(0);
        assertEquals(CorpusAnchors.BROKEN, error.code());
        assertEquals(StoreProblem.Severity.ERROR, error.severity());
        assertEquals(line, error.getLine());
        assertTrue(error.toString().startsWith("reviews/2020-05/makeittalk.md:" + line + ":"), error.toString());

        Files.delete(digest);
        ws = RfyWorkspace.load(root);
        assertNull(CorpusAnchors.resolve(ws, link(ws)));
        assertEquals(CorpusAnchors.UNKNOWN_DOCUMENT, CorpusAnchors.check(ws).get(0).code());
    }

    @Test
    void approximateMatchPrefersTheOldSurroundings() {
        String text = "GPT-3 в начале. Потом снова Gpt 3 между словами и в конце GPT 3!";
        CorpusAnchors.Resolution r = CorpusAnchors.resolve(text, "GPT-3", "Потом снова ", " между");
        assertEquals(CorpusAnchors.Status.MOVED, r.status(), "the exact quote first, wherever it is");
        CorpusAnchors.Resolution f = CorpusAnchors.resolve(text.replace("GPT-3 в", "Модель в"), "GPT-3", "Потом снова ",
                " между");
        assertEquals(CorpusAnchors.Status.FUZZY, f.status());
        assertEquals("Gpt 3", f.found());
        assertEquals(CorpusAnchors.Status.BROKEN, CorpusAnchors.resolve("совсем другой текст", "Flowtron", "", "").status());
    }
}
