package io.rfy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.model.CorpusCrossLink;
import io.rfy.model.Review;
import io.rfy.store.RfyWorkspace;
import io.rfy.testsupport.Samples;

/** From an unlinked mention to a cross-link in the review file, and back again as a backlink. */
class CrossLinksTest {

    @TempDir
    Path dir;

    @Test
    void aLinkedMentionIsNoSuggestion() throws Exception {
        // a copy: the index writes its cache under .rfy/, which must not land in the repository's sample
        RfyWorkspace ws = RfyWorkspace.load(Samples.copyOfSample(dir.resolve("ws")));
        assertEquals(List.of(), CrossLinks.unlinked(ws, ws.review("makeittalk")));
    }

    @Test
    void acceptingASuggestionWritesAnAnchoredCrossLink() throws Exception {
        Path root = Samples.copyOfSample(dir.resolve("ws"));
        Path file = root.resolve("reviews/2020-05/makeittalk.md");
        String before = Files.readString(file);
        Files.writeString(file, before.replaceFirst("  - \\{corpus: .*\\n", ""));
        RfyWorkspace ws = RfyWorkspace.load(root);
        Review review = ws.review("makeittalk");
        List<Mention> suggestions = CrossLinks.unlinked(ws, review);
        assertEquals(1, suggestions.size(), suggestions.toString());
        CrossLinks.accept(ws, review, suggestions.get(0));
        String after = Files.readString(file);
        assertTrue(after.contains("# figures re-uploaded to habrastorage later"), "the rest of the file is kept");
        assertTrue(after.contains("  - {corpus: 000_c08bf2e11786672a, quote: MakeItTalk, prefix: "), after);
        RfyWorkspace reloaded = RfyWorkspace.load(root);
        assertEquals(List.of(), reloaded.problems());
        assertEquals(List.of(), CrossLinks.unlinked(reloaded, reloaded.review("makeittalk")));
        CorpusCrossLink link = (CorpusCrossLink) reloaded.review("makeittalk").getCrossLinks().get(1);
        assertEquals(suggestions.get(0).suffix(), link.getSuffix());
    }

    @Test
    void backlinks() throws Exception {
        RfyWorkspace ws = RfyWorkspace.load(Samples.sampleWorkspace());
        List<String> toFlowtron = CrossLinks.backlinks(ws, ws.review("flowtron")).stream().map(Review::getId).toList();
        assertEquals(List.of("jukebox", "makeittalk"), toFlowtron);
    }
}
