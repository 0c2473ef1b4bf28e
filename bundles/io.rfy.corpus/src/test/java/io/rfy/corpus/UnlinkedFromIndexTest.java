package io.rfy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.model.Review;
import io.rfy.store.RfyWorkspace;
import io.rfy.testsupport.Samples;

/**
 * Unlinked mentions come from the cached {@link MentionIndex}; they must be exactly what a fresh search of the whole
 * corpus ({@link MentionFinder#find}) gives, ranked the same, for every review, before and after a document changes.
 */
class UnlinkedFromIndexTest {

    @TempDir
    Path dir;

    /** The sample with every seed as corpus, two more reviews, and MakeItTalk's corpus cross-link taken out. */
    private Path workspace() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        TestWorkspaces.addReview(ws, "clip", "Learning Transferable Visual Models From Natural Language Supervision",
                List.of("CLIP"), "https://github.com/openai/CLIP");
        TestWorkspaces.addReview(ws, "gpt-3", "Language Models are Few-Shot Learners", List.of("GPT-3"), null);
        List<Path> seeds = new ArrayList<>();
        for (String seed : List.of("001_d84b8b19dd66ab17", "002_0ef65161becd3671", "003_65155b8b9cab895a",
                "004_5567fbc14159c4b5")) {
            seeds.add(Samples.repository().resolve("seeds/" + seed + ".txt"));
        }
        CorpusFiles.add(seeds, ws);
        // a review body that names other reviews' papers: these mentions are not in the corpus index
        Path clip = ws.resolve("reviews/2021-01/clip.md");
        Files.writeString(clip, Files.readString(clip) + "Сравнивают с GPT-3 и с MakeItTalk-ом.\n");
        Path makeittalk = ws.resolve("reviews/2020-05/makeittalk.md");
        Files.writeString(makeittalk, Files.readString(makeittalk).replaceFirst("  - \\{corpus: .*\\n", ""));
        return ws;
    }

    /** Compares both ways for every review; returns how many unlinked mentions there were in all. */
    private static int assertSameAsFreshSearch(Path root) throws Exception {
        RfyWorkspace ws = RfyWorkspace.load(root);
        int all = 0;
        for (Review review : ws.reviews()) {
            List<Mention> fresh = CrossLinks.ranked(MentionFinder.find(ws, review.getId()), review);
            List<Mention> cached = CrossLinks.unlinked(ws, review);
            assertEquals(fresh, cached, review.getId());
            all += cached.size();
        }
        return all;
    }

    @Test
    void theIndexGivesWhatAFreshSearchGivesOnTheSeeds() throws Exception {
        Path root = workspace();
        int all = assertSameAsFreshSearch(root);
        assertTrue(all > 50, "the seeds name the sample's papers, CLIP and GPT-3 often: " + all);
        RfyWorkspace ws = RfyWorkspace.load(root);
        List<Mention> makeittalk = CrossLinks.unlinked(ws, ws.review("makeittalk"));
        // the digest's mention is unlinked again now that its cross-link is gone
        assertTrue(makeittalk.stream().anyMatch(m -> m.document().equals("000_c08bf2e11786672a")
                && m.quote().equals("MakeItTalk")), makeittalk.toString());
        assertTrue(makeittalk.stream().anyMatch(m -> m.document().equals("review:clip")), makeittalk.toString());
        assertTrue(Files.isRegularFile(root.resolve(MentionIndex.CACHE)), "the index is cached");
    }

    @Test
    void theSameAfterADocumentChangesAndOneIsRemoved() throws Exception {
        Path root = workspace();
        assertSameAsFreshSearch(root);
        Path digest = root.resolve("corpus/002_0ef65161becd3671.txt");
        Files.writeString(digest, Files.readString(digest) + "\nЕщё раз про CLIP и про MakeItTalk-а, и GPT-3-ем.\n");
        Files.delete(root.resolve("corpus/003_65155b8b9cab895a.txt"));
        MentionIndex index = MentionIndex.open(RfyWorkspace.load(root));
        assertEquals(1, index.lastUpdate().scanned(), "only the changed document is scanned again");
        assertEquals(1, index.lastUpdate().dropped());
        assertSameAsFreshSearch(root);
        RfyWorkspace ws = RfyWorkspace.load(root);
        assertTrue(CrossLinks.unlinked(ws, ws.review("makeittalk")).stream()
                .anyMatch(m -> m.document().equals("002_0ef65161becd3671") && m.quote().equals("MakeItTalk")));
    }

    @Test
    void aReadOnlyCacheFolderStillGivesTheMentions() throws Exception {
        Path root = workspace();
        Files.createDirectories(root.resolve(".rfy"));
        root.resolve(".rfy").toFile().setWritable(false);
        try {
            RfyWorkspace ws = RfyWorkspace.load(root);
            MentionIndex index = MentionIndex.open(ws);
            if (!root.resolve(".rfy").toFile().canWrite()) { // not when the tests run as root
                assertTrue(index.cacheError() != null, "the failed save is reported");
            }
            Review review = ws.review("makeittalk");
            assertEquals(CrossLinks.ranked(MentionFinder.find(ws, "makeittalk"), review), CrossLinks.unlinked(index, review));
        } finally {
            root.resolve(".rfy").toFile().setWritable(true);
        }
    }
}
