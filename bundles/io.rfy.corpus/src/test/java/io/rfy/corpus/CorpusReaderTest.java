package io.rfy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.rfy.model.CorpusDocument;
import io.rfy.model.CorpusFormat;
import io.rfy.model.CorpusItem;
import io.rfy.testsupport.Samples;

/** Corpus files of every kind read as the Corpus model, with item offsets in code points. */
class CorpusReaderTest {

    @TempDir
    Path dir;

    static Path resource(String name) {
        return Path.of("src/test/resources").resolve(name);
    }

    /** Every item's offsets select its own text out of the document's text, counting code points. */
    static void assertItemsInText(CorpusDocument doc) {
        String text = doc.getText();
        for (CorpusItem item : doc.getItems()) {
            String at = text.substring(text.offsetByCodePoints(0, item.getStart()), text.offsetByCodePoints(0, item.getEnd()));
            assertEquals(item.getText(), at, item.getTitle());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "000_c08bf2e11786672a.txt|16|Сделка OpenAI и Microsoft|Модель от MIT для диагностики Covid-19",
        "001_d84b8b19dd66ab17.txt|18|🐱Кот Шредингера и DL|🙌🏻MvM: альтернативный GAN от Microsoft",
        "002_0ef65161becd3671.txt|13|SEER|Мультимодальные нейроны CLIP",
        "003_65155b8b9cab895a.txt|11|Сегодня Aydao|На днях команда Huawei анонсировала"})
    void seedsAsTheCorpusModel(String seed, int count, String first, String last) throws Exception {
        CorpusDocument doc = CorpusReader.read(Samples.repository().resolve("seeds/" + seed));
        assertEquals(seed.substring(0, seed.length() - 4), doc.getId());
        assertEquals(CorpusFormat.TEXT, doc.getFormat());
        assertEquals(Files.readString(Samples.repository().resolve("seeds/" + seed)), doc.getText(), "a .txt is its text");
        assertEquals(count, doc.getItems().size());
        assertTrue(doc.getItems().get(0).getTitle().startsWith(first), doc.getItems().get(0).getTitle());
        assertTrue(doc.getItems().get(count - 1).getTitle().startsWith(last), doc.getItems().get(count - 1).getTitle());
        assertItemsInText(doc);
    }

    @Test
    void channelItemsAfterEmojiCountCodePoints() throws Exception {
        CorpusDocument doc = CorpusReader.read(Samples.repository().resolve("seeds/001_d84b8b19dd66ab17.txt"));
        CorpusItem gaugan = doc.getItems().get(1);
        String text = doc.getText();
        int chars = text.indexOf(gaugan.getText());
        assertTrue(text.codePointCount(0, chars) < chars, "emoji outside the BMP before the second post");
        assertEquals(text.codePointCount(0, chars), gaugan.getStart());
        assertEquals(List.of("https://blogs.nvidia.com/blog/2021/11/22/gaugan2-ai-art-demo/",
                "https://www.nvidia.com/en-us/research/ai-demos/", "http://gaugan.org/gaugan2/"), gaugan.getUrls());
    }

    @Test
    void telegramJsonExport() throws Exception {
        CorpusDocument doc = CorpusReader.read(resource("telegram/result.json"));
        assertEquals("result", doc.getId());
        assertEquals(CorpusFormat.TELEGRAM_JSON, doc.getFormat());
        assertEquals("Deep Dive 2 Deep Learning", doc.getTitle());
        List<CorpusItem> items = doc.getItems();
        assertEquals(3, items.size(), "service messages and a photo without a caption are no posts");
        assertEquals("🌸☀️🌴GauGAN2 от NVIDIA: скажи, что нарисовать", items.get(0).getTitle());
        assertEquals(List.of("http://gaugan.org/gaugan2/"), items.get(0).getUrls());
        assertEquals(List.of("#GAN"), items.get(0).getHashtags());
        assertEquals("2021-11-22T18:03:11", items.get(0).getDate());
        assertEquals(List.of("https://openai.com/blog/clip/"), items.get(1).getUrls(), "hidden link behind a label");
        assertEquals(List.of("#AI"), items.get(1).getHashtags(), "hashtags found in the text when not marked");
        assertEquals("Просто текст без ссылок, но с ёлкой.", items.get(2).getTitle());
        assertEquals(0, items.get(0).getStart());
        assertItemsInText(doc);
    }

    @Test
    void telegramHtmlExport() throws Exception {
        CorpusDocument doc = CorpusReader.read(resource("telegram/messages.html"));
        assertEquals(CorpusFormat.HTML, doc.getFormat());
        assertEquals("Unsolicited Disclosures", doc.getTitle());
        List<CorpusItem> items = doc.getItems();
        assertEquals(2, items.size(), items.toString());
        assertEquals("Есть такая команда - EleutherAI. Они выпустили GPT-Neo (https://github.com/EleutherAI/gpt-neo) 🔥",
                items.get(0).getTitle());
        assertTrue(items.get(0).getText().contains("🔥\nВторая строка"), "<br> is a line break");
        assertEquals("2021-01-20T14:05:09", items.get(0).getDate());
        assertEquals(List.of("https://github.com/EleutherAI/gpt-neo"), items.get(0).getUrls());
        assertEquals(List.of("#AI"), items.get(0).getHashtags());
        assertEquals(List.of("https://openai.com/blog/clip/"), items.get(1).getUrls());
        assertEquals(List.of("#AI", "#CV"), items.get(1).getHashtags());
        assertEquals("2021-01-21T09:00:00", items.get(1).getDate());
        assertItemsInText(doc);
    }

    /**
     * The corpus reads a saved Habr page's article where the Habr importer does ({@code io.rfy.habr.Rubric}): once the
     * two had the selectors in different orders, so a wrapper's extras reached one of them only.
     */
    @Test
    void savedPageArticleIsWhereTheHabrImporterFindsIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String page = "<html><body><h1 class=\"tm-title\">Дайджест</h1><div class=\"tm-article-body\">"
                + "<div id=\"post-content-body\"><div class=\"article-formatted-body\"><p>Текст статьи про GPT-3.</p></div>"
                + "<div class=\"tm-article-poll\">Опрос: только для зарегистрированных</div></div></div></body></html>";
        Path file = dir.resolve("page.html");
        java.nio.file.Files.writeString(file, page);
        CorpusDocument doc = CorpusReader.read(file);
        assertEquals("Дайджест", doc.getTitle());
        assertEquals("Текст статьи про GPT-3.", doc.getText().strip());
        org.jsoup.nodes.Document parsed = org.jsoup.Jsoup.parse(page);
        assertEquals(io.rfy.habr.Rubric.articleBody(parsed).text(), doc.getText().strip());
    }

    @Test
    void savedHabrPageIsItsArticleSplitAtHeadings() throws Exception {
        CorpusDocument doc = CorpusReader.read(resource("habr/digest.html"));
        assertEquals("Нейродайджест: главное из области машинного обучения за март 2021", doc.getTitle());
        String text = doc.getText();
        assertTrue(text.startsWith("В марте было"), text);
        assertTrue(!text.contains("Pull to refresh") && !text.contains("INITIAL_STATE") && !text.contains("Views"),
                "no site around the article, no scripts");
        assertEquals(List.of("SEER", "TimeSformer", "Мультимодальные нейроны CLIP"),
                doc.getItems().stream().map(CorpusItem::getTitle).toList());
        assertEquals(List.of("https://ai.facebook.com/blog/seer/", "https://arxiv.org/abs/2103.01988"),
                doc.getItems().get(0).getUrls(), "links behind labels come from the markup");
        assertEquals(List.of("https://openai.com/blog/multimodal-neurons/"), doc.getItems().get(2).getUrls(),
                "a URL in running text ends before the full stop");
        assertTrue(doc.getItems().get(0).getText().contains("1.3 млрд"), "&nbsp; reads as a space");
        assertItemsInText(doc);
    }

    @Test
    void brokenJsonIsReportedWithItsLine() throws Exception {
        Path bad = dir.resolve("result.json");
        Files.writeString(bad, "{\n \"name\": \"x\",\n \"messages\": [ {\"id\": 1,, } ]\n}");
        IOException e = assertThrows(IOException.class, () -> CorpusReader.read(bad));
        assertTrue(e.getMessage().startsWith("result.json:3:"), e.getMessage());
        Files.writeString(bad, "{\"chats\": []}");
        assertTrue(assertThrows(IOException.class, () -> CorpusReader.read(bad)).getMessage()
                .contains("not a Telegram Desktop export"));
    }

    @Test
    void notUtf8IsRefused() throws Exception {
        Path bad = dir.resolve("x.txt");
        Files.write(bad, new byte[] {'o', 'k', '\n', (byte) 0xC0, (byte) 0xEE, (byte) 0xF2});
        String message = assertThrows(IOException.class, () -> CorpusReader.read(bad)).getMessage();
        assertTrue(message.startsWith("x.txt:2:1: not valid UTF-8 (byte 0xc0 at offset 3)"), message);
    }
}
