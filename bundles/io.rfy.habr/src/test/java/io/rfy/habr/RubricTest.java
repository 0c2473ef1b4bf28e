package io.rfy.habr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.rfy.testsupport.Samples;

/**
 * The rubric's conventions from their one class: titles and month names as the importers read them (the scrape of
 * seed 004, the sample's batch) and as the New Batch wizard writes them, and where a saved page keeps the article.
 */
class RubricTest {

    @Test
    void titlesOfEveryMonthReadBack() {
        for (int month = 1; month <= 12; month++) {
            String period = String.format("2021-%02d", month);
            String title = Rubric.title(period, 3);
            Rubric.Title read = Rubric.readTitle(title).orElseThrow(() -> new AssertionError(title));
            assertEquals(period, read.period(), title);
            assertEquals(3, read.part());
            assertEquals(Rubric.MONTHS.get(month - 1), read.monthName());
        }
        assertEquals("Читаем статьи за вас. Май 2020. Часть 1", Rubric.title("2020-05", 1));
    }

    @Test
    void publishedSpellings() throws Exception {
        // the sample's batch and the seed's scrape say «Рубрика ...»
        String sample = Files.readString(Samples.sampleWorkspace().resolve("batches/2020-05-part-1.md"));
        String title = sample.lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow()
                .replaceFirst("title: \"(.*)\"", "$1");
        assertEquals("2020-05", Rubric.readTitle(title).orElseThrow().period());
        assertEquals("2020-06", Rubric.readTitle("  Рубрика «Читаем статьи за вас». Июнь 2020. Часть 2 ").orElseThrow()
                .period());
        // a month in lower case is still the month (the text importer always read it so; validation now agrees)
        assertEquals("2020-05", Rubric.readTitle("Читаем статьи за вас. май 2020. Часть 1").orElseThrow().period());
        assertEquals(5, Rubric.month("МАЙ"));
        // a word that is no month: the title still reads as the rubric's, without a period
        Rubric.Title odd = Rubric.readTitle("Читаем статьи за вас. Маё 2020. Часть 1").orElseThrow();
        assertNull(odd.period());
        assertEquals(Optional.empty(), Rubric.readTitle("Нейродайджест за май 2020"));
        assertEquals(Optional.empty(), Rubric.readTitle("Читаем статьи за вас. Май 2020. Часть 99999999999"),
                "a part beyond an int is no part");
    }

    @Test
    void theImporterReadsTitlesByTheseRules() {
        ImportedBatch b = HabrTextImporter.read("Читаем статьи за вас. декабрь 2020. Часть 4\n\nПривет!\n\n"
                + Rubric.TOC_HEADING + "\n");
        assertEquals("2020-12", b.batch().getPeriod());
        assertEquals("2020-12-part-4", b.batch().getId());
        assertEquals(4, b.batch().getPart());
    }

    @Test
    void publicationLinesAndHeadings() throws Exception {
        assertEquals("2020-06-15T14:21:28", Rubric.publishedDate("Опубликовано: 15.06.2020 14:21:28"));
        assertEquals("2020-06-15", Rubric.publishedDate("  Опубликовано: 15.06.2020"), "the corpus reader took these too");
        assertNull(Rubric.publishedDate("Опубликовано вчера"));
        // the importer and the corpus reader read seed 004's footer with this one rule
        String seed = Files.readString(Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt"));
        String line = seed.lines().filter(l -> l.strip().startsWith("Опубликовано:")).findFirst().orElseThrow();
        assertEquals(Rubric.publishedDate(line), HabrTextImporter.read(seed).batch().getPublishedDate());
        assertTrue(Rubric.REVIEW_HEADING.matcher("3. Jukebox: A Generative Model for Music").matches());
        assertTrue(!Rubric.REVIEW_HEADING.matcher("2020. Год, когда").matches(), "a year is no review number");
    }

    @Test
    void articleBodyInOneOrder() throws Exception {
        // today's layout: the formatted body inside #post-content-body inside .tm-article-body; the wrappers also
        // carry things that are not the author's text
        Document page = Jsoup.parse("<html><body><h1 class=\"tm-title\">Заголовок</h1><div class=\"tm-article-body\">"
                + "<div id=\"post-content-body\"><div class=\"article-formatted-body\"><p>Текст статьи</p></div>"
                + "<div class=\"tm-article-poll\">Опрос</div></div></div></body></html>");
        assertEquals("Текст статьи", Rubric.articleBody(page).text());
        assertEquals("Заголовок", Rubric.pageTitle(page).text());
        // the committed saved page of an older layout: #post-content-body
        Document saved = Jsoup.parse(new String(RubricTest.class.getResourceAsStream("/habr-article-page.html")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("post-content-body", Rubric.articleBody(saved).id());
        assertTrue(Rubric.pageTitle(saved).text().startsWith("Рубрика Читаем статьи за вас. Июнь 2020"));
        assertNull(Rubric.articleBody(Jsoup.parse("<p>nothing</p>")));
    }
}
