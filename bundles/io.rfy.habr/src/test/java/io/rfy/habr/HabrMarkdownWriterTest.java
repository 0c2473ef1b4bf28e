package io.rfy.habr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import io.rfy.testsupport.Samples;

/** The Markdown export says what the HTML export says: rendered as CommonMark, its visible text is the same. */
class HabrMarkdownWriterTest {

    @Test
    void sameVisibleTextAsTheHtmlExport() throws Exception {
        ImportedBatch imported = HabrTextImporter.read(Files.readString(
                Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt")));
        String md = new HabrMarkdownWriter().write(imported.batch());
        assertTrue(md.contains("\n\n<cut/>\n\n"));
        assertTrue(md.contains("2. [MakeItTalk: Speaker-Aware Talking Head Animation (Adobe, University of Massachusetts"
                + " Amherst, Huya, 2020)](#2-makeittalk)\n"), md);
        assertTrue(md.contains("Оригинал статьи :: GitHub project :: Blog\\\nАвтор обзора: Александр Бельских (в слэке belskikh)\n"), md);
        String html = new HabrHtmlWriter().body(md, "md");
        assertEquals(HabrHtmlWriterTest.seedArticleLines(), HabrHtmlWriterTest.visibleLines(html.replace("Ссылка на начало", "")));
    }
}
