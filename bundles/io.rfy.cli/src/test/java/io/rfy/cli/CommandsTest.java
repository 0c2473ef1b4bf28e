package io.rfy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.testsupport.Samples;

/** The commands end to end on the repository's data, with DESIGN.md's exit codes: 0 ok, 1 problems, 2 bad usage. */
class CommandsTest {

    private final InProcessRfy rfy = new InProcessRfy();


    @Test
    void dumpAndValidateTheSample() {
        String ws = Samples.repository().resolve("examples/sample-ws").toString();
        assertEquals(0, rfy.run("dump", ws, "--json"));
        assertTrue(rfy.out().contains("\"reviewers\": [") && rfy.out().contains("\"id\": \"jukebox\""));
        assertEquals(0, rfy.run("validate", ws, "--format", "sarif"));
        assertTrue(rfy.out().contains("\"version\": \"2.1.0\""));
        assertEquals(2, rfy.run("validate", ws, "--format", "xml"));
        assertEquals(2, rfy.run("validate", Samples.repository().resolve("no-such-ws").toString()));
    }

    @Test
    void importValidateExport(@TempDir Path dir) throws Exception {
        String seed = Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt").toString();
        String ws = dir.resolve("ws").toString();
        assertEquals(0, rfy.run("import", "habr-text", seed, "--into", ws));
        assertTrue(rfy.out().contains("batches/2020-05-part-1.md"), rfy.out());
        assertEquals(0, rfy.run("validate", ws));
        assertEquals(0, rfy.run("export", dir.resolve("ws/batches/2020-05-part-1.md").toString(), "--format", "habr-md"));
        assertTrue(rfy.out().contains("<cut/>"));
        Path html = dir.resolve("out.html");
        assertEquals(0, rfy.run("export", dir.resolve("ws/batches/2020-05-part-1.md").toString(), "-o", html.toString()));
        assertTrue(Files.readString(html).contains("<h2><anchor>3-jukebox</anchor>3. Jukebox"));
        assertEquals(2, rfy.run("import", "habr-text", seed, "--into", Samples.repository().resolve("examples/sample-ws").toString()),
                "conflicts with the sample's own files: refused, nothing written");
    }

    @Test
    void demoValidatesTheSampleAndTheImportedSeed(@TempDir Path dir) {
        assertEquals(0, rfy.run("demo", dir.resolve("demo").toString()), rfy.err());
        assertTrue(rfy.out().contains("4. validated it: 22 finding(s)"), rfy.out());
        assertTrue(rfy.out().contains("validated the imported workspace: 0 error(s), 38 finding(s) in all:"
                + " {rfy.body.image-no-url=21, rfy.link.empty-url=17}"), rfy.out());
        assertTrue(rfy.out().contains("7. added seeds 000-004 to its corpus"), rfy.out());
        assertTrue(rfy.out().contains("004_5567fbc14159c4b5 read as 8 items (the intro, then one per review):\n"
                + "       8  «Рубрика Читаем статьи за вас. Май 2020. Часть 1»\n"), rfy.out());
        assertTrue(rfy.out().contains("       1  «Jukebox: A Generative Model for Music»\n"), rfy.out());
        assertTrue(rfy.out().contains("    1  makeittalk in 000_c08bf2e11786672a\n"), "the digest's mention: " + rfy.out());
    }

    /** {@code rfy mentions --json} in DESIGN.md's shape: paper, document, quote, start, end in code points, and more. */
    @Test
    void mentionsAsJson(@TempDir Path dir) throws Exception {
        Path ws = dir.resolve("ws");
        java.util.List<Path> seeds = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(Samples.repository().resolve("examples/sample-ws"))) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = ws.resolve(Samples.repository().resolve("examples/sample-ws").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        seeds.add(Samples.repository().resolve("seeds/001_d84b8b19dd66ab17.txt"));
        seeds.add(Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt"));
        assertEquals(0, rfy.run("corpus", "add", seeds.get(0).toString(), seeds.get(1).toString(), "--into", ws.toString()));
        assertEquals(0, rfy.run("mentions", ws.toString(), "--json"));
        String json = rfy.out();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\s*\"paper\": \"([^\"]*)\",\\s*\"review\": \"([^\"]*)\","
                + "\\s*\"document\": \"([^\"]*)\",\\s*\"item\": (null|\"[^\"]*\"),\\s*\"quote\": \"([^\"]*)\","
                + "\\s*\"start\": (\\d+),\\s*\"end\": (\\d+),\\s*\"prefix\": ").matcher(json);
        int checked = 0;
        while (m.find()) {
            if (m.group(3).startsWith("review:")) {
                continue;
            }
            String text = Files.readString(ws.resolve("corpus/" + m.group(3) + ".txt"));
            int start = text.offsetByCodePoints(0, Integer.parseInt(m.group(6)));
            int end = text.offsetByCodePoints(0, Integer.parseInt(m.group(7)));
            assertEquals(m.group(5), text.substring(start, end), "code point offsets into the document: " + m.group());
            checked++;
        }
        assertTrue(checked >= 15, "the sample's papers in 000 and 004: " + checked + " in " + json);
        assertTrue(json.contains("\"item\": \"Jukebox: A Generative Model for Music\""), json);
    }

    @Test
    void badInputIsExitCodeTwo(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.txt");
        Files.write(junk, new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        assertEquals(2, rfy.run("import", "habr-text", junk.toString(), "--into", dir.resolve("ws").toString()));
        assertTrue(rfy.err().contains("not valid UTF-8"));
        Files.writeString(junk, "just some text\n");
        assertEquals(2, rfy.run("import", "habr-text", junk.toString(), "--into", dir.resolve("ws").toString()));
        assertTrue(!Files.exists(dir.resolve("ws/reviews")), "nothing written");
        assertEquals(2, rfy.run("import", "habr-text", junk.toString()));
        assertEquals(2, rfy.run("export", junk.toString()));
    }

    /** Issue 3's bad inputs through the command: DESIGN.md's exit codes, file:line notes, a workspace never half-written. */
    @Test
    void hostileImports(@TempDir Path dir) throws Exception {
        String seed = Files.readString(Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt"));
        Path noReviewer = dir.resolve("no-reviewer.txt");
        Files.writeString(noReviewer, seed.replace("Автор обзора: Евгений Кашин (в слэке digitman, на habr digitman)\n", ""));
        assertEquals(1, rfy.run("import", "habr-text", noReviewer.toString(), "--into", dir.resolve("a").toString()),
                "read as far as it goes, with an error: problems found");
        assertTrue(rfy.err().contains(noReviewer + ":71: error habr.no-reviewer"),
                rfy.err());
        assertTrue(Files.exists(dir.resolve("a/batches/2020-05-part-1.md")));

        Path garbled = dir.resolve("garbled.txt");
        Files.writeString(garbled, new String(seed.getBytes(StandardCharsets.UTF_8), "windows-1251"));
        assertEquals(0, rfy.run("import", "habr-text", garbled.toString(), "--into", dir.resolve("b").toString()));
        assertTrue(rfy.err().contains(garbled + ":1: warning habr.mojibake"),
                rfy.err().lines().findFirst().orElse(""));
        assertTrue(Files.readString(dir.resolve("b/reviewers.yaml")).contains("name: Александр Бельских"));

        Path page = dir.resolve("page.html");
        Files.writeString(page, Files.readString(Samples.repository().resolve("bundles/io.rfy.habr/src/test/resources/habr-article-page.html"))
                .replace("https://openai.com/blog/dall-e/", "javascript:alert(1)"));
        assertEquals(0, rfy.run("import", "habr-html", page.toString(), "--into", dir.resolve("c").toString()));
        assertTrue(rfy.err().contains(page + ":46: warning habr.unsafe-link"),
                rfy.err());

        Path junk = dir.resolve("junk.txt");
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(3);
        while (text.length() < 20 * 1024 * 1024) {
            text.append((char) ('a' + random.nextInt(26))).append(random.nextInt(40) == 0 ? "\n" : "");
        }
        Files.writeString(junk, text);
        assertEquals(2, rfy.run("import", "habr-text", junk.toString(), "--into", dir.resolve("d").toString()));
        assertTrue(!Files.exists(dir.resolve("d/reviews")) && !Files.exists(dir.resolve("d/batches")), "nothing written");
    }
}
