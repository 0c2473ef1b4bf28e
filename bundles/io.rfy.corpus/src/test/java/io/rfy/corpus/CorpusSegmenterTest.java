package io.rfy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The four corpus seeds split into items; counts and first and last titles pinned from reading the seeds. */
class CorpusSegmenterTest {

    private static List<CorpusSegmenter.Item> items(String seed) throws Exception {
        return CorpusSegmenter.split(Files.readString(Samples.repository().resolve("seeds/" + seed)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "000_c08bf2e11786672a.txt|16|Сделка OpenAI и Microsoft|Модель от MIT для диагностики Covid-19",
        "002_0ef65161becd3671.txt|13|SEER|Мультимодальные нейроны CLIP",
        "001_d84b8b19dd66ab17.txt|18|🐱Кот Шредингера и DL|🙌🏻MvM: альтернативный GAN от Microsoft",
        "003_65155b8b9cab895a.txt|11|Сегодня Aydao|На днях команда Huawei анонсировала"})
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
}
