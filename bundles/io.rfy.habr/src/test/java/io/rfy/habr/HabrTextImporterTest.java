package io.rfy.habr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.rfy.model.Batch;
import io.rfy.model.Link;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.Reviewer;
import io.rfy.store.RfyWorkspace;
import io.rfy.testsupport.Samples;

/** Seed 004, the published batch, read field by field; the hand-written sample workspace is the oracle for bodies. */
class HabrTextImporterTest {

    static ImportedBatch imported;

    @BeforeAll
    static void importSeed() throws Exception {
        imported = HabrTextImporter.read(Files.readString(Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt")));
    }

    @Test
    void batchMetadata() {
        Batch batch = imported.batch();
        assertEquals("Рубрика Читаем статьи за вас. Май 2020. Часть 1", batch.getTitle());
        assertEquals("2020-05", batch.getPeriod());
        assertEquals(Integer.valueOf(1), batch.getPart());
        assertEquals("2020-05-part-1", batch.getId());
        assertEquals("2020-06-15T14:21:28", batch.getPublishedDate());
        assertNull(batch.getPublishedUrl());
        assertTrue(batch.getIntro().startsWith("Привет, Хабр! Продолжаем публиковать рецензии"), batch.getIntro());
        assertEquals(List.of("Блог компании open data science", "Алгоритмы", "Математика", "Машинное обучение",
                "Обработка изображений"), batch.getHubs());
        assertEquals(List.of("Data science", "Machine learning", "Open data science", "Arxiv.org", "Science", "Ods"),
                batch.getTags());
    }

    @Test
    void sevenReviewsTheFirstWithTwoPapers() {
        assertEquals(7, imported.reviews().size());
        assertEquals(List.of("efficient-document-re-ranking-for", "makeittalk", "jukebox",
                "recipes-for-building-an-open-domain", "one-shot-object-detection-without-fine", "f-brs", "flowtron"),
                imported.reviews().stream().map(Review::getId).toList());
        List<Paper> first = imported.reviews().get(0).getPapers();
        assertEquals(2, first.size());
        assertEquals("Efficient Document Re-Ranking for Transformers by Precomputing Term Representations",
                first.get(0).getTitle());
        assertEquals(List.of("Sean MacAvaney", "Franco Maria Nardini", "Raffaele Perego", "Nicola Tonellotto",
                "Nazli Goharian", "Ophir Frieder"), first.get(0).getAuthors());
        assertEquals(List.of("USA", "Italy"), first.get(0).getAffiliations());
        assertEquals("EARL: Speedup Transformer-based Rankers with Pre-computed Representation", first.get(1).getTitle());
        assertEquals(List.of("Luyu Gao", "Zhuyun Dai", "Jamie Callan"), first.get(1).getAuthors());
        assertEquals(List.of("Carnegie Mellon University", "USA"), first.get(1).getAffiliations());
        assertEquals(Integer.valueOf(2020), first.get(1).getYear());
        assertEquals(List.of("Оригинал статьи 1"), labels(first.get(0)));
        assertEquals(List.of("Оригинал статьи 2"), labels(first.get(1)));
    }

    @Test
    void everyPaperAsTheSampleWorkspaceHasIt() throws Exception {
        RfyWorkspace sample = RfyWorkspace.load(Samples.sampleWorkspace());
        List<Review> expected = sample.batches().get(0).getReviews();
        for (int i = 0; i < 7; i++) {
            Review want = expected.get(i);
            Review got = imported.reviews().get(i);
            assertEquals(want.getPapers().size(), got.getPapers().size(), want.getId());
            for (int p = 0; p < want.getPapers().size(); p++) {
                Paper w = want.getPapers().get(p);
                Paper g = got.getPapers().get(p);
                assertEquals(w.getTitle(), g.getTitle());
                assertEquals(w.getAuthors(), g.getAuthors(), w.getTitle());
                assertEquals(w.getAffiliations(), g.getAffiliations(), w.getTitle());
                assertEquals(w.getYear(), g.getYear(), w.getTitle());
                assertEquals(labels(w), labels(g), w.getTitle());
                assertTrue(g.getLinks().stream().allMatch(l -> l.getUrl().isEmpty()), "no URL is invented");
            }
            assertEquals(want.getReviewer().getName(), got.getReviewer().getName());
            assertEquals(want.getReviewer().getSlack(), got.getReviewer().getSlack());
            assertEquals(want.getReviewer().getHabr(), got.getReviewer().getHabr());
            assertEquals(paragraphs(want.getBody()), paragraphs(got.getBody()), want.getId());
        }
    }

    @Test
    void fiveReviewersOneWithThreeReviews() {
        assertEquals(5, imported.reviewers().size());
        Reviewer belskikh = imported.reviewers().stream().filter(r -> "belskikh".equals(r.getSlack())).findFirst().get();
        assertEquals(3, imported.reviews().stream().filter(r -> r.getReviewer() == belskikh).count());
        assertEquals("belskikh", belskikh.getId());
        assertNull(belskikh.getHabr());
    }

    @Test
    void lostUrlsAreNotedNotInvented() {
        long lost = imported.notes().stream().filter(n -> n.code().equals("habr.lost-url")).count();
        assertEquals(imported.reviews().stream().flatMap(r -> r.getPapers().stream()).mapToLong(p -> p.getLinks().size())
                .sum(), lost);
        assertEquals(17, lost);
        assertTrue(imported.notes().stream().anyMatch(n -> n.line() == 31 && n.message().contains("Оригинал статьи 2")));
        assertTrue(!imported.hasErrors(), imported.notes().toString());
    }

    @Test
    void bulletsAndTldrSurvive() {
        String chatbot = imported.reviews().get(3).getBody();
        assertTrue(chatbot.contains("\n\n- файнтюн модели на качественном разнообразном диалоговом корпусе;\n"
                + "- тщательно подобранный способ декодинга ответа.\n\n"), chatbot);
        assertTrue(imported.reviews().get(5).getBody().startsWith("tl;dr Хотим сделать сегментацию"));
    }

    private static List<String> labels(Paper p) {
        return p.getLinks().stream().map(Link::getLabel).toList();
    }

    /** The text blocks of a body, figures reduced to their captions: how a reader sees it without images. */
    static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\n\n+")).map(b -> b.replaceAll("!\\[([^\\]]*)\\]\\([^)]*\\)", "$1").strip())
                .filter(b -> !b.isEmpty()).collect(Collectors.toList());
    }
}
