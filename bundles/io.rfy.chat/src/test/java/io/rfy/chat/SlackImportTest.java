package io.rfy.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.habr.HabrTextImporter;
import io.rfy.habr.ImportedBatch;
import io.rfy.model.Link;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.store.RfyWorkspace;
import io.rfy.testsupport.Samples;

/**
 * The channel export of seed 004's seven reviews (releng/test-support/slack-004: one message per review, its
 * reviewer as author, the URLs present) captured into a workspace, against the published batch (the seed).
 */
class SlackImportTest {

    static Path export() {
        return Samples.repository().resolve("releng/test-support/slack-004");
    }

    private static SlackCapture.Result capture() throws IOException {
        try (SlackExport export = SlackExport.open(export())) {
            return SlackCapture.read(export, "article_essense", null, null, null);
        }
    }

    private static String paper(Paper p) {
        return p.getTitle() + " | " + p.getAuthors() + " | " + p.getAffiliations() + " | " + p.getYear() + " | "
                + p.getLinks().stream().map(Link::getLabel).toList();
    }

    @Test
    void theSevenReviewsReadAsThePublishedBatchHasThem() throws IOException {
        SlackCapture.Result r = capture();
        ImportedBatch published = HabrTextImporter.read(Files.readString(
                Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt"), StandardCharsets.UTF_8));
        assertEquals(7, r.reviews().size());
        assertEquals(published.reviews().stream().map(Review::getId).toList(),
                r.reviews().stream().map(c -> c.review().getId()).toList());
        for (int i = 0; i < 7; i++) {
            Review mine = r.reviews().get(i).review();
            Review theirs = published.reviews().get(i);
            assertEquals(theirs.getPapers().stream().map(SlackImportTest::paper).toList(),
                    mine.getPapers().stream().map(SlackImportTest::paper).toList());
            assertEquals(theirs.getReviewer().getSlack(), r.reviews().get(i).reviewer().getSlack());
            assertEquals(theirs.getReviewer().getName(), r.reviews().get(i).reviewer().getName());
            // the body's words are the published ones (the scrape's lost figures aside)
            assertEquals(words(theirs.getBody()), words(mine.getBody()), mine.getId());
            assertEquals("2020-05", mine.getPeriod());
        }
        List<String> urls = r.reviews().stream().flatMap(c -> c.review().getPapers().stream())
                .flatMap(p -> p.getLinks().stream()).map(Link::getUrl).toList();
        assertEquals(17, urls.size());
        assertTrue(urls.stream().allMatch(u -> u.startsWith("https://")), urls.toString());
        // the Jukebox message has rich-text blocks; its body came from them and reads the same
        assertTrue(r.reviews().get(2).review().getBody().startsWith("Прорывная работа от OpenAI"));
        // images attached to the messages are figures, noted for re-hosting
        String flowtron = r.reviews().get(6).review().getBody();
        assertTrue(flowtron.contains("![figure-7-1.png](https://files.slack.com/files-pri/"), flowtron);
        assertTrue(r.reviews().get(6).notes().stream().anyMatch(n -> n.contains("re-host it on habrastorage")));
    }

    private static String words(String text) {
        return List.of(text.replaceAll("!\\[[^\\]]*\\]\\([^)]*\\)", " ").replaceAll("[*\\\\]|^- |\\n- ", " ").split("\\s+")).stream().filter(w -> !w.isEmpty())
                .collect(Collectors.joining(" "));
    }

    @Test
    void whatIsNotAReviewIsListedWithTheReason() throws IOException {
        SlackCapture.Result r = capture();
        assertEquals(List.of(
                "2020-05-01 Александр Бельских: a channel event (channel_join)",
                "2020-05-04 Александр Бельских: a reply in a thread",
                "2020-05-09 Артем Родичев: not a review: no «Авторы статьи: ...» line after the first line",
                "2020-05-12 B0RSSFEED: a bot's message",
                "2020-05-15 Slackbot: deleted",
                "2020-05-20 Илья Петров: not a review: no «Авторы статьи: ...» line after the first line"),
                r.skipped().stream().map(s -> s.date() + " " + s.author() + ": " + s.why()).toList());
        assertTrue(r.skipped().get(2).firstWords().startsWith("Кто-нибудь уже смотрел"));
        assertEquals(13, r.messages());
    }

    @Test
    void importTwiceUpdatesUnchangedDraftsAndNeverTouchesAnEditedOne(@TempDir Path dir) throws IOException {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        // the sample already has these reviews (published, from the Habr post): the drafts get ids of their own
        SlackImport.Outcome first = SlackImport.write(capture(), ws);
        assertEquals(7, first.created().size());
        assertTrue(first.created().contains("reviews/2020-05/jukebox-2.md"), first.created().toString());
        assertFalse(first.written().contains("reviewers.yaml"), "all five reviewers are matched by their Slack handle");
        String jukebox = Files.readString(ws.resolve("reviews/2020-05/jukebox-2.md"));
        assertTrue(jukebox.contains("reviewer: belskikh\nstatus: draft\n"), jukebox);
        assertTrue(jukebox.contains("x-slack: {channel: \"article_essense\", ts: \"1589103000.000110\", permalink:"
                + " \"https://slack.com/archives/C0ARTESSNS/p1589103000000110\", digest: \""), jukebox);
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        assertFalse(loaded.hasErrors(), loaded.problems().toString());
        assertNotNull(loaded.review("jukebox-2"));
        assertEquals("rodichev", loaded.review("recipes-for-building-an-open-domain").getReviewer().getId());

        // again: nothing changes
        SlackImport.Outcome second = SlackImport.write(capture(), ws);
        assertEquals(List.of(), second.written());
        assertEquals(7, second.unchanged().size());

        // a person edits one draft; a draft left as imported is updated when the message changes
        Path edited = ws.resolve("reviews/2020-05/flowtron-2.md");
        Files.writeString(edited, Files.readString(edited).replace("status: draft", "status: ready"));
        Path untouched = ws.resolve("reviews/2020-05/jukebox-2.md");
        Files.writeString(untouched, jukebox.replace("Прорывная работа", "Старый текст"));
        assertFalse(XSlack.unchangedSinceImport(Files.readString(untouched)));
        Files.writeString(untouched, jukebox);
        String oldFlowtron = Files.readString(edited);

        SlackCapture.Result again = capture();
        again.reviews().get(2).review().setBody("Новый текст сообщения.\n");
        again.reviews().get(6).review().setBody("Новый текст сообщения.\n");
        SlackImport.Outcome third = SlackImport.write(again, ws);
        assertEquals(List.of("reviews/2020-05/jukebox-2.md"), third.updated());
        assertEquals(List.of("reviews/2020-05/flowtron-2.md"), third.keptEdited());
        assertEquals(oldFlowtron, Files.readString(edited));
        assertTrue(Files.readString(untouched).endsWith("---\nНовый текст сообщения.\n"));
        assertTrue(XSlack.unchangedSinceImport(Files.readString(untouched)));
        try (var left = Files.list(ws.resolve(".rfy"))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("import-")), "staging cleaned up");
        }
    }

    @Test
    void newReviewersAreAddedWithTheirHandle(@TempDir Path dir) throws IOException {
        Path ws = dir.resolve("empty-ws");
        SlackImport.write(capture(), ws);
        String reviewers = Files.readString(ws.resolve("reviewers.yaml"));
        assertTrue(reviewers.contains("- id: smartvlad\n  name: Владимир Бугай\n  slack: smartvlad\n"), reviewers);
        assertTrue(reviewers.contains("- id: fuckai\n  name: Артем Родичев\n  slack: fuckai\n"), reviewers);
        assertEquals(5, reviewers.lines().filter(l -> l.startsWith("- id:")).count());
        assertTrue(Files.exists(ws.resolve("reviews/2020-05/jukebox.md")));
    }

    @Test
    void aBatchFromThePeriodInDateOrder(@TempDir Path dir) throws IOException {
        Path ws = dir.resolve("ws");
        SlackImport.write(capture(), ws);
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        PeriodBatch.Made made = PeriodBatch.make(loaded, "2020-05", null);
        assertEquals("batches/2020-05-part-1.md", made.path());
        assertEquals("Читаем статьи за вас. Май 2020. Часть 1", made.batch().getTitle());
        assertEquals(List.of("efficient-document-re-ranking-for", "makeittalk", "jukebox", "recipes-for-building-an-open-domain",
                "one-shot-object-detection-without-fine", "f-brs", "flowtron"), made.reviews().stream().map(Review::getId).toList());
        assertEquals(List.of("batches/2020-05-part-1.md"), PeriodBatch.write(loaded, made));
        RfyWorkspace after = RfyWorkspace.load(ws);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> PeriodBatch.make(after, "2020-05", null));
        assertTrue(none.getMessage().contains("no review of 2020-05 is left"), none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PeriodBatch.make(after, "2020-5", null));
        assertThrows(IllegalArgumentException.class, () -> PeriodBatch.make(after, "2020-05", 1));
    }
}
