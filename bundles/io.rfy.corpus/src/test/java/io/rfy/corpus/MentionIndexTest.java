package io.rfy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.store.RfyWorkspace;
import io.rfy.testsupport.Samples;

/** The cached index under .rfy/: the same mentions as a fresh search, and only changed documents scanned again. */
class MentionIndexTest {

    @TempDir
    Path dir;

    private static final FileTime PAST = FileTime.fromMillis(1_600_000_000_000L);

    private Path workspaceWithSeeds() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        TestWorkspaces.addReview(ws, "clip", "Learning Transferable Visual Models From Natural Language Supervision",
                List.of("CLIP"), "https://github.com/openai/CLIP");
        TestWorkspaces.addReview(ws, "gpt-3", "Language Models are Few-Shot Learners", List.of("GPT-3"), null);
        CorpusFiles.add(List.of(Samples.repository().resolve("seeds/001_d84b8b19dd66ab17.txt"),
                Samples.repository().resolve("seeds/003_65155b8b9cab895a.txt"),
                Path.of("src/test/resources/telegram/result.json")), ws);
        for (Path f : RfyWorkspace.load(ws).corpusFiles()) {
            Files.setLastModifiedTime(f, PAST); // older than the racy window: the stamp is trusted
        }
        return ws;
    }

    @Test
    void aDocumentThatCannotBeReadIsReportedAndTriedAgainOnceFixed() throws Exception {
        Path ws = workspaceWithSeeds();
        Path bad = ws.resolve("corpus/latin1.txt");
        Files.write(bad, "CLIP \u00e9t\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.setLastModifiedTime(bad, PAST);
        MentionIndex index = MentionIndex.open(RfyWorkspace.load(ws));
        assertEquals(1, index.unreadable().size(), index.unreadable().toString());
        io.rfy.store.StoreProblem p = index.unreadable().get(0);
        assertEquals("corpus/latin1.txt", p.file());
        assertEquals("store.unreadable", p.code());
        assertEquals(1, p.getLine());
        assertEquals(6, p.getColumn());
        assertTrue(p.getMessage().contains("not valid UTF-8"), p.getMessage());
        assertEquals(new MentionIndex.Update(4, 0, 0, 0), index.lastUpdate(), "the other documents are scanned");
        assertTrue(index.mentions(null).stream().noneMatch(m -> m.document().equals("latin1")));

        Files.writeString(bad, "CLIP \u00e9t\u00e9\n");
        Files.setLastModifiedTime(bad, PAST);
        MentionIndex fixed = MentionIndex.open(RfyWorkspace.load(ws));
        assertEquals(List.of(), fixed.unreadable());
        assertEquals(new MentionIndex.Update(1, 4, 0, 0), fixed.lastUpdate(), "only the fixed document is read");
        assertTrue(fixed.mentions(null).stream().anyMatch(m -> m.document().equals("latin1")));
    }

    @Test
    void incrementalUpdates() throws Exception {
        Path ws = workspaceWithSeeds();
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        MentionIndex first = MentionIndex.open(loaded);
        assertEquals(new MentionIndex.Update(4, 0, 0, 0), first.lastUpdate());
        assertTrue(Files.isRegularFile(ws.resolve(".rfy/mentions.cache")));
        assertEquals(MentionFinder.find(loaded, null), first.mentions(null), "the index finds what a fresh search finds");
        assertEquals(MentionFinder.find(loaded, "clip"), first.mentions("clip"));

        MentionIndex second = MentionIndex.open(RfyWorkspace.load(ws));
        assertEquals(new MentionIndex.Update(0, 4, 0, 0), second.lastUpdate(), "nothing changed: nothing read");
        assertEquals(first.mentions(null), second.mentions(null), "the cache keeps every field");

        Path seed = ws.resolve("corpus/003_65155b8b9cab895a.txt");
        Files.setLastModifiedTime(seed, FileTime.fromMillis(PAST.toMillis() + 60_000));
        assertEquals(new MentionIndex.Update(0, 3, 1, 0), MentionIndex.open(RfyWorkspace.load(ws)).lastUpdate(),
                "touched, same bytes: hashed, not scanned");

        Path channel = ws.resolve("corpus/001_d84b8b19dd66ab17.txt");
        Files.writeString(channel, Files.readString(channel) + "\nНовый пост: CLIPа дообучили.\n");
        Files.setLastModifiedTime(channel, PAST);
        Files.delete(ws.resolve("corpus/result.json"));
        MentionIndex third = MentionIndex.open(RfyWorkspace.load(ws));
        assertEquals(new MentionIndex.Update(1, 2, 0, 1), third.lastUpdate(), "same time, other size: scanned");
        List<Mention> added = third.mentions("clip").stream().filter(m -> m.document().equals("001_d84b8b19dd66ab17"))
                .toList();
        assertEquals("CLIP", added.get(added.size() - 1).quote(), "the quote is the name; the ending stays outside");
        assertTrue(added.get(added.size() - 1).suffix().startsWith("а дообучили"));

        TestWorkspaces.addReview(ws, "dall-e", "Zero-Shot Text-to-Image Generation", List.of("DALL-E"), null);
        MentionIndex renamed = MentionIndex.open(RfyWorkspace.load(ws));
        assertEquals(new MentionIndex.Update(3, 0, 0, 0), renamed.lastUpdate(), "other names: everything scanned");
        assertEquals(2, renamed.mentions("dall-e").size());
    }

    @Test
    void anIndexReadsItsOwnBlocksAfterAnotherWriterReplacedTheCache() throws Exception {
        // the IDE's builder keeps an index while a view opens another on the same workspace: the second writes a new
        // cache (other names here, so other blocks at other offsets) over the first one's file
        Path ws = workspaceWithSeeds();
        RfyWorkspace before = RfyWorkspace.load(ws);
        try (MentionIndex kept = MentionIndex.open(before)) {
            TestWorkspaces.addReview(ws, "dall-e", "Zero-Shot Text-to-Image Generation", List.of("DALL-E"), null);
            try (MentionIndex other = MentionIndex.open(RfyWorkspace.load(ws))) {
                assertEquals(new MentionIndex.Update(4, 0, 0, 0), other.lastUpdate(), "the cache was written again");
                assertEquals(MentionFinder.find(before, null), kept.mentions(null), "the kept index's own mentions");
                assertEquals(MentionFinder.find(before, "clip"), kept.mentions("clip"), "one review's span of a block");
            }
        }
        try (var left = Files.list(ws.resolve(".rfy"))) {
            assertEquals(List.of("mentions.cache"), left.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file left");
        }
    }

    @Test
    void aDamagedCacheIsOnlyASlowerStart() throws Exception {
        Path ws = workspaceWithSeeds();
        Files.createDirectories(ws.resolve(".rfy"));
        Files.write(ws.resolve(".rfy/mentions.cache"), new byte[] {0, 14, 'r', 'f', 'y', '-', 'm', 'e', 'n', 't', 1});
        MentionIndex index = MentionIndex.open(RfyWorkspace.load(ws));
        assertEquals(4, index.lastUpdate().scanned());
        assertEquals(MentionFinder.find(RfyWorkspace.load(ws), null), index.mentions(null));
    }

    @Test
    void mentionsInATelegramExportCountCodePointsAndKeepNamesWhole() throws Exception {
        Path ws = workspaceWithSeeds();
        List<Mention> inExport = MentionIndex.open(RfyWorkspace.load(ws)).mentions(null).stream()
                .filter(m -> m.document().equals("result")).toList();
        // CLIPом after an emoji outside the BMP; not GPT-3.5, not eclipse, not blog/clip/ in a link
        assertEquals(List.of("CLIP"), inExport.stream().map(Mention::quote).toList(), inExport.toString());
        String text = CorpusText.read(ws.resolve("corpus/result.json"));
        Mention clip = inExport.get(0);
        int chars = text.indexOf("CLIPом");
        assertTrue(text.codePointCount(0, chars) < chars);
        assertEquals(text.codePointCount(0, chars), clip.start());
        assertEquals(clip.start() + 4, clip.end());
        assertEquals("Learning Transferable Visual Models From Natural Language Supervision", clip.paper());
    }

    @Test
    void repositoryUrlsAreMentionsButNotLongerOnes() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        TestWorkspaces.addReview(ws, "gpt-neo", "GPT-Neo", List.of(), "https://github.com/EleutherAI/gpt-neo.git");
        CorpusFiles.add(List.of(Path.of("src/test/resources/telegram/messages.html"),
                Samples.repository().resolve("seeds/003_65155b8b9cab895a.txt")), ws);
        List<String> quotes = MentionFinder.find(RfyWorkspace.load(ws), "gpt-neo").stream()
                .map(m -> m.document() + ":" + m.quote()).toList();
        assertEquals(List.of("003_65155b8b9cab895a:GPT-Neo", "003_65155b8b9cab895a:github.com/EleutherAI/gpt-neo",
                "messages:GPT-Neo", "messages:github.com/EleutherAI/gpt-neo"), quotes, "not GPT-Neox nor gpt-neox");
    }
}
