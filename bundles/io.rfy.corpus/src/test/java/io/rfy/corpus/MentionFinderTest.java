package io.rfy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.store.RfyWorkspace;
import io.rfy.testsupport.Samples;

/** Mentions of the sample's papers in the real seeds, with code point offsets that point at the quote. */
class MentionFinderTest {

    @TempDir
    Path dir;

    @Test
    void makeItTalkInTheOctoberDigestWhereTheSampleLinksIt() throws Exception {
        RfyWorkspace ws = RfyWorkspace.load(Samples.sampleWorkspace());
        List<Mention> mentions = MentionFinder.find(ws, "makeittalk");
        List<Mention> inDigest = mentions.stream().filter(m -> m.document().equals("000_c08bf2e11786672a")).toList();
        assertTrue(!inDigest.isEmpty(), mentions.toString());
        String text = Files.readString(Samples.sampleWorkspace().resolve("corpus/000_c08bf2e11786672a.txt"));
        for (Mention m : inDigest) {
            int from = text.offsetByCodePoints(0, m.start());
            int to = text.offsetByCodePoints(0, m.end());
            assertEquals(m.quote(), text.substring(from, to), "offsets count code points");
            assertEquals("MakeItTalk", m.quote());
            assertEquals("MakeItTalk", m.item(), "the digest section it is in");
        }
        // the sample's hand-made cross-link anchors the same passage
        assertTrue(inDigest.stream().anyMatch(m -> m.prefix().endsWith("о новых дипфейк-алгоритмах. \n\n")), inDigest.toString());
    }

    @Test
    void offsetsAfterEmojiOutsideTheBmp() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        Files.copy(Samples.repository().resolve("seeds/001_d84b8b19dd66ab17.txt"), ws.resolve("corpus/001.txt"));
        Path review = ws.resolve("reviews/2020-05/jukebox.md");
        Files.writeString(review, Files.readString(review).replace("    year: 2020\n", "    year: 2020\n    aliases: [GauGAN2]\n"));
        List<Mention> clip = MentionFinder.find(RfyWorkspace.load(ws), "jukebox").stream()
                .filter(m -> m.document().equals("001") && m.quote().equals("GauGAN2")).toList();
        String text = Files.readString(ws.resolve("corpus/001.txt"));
        assertTrue(clip.size() >= 3, clip.toString());
        assertTrue(text.codePointCount(0, text.length()) < text.length(), "the seed has surrogate pairs");
        for (Mention m : clip) {
            assertEquals(m.quote(), text.substring(text.offsetByCodePoints(0, m.start()), text.offsetByCodePoints(0, m.end())));
        }
    }

    @Test
    void addingCorpusFilesKeepsThemAsGivenAndRefusesClashes() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        Path seed = Samples.repository().resolve("seeds/001_d84b8b19dd66ab17.txt");
        assertEquals(List.of("corpus/001_d84b8b19dd66ab17.txt"), CorpusFiles.add(List.of(seed), ws));
        assertEquals(Files.readString(seed), Files.readString(ws.resolve("corpus/001_d84b8b19dd66ab17.txt")));
        assertEquals(List.of(), CorpusFiles.add(List.of(seed), ws), "the same file again: nothing to do");
        Path clash = dir.resolve("001_d84b8b19dd66ab17.txt");
        Files.writeString(clash, "другой текст");
        Path fine = dir.resolve("fine.txt");
        Files.writeString(fine, "текст");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> CorpusFiles.add(List.of(fine, clash), ws)).getMessage().contains("already exists"));
        assertTrue(!Files.exists(ws.resolve("corpus/fine.txt")), "nothing copied when one file is refused");
    }
}
