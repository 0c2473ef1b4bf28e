package io.rfy.habr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.rfy.model.Review;
import io.rfy.model.RfyFactory;
import io.rfy.testsupport.Samples;

/** Seed 004 imported and exported for Habr: the visible text is the published text, and only Habr's tags are used. */
class HabrHtmlWriterTest {

    static List<String> seed;
    static String html;
    static HabrHtmlWriter writer = new HabrHtmlWriter();

    @BeforeAll
    static void importAndExport() throws Exception {
        String text = Files.readString(Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt"));
        seed = Arrays.asList(text.split("\n"));
        html = writer.write(HabrTextImporter.read(text).batch());
    }

    /** The published article's lines, from «Привет, Хабр!» to the end of review 7, without list markers. */
    static List<String> seedArticleLines() {
        if (seed == null) {
            try {
                seed = Arrays.asList(Files.readString(Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt"))
                        .split("\n"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        int from = 0;
        while (!seed.get(from).startsWith("Привет, Хабр!")) {
            from++;
        }
        int to = seed.indexOf("Ссылка на начало");
        List<String> lines = new ArrayList<>();
        for (String line : seed.subList(from, to)) {
            String l = line.replaceAll("\\s+", " ").strip();
            if (line.startsWith(" ")) {
                l = l.replaceFirst("^(\\d+\\.|•) ", ""); // an <ol>/<ul> item shows its marker without text
            }
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return lines;
    }

    /** The lines a reader sees: text broken at <br> and at block elements. */
    static List<String> visibleLines(String html) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(Jsoup.parseBodyFragment(html).body(), lines, line);
        flush(lines, line);
        return lines;
    }

    private static void collect(Node node, List<String> lines, StringBuilder line) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                line.append(t.text());
            } else if (child instanceof Element e && !e.tagName().equals("anchor")) { // Habr shows no anchor names
                boolean block = List.of("h1", "h2", "h3", "h4", "li", "ol", "ul", "br", "source", "blockquote", "tr")
                        .contains(e.tagName());
                if (block) {
                    flush(lines, line);
                }
                collect(e, lines, line);
                if (block) {
                    flush(lines, line);
                }
            }
        }
    }

    private static void flush(List<String> lines, StringBuilder line) {
        String l = line.toString().replaceAll("\\s+", " ").strip();
        if (!l.isEmpty() && !l.equals("Ссылка на начало")) {
            lines.add(l);
        }
        line.setLength(0);
    }

    @Test
    void visibleTextIsThePublishedText() {
        List<String> expected = seedArticleLines();
        List<String> actual = visibleLines(html);
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "line " + (i + 1));
        }
        assertEquals(expected.size(), actual.size());
        assertTrue(expected.size() > 100, "the whole article: " + expected.size() + " lines");
    }

    @Test
    void onlyTagsHabrAccepts() {
        assertOnlyHabrMarkup(html);
        assertTrue(html.contains("<cut/>") || html.contains("<cut />"));
        assertTrue(html.contains("<li><a href=\"#1-efficient-document-re-ranking-for-transformers-by-precomputing-term-"
                + "representations-earl\">"), html.substring(0, 800));
        assertTrue(html.contains("<h2><anchor>2-makeittalk</anchor>2. MakeItTalk: Speaker-Aware Talking Head Animation</h2>"));
    }

    @Test
    void matchesTheCommittedExpectedOutput() throws Exception {
        Path expected = Samples.repository().resolve("bundles/io.rfy.habr/src/test/resources/seed-004.habr.html");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), html,
                "the export changed: if on purpose, write the new output to " + expected);
    }

    @Test
    void markupHabrRejectsIsConvertedWithAWarning() {
        HabrHtmlWriter w = new HabrHtmlWriter();
        String out = w.body("Текст <script>alert(1)</script> и <iframe src=\"x\"></iframe>\n\n"
                + "<details><summary>Детали</summary>Скрыто</details>\n\n```python\nprint(1)\n```\n\n~~old~~ `code`\n",
                "review 'x'");
        assertOnlyHabrMarkup(out);
        assertTrue(out.contains("<spoiler title=\"Детали\">"), out);
        assertTrue(out.contains("<source lang=\"python\">print(1)"), out);
        assertTrue(out.contains("<s>old</s> code"), out);
        assertTrue(!out.contains("alert"), out);
        assertTrue(w.warnings().stream().anyMatch(s -> s.startsWith("review 'x': dropped <script>")), w.warnings().toString());
        assertTrue(w.warnings().stream().anyMatch(s -> s.contains("<iframe>")), w.warnings().toString());
    }

    @Test
    void figuresWithAndWithoutUrls() {
        HabrHtmlWriter w = new HabrHtmlWriter();
        String out = w.body("![Схема](https://habrastorage.org/webt/a.png)\n\n![Потеряна]()\n", "review 'y'");
        assertEquals("<img src=\"https://habrastorage.org/webt/a.png\" alt=\"Схема\"/><br/><i>Схема</i><br/><br/>\n"
                + "<i>Потеряна</i>", out);
        assertEquals(1, w.warnings().size());
    }

    /**
     * Every element and attribute is one Habr accepts. (Not Jsoup.isValid: Habr's own {@code <source>} and
     * {@code <cut/>} are not valid HTML5, so a strict parse reports errors Habr does not have.)
     */
    static void assertOnlyHabrMarkup(String fragment) {
        org.jsoup.safety.Safelist safe = HabrSafelist.get();
        for (Element e : Jsoup.parseBodyFragment(fragment).body().getAllElements()) {
            if (e.tagName().equals("body")) {
                continue;
            }
            assertTrue(safe.isSafeTag(e.tagName()), "<" + e.tagName() + "> in " + fragment);
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                assertTrue(safe.isSafeAttribute(e.tagName(), e, a), a + " on <" + e.tagName() + ">");
            }
        }
    }

    @Test
    void cutRules() {
        assertEquals(List.of(), CutRule.check(html), "seed 004 as exported");
        assertTrue(writer.warnings().stream().noneMatch(w -> w.startsWith("cut:")));
        String longIntro = "Вступление. ".repeat(200);
        assertTrue(CutRule.check(longIntro + "<cut/>" + "Текст. ".repeat(50)).get(0).contains("before the <cut/>"));
        assertTrue(CutRule.check("Коротко. ".repeat(20) + "<cut/>Конец.").get(0).contains("after the <cut/>"));
        assertTrue(CutRule.check("Текст без ката. ".repeat(100)).get(0).contains("no <cut/>"));
    }

    @Test
    void tocEntryNamesAffiliationsOnlyWhenShared() {
        Review r = RfyFactory.eINSTANCE.createReview();
        for (String aff : List.of("A", "B")) {
            var p = RfyFactory.eINSTANCE.createPaper();
            p.setTitle("T" + aff);
            p.getAffiliations().add(aff);
            p.setYear(2020);
            r.getPapers().add(p);
        }
        assertEquals("TA; TB (2020)", HabrHtmlWriter.tocEntry(r));
    }
}
