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

/**
 * The sample's corpus cross-link re-anchored after its digest is edited, and what is wrong with it then. Where the
 * problem is reported (file, line) is validation's business: see io.rfy.validation's CorpusAnchorValidationTest.
 */
class CorpusAnchorsTest {

    private static final String DIGEST = "corpus/000_c08bf2e11786672a.txt";

    @TempDir
    Path dir;

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
        assertNull(CorpusAnchors.problem(link(ws), r), "an exact anchor is no problem");
    }

    @Test
    void movedFuzzyBrokenAndUnknown() throws Exception {
        Path root = Samples.copyOfSample(dir.resolve("ws"));
        Path digest = root.resolve(DIGEST);
        String original = Files.readString(digest);

        // a re-import that changed the words around the quote and added a paragraph above it
        Files.writeString(digest, "Новый абзац 😀 сверху.\n\n" + original.replace("о новых дипфейк-алгоритмах. \n\n",
                "о новых дипфейках.\n\n"));
        RfyWorkspace ws = RfyWorkspace.load(root);
        CorpusAnchors.Resolution moved = CorpusAnchors.resolve(ws, link(ws));
        assertEquals(CorpusAnchors.Status.MOVED, moved.status());
        assertEquals("MakeItTalk", moved.found());
        CorpusAnchors.Problem problem = CorpusAnchors.problem(link(ws), moved);
        assertEquals(CorpusAnchors.MOVED, problem.code());
        assertEquals(StoreProblem.Severity.WARNING, problem.severity());
        assertEquals(moved.start() + "-" + moved.end(), problem.suggestion());

        // the name re-typed with another spelling: found approximately, between the same words
        Files.writeString(digest, original.replace("MakeItTalk", "Make It Talk"));
        ws = RfyWorkspace.load(root);
        CorpusAnchors.Resolution fuzzy = CorpusAnchors.resolve(ws, link(ws));
        assertEquals(CorpusAnchors.Status.FUZZY, fuzzy.status());
        assertEquals("Make It Talk", fuzzy.found());
        CorpusAnchors.Problem warning = CorpusAnchors.problem(link(ws), fuzzy);
        assertEquals(CorpusAnchors.FUZZY, warning.code());
        assertEquals(StoreProblem.Severity.INFO, warning.severity());
        assertEquals("Make It Talk", warning.suggestion());

        // the passage is gone
        Files.writeString(digest, original.replace("MakeItTalk", "алгоритм Adobe"));
        ws = RfyWorkspace.load(root);
        CorpusAnchors.Resolution broken = CorpusAnchors.resolve(ws, link(ws));
        assertEquals(CorpusAnchors.Status.BROKEN, broken.status());
        CorpusAnchors.Problem error = CorpusAnchors.problem(link(ws), broken);
        assertEquals(CorpusAnchors.BROKEN, error.code());
        assertEquals(StoreProblem.Severity.ERROR, error.severity());
        assertTrue(error.message().contains("«MakeItTalk» is no longer in corpus document"), error.message());

        Files.delete(digest);
        ws = RfyWorkspace.load(root);
        assertNull(CorpusAnchors.resolve(ws, link(ws)), "no document, no resolution (validation reports it)");
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
