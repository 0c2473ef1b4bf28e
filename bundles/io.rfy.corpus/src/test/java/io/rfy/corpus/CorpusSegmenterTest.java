package io.rfy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import io.rfy.testsupport.Samples;

/** The five corpus seeds split into items; counts and first and last titles pinned from reading the seeds. */
class CorpusSegmenterTest {

    private static List<CorpusSegmenter.Item> items(String seed) throws Exception {
        return CorpusSegmenter.split(Files.readString(Samples.repository().resolve("seeds/" + seed)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "000_c08bf2e11786672a.txt|16|Сделка OpenAI и Microsoft|Модель от MIT для диагностики Covid-19",
        "002_0ef65161becd3671.txt|13|SEER|Мультимодальные нейроны CLIP",
        "001_d84b8b19dd66ab17.txt|18|🐱Кот Шредингера и DL|🙌🏻MvM: альтернативный GAN от Microsoft",
        "003_65155b8b9cab895a.txt|11|Сегодня Aydao|На днях команда Huawei анонсировала",
        "004_5567fbc14159c4b5.txt|8|Рубрика Читаем статьи за вас. Май 2020. Часть 1|Flowtron: an Autoregressive Flow-based"})
    void seedsSplitAsRead(String seed, int count, String first, String last) throws Exception {
        List<CorpusSegmenter.Item> items = items(seed);
        assertEquals(count, items.size(), items.stream().map(CorpusSegmenter.Item::title).toList().toString());
        assertTrue(items.get(0).title().startsWith(first), items.get(0).title());
        assertTrue(items.get(items.size() - 1).title().startsWith(last), items.get(items.size() - 1).title());
    }

    @Test
    void postsKeepTheirLinksAndHashtags() throws Exception {
        CorpusSegmenter.Item gaugan = items("001_d84b8b19dd66ab17.txt").get(1);
        assertEquals(List.of("https://blogs.nvidia.com/blog/2021/11/22/gaugan2-ai-art-demo/",
                "https://www.nvidia.com/en-us/research/ai-demos/", "http://gaugan.org/gaugan2/"), gaugan.urls());
        CorpusSegmenter.Item brain2pix = items("003_65155b8b9cab895a.txt").get(5);
        assertEquals(List.of("#AI", "#BMI"), brain2pix.hashtags());
    }

    @Test
    void aPublishedBatchIsItsIntroAndOneItemPerReview() throws Exception {
        String text = Files.readString(Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt"));
        List<CorpusSegmenter.Item> items = CorpusSegmenter.split(text);
        assertEquals(List.of("Рубрика Читаем статьи за вас. Май 2020. Часть 1",
                "Efficient Document Re-Ranking for Transformers by Precomputing Term Representations; EARL: Speedup"
                        + " Transformer-based Ran…",
                "MakeItTalk: Speaker-Aware Talking Head Animation", "Jukebox: A Generative Model for Music",
                "Recipes for building an open-domain chatbot", "One-Shot Object Detection without Fine-Tuning",
                "f-BRS: Rethinking Backpropagating Refinement for Interactive Segmentation",
                "Flowtron: an Autoregressive Flow-based Generative Network for Text-to-Speech Synthesis"),
                items.stream().map(CorpusSegmenter.Item::title).toList());

        String intro = text.substring(items.get(0).start(), items.get(0).end());
        assertTrue(intro.contains("Привет, Хабр!") && intro.contains("Статьи на сегодня:"), intro);
        assertTrue(intro.strip().endsWith("(NVIDIA, 2020)"), "the numbered list of the intro stays in the intro");
        assertTrue(!text.substring(0, items.get(0).start()).contains("Читаем"), "the page chrome above is no item");

        String jukebox = text.substring(items.get(3).start(), items.get(3).end());
        assertTrue(jukebox.startsWith("3. Jukebox: A Generative Model for Music\n"), jukebox);
        assertTrue(jukebox.contains("Авторы статьи: Prafulla Dhariwal"));
        assertTrue(jukebox.contains("Автор обзора: Александр Бельских (в слэке belskikh)"));
        assertTrue(!jukebox.contains("4. Recipes"), "ends before the next review");

        String flowtron = text.substring(items.get(7).start(), items.get(7).end());
        assertTrue(flowtron.strip().endsWith("лучше всего послушать на сайте."), flowtron.substring(flowtron.length() - 80));
        assertTrue(!flowtron.contains("Ссылка на начало") && !flowtron.contains("Опубликовано"), "the footer is no item");
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i - 1).end() <= items.get(i).start(), "items in order, not overlapping");
        }
        assertTrue(items.stream().allMatch(i -> "2020-06-15T14:21:28".equals(i.date())), "the post's publication date");
    }

    @Test
    void aDigestThatQuotesTheRubricIsNoBatch() {
        String text = "Новости недели\n\nКоротко: вышел новый выпуск «Читаем статьи за вас» на Хабре, там семь обзоров.\n\n"
                + "1. Первая новость\n\nТекст первой новости, довольно длинный абзац про модели.\n";
        List<CorpusSegmenter.Item> items = CorpusSegmenter.split(text);
        assertTrue(items.stream().noneMatch(i -> i.date() != null), items.toString());
        assertEquals("Новости недели", items.get(0).title(), "read as a digest: no «Авторы статьи» after the heading");
    }
}
