package io.rfy.habr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.rfy.model.Link;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.testsupport.Samples;

/** Saved Habr pages: the model the text scrape gives, plus the URLs and images it loses. */
class HabrHtmlImporterTest {

    @Test
    void aSavedArticlePage() throws Exception {
        ImportedBatch imported = HabrHtmlImporter.read(Files.readString(
                Samples.repository().resolve("bundles/io.rfy.habr/src/test/resources/habr-article-page.html")));
        assertTrue(!imported.hasErrors(), imported.notes().toString());
        assertEquals("Рубрика Читаем статьи за вас. Июнь 2020. Часть 2", imported.batch().getTitle());
        assertEquals("2020-06", imported.batch().getPeriod());
        assertEquals(Integer.valueOf(2), imported.batch().getPart());
        assertEquals("2020-07-02T12:05:00", imported.batch().getPublishedDate(), "Moscow time, as Habr shows it");
        assertEquals("https://habr.com/ru/company/ods/blog/510000/", imported.batch().getPublishedUrl());
        assertEquals(List.of("Блог компании Open Data Science", "Машинное обучение"), imported.batch().getHubs());
        assertEquals(List.of("ods", "arxiv"), imported.batch().getTags());
        assertEquals(2, imported.reviews().size());
        Review clip = imported.reviews().get(0);
        Paper paper = clip.getPapers().get(0);
        assertEquals("CLIP: Learning Transferable Visual Models From Natural Language Supervision", paper.getTitle());
        assertEquals(List.of("Alec Radford", "Jong Wook Kim", "Chris Hallacy"), paper.getAuthors());
        assertEquals(List.of("https://arxiv.org/abs/2103.00020", "https://github.com/openai/CLIP",
                "https://openai.com/blog/clip/"), paper.getLinks().stream().map(Link::getUrl).toList());
        assertEquals("ivanov_ml", clip.getReviewer().getHabr());
        assertTrue(clip.getBody().contains("на **400 млн** пар."), clip.getBody());
        assertTrue(clip.getBody().contains("![Схема CLIP](https://habrastorage.org/webt/ab/cd/ef/clip.png)\n"), clip.getBody());
        assertTrue(!clip.getBody().contains("*Схема CLIP*"), "the repeated caption is not kept twice");
        assertTrue(clip.getBody().contains("- промпт «a photo of a {label}»;\n- ближайший текстовый эмбеддинг."), clip.getBody());
        Review dalle = imported.reviews().get(1);
        assertEquals("mpetrova", dalle.getReviewer().getHabr());
        assertEquals(null, dalle.getReviewer().getSlack());
        assertTrue(dalle.getBody().contains("[блоге](https://openai.com/blog/dall-e/)"), dalle.getBody());
        assertTrue(!dalle.getBody().contains("injected") && !dalle.getBody().contains("tracker"), dalle.getBody());
        assertTrue(imported.notes().stream().noneMatch(n -> n.code().equals("habr.lost-url")), imported.notes().toString());
    }

    @Test
    void exportThenImportThenExportIsAFixedPoint() throws Exception {
        String seed = Files.readString(Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt"));
        ImportedBatch first = HabrTextImporter.read(seed);
        String html = new HabrHtmlWriter().write(first.batch());
        String page = "<html><body><h1>" + first.batch().getTitle() + "</h1><div id=\"post-content-body\">" + html
                + "</div></body></html>";
        ImportedBatch second = HabrHtmlImporter.read(page);
        assertEquals(first.reviews().size(), second.reviews().size());
        assertEquals(html, new HabrHtmlWriter().write(second.batch()));
    }
}
