package io.rfy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end on the repository's data, with DESIGN.md's exit codes: 0 ok, 1 problems, 2 bad usage. */
class CommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Rfy(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Path repo() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/sample-ws"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository above " + Path.of("").toAbsolutePath());
    }

    @Test
    void dumpAndValidateTheSample() {
        String ws = repo().resolve("examples/sample-ws").toString();
        assertEquals(0, run("dump", ws, "--json"));
        assertTrue(out().contains("\"reviewers\": [") && out().contains("\"id\": \"jukebox\""));
        assertEquals(0, run("validate", ws, "--format", "sarif"));
        assertTrue(out().contains("\"version\": \"2.1.0\""));
        assertEquals(2, run("validate", ws, "--format", "xml"));
        assertEquals(2, run("validate", repo().resolve("no-such-ws").toString()));
    }

    @Test
    void importValidateExport(@TempDir Path dir) throws Exception {
        String seed = repo().resolve("seeds/004_5567fbc14159c4b5.txt").toString();
        String ws = dir.resolve("ws").toString();
        assertEquals(0, run("import", "habr-text", seed, "--into", ws));
        assertTrue(out().contains("batches/2020-05-part-1.md"), out());
        assertEquals(0, run("validate", ws));
        assertEquals(0, run("export", dir.resolve("ws/batches/2020-05-part-1.md").toString(), "--format", "habr-md"));
        assertTrue(out().contains("<cut/>"));
        Path html = dir.resolve("out.html");
        assertEquals(0, run("export", dir.resolve("ws/batches/2020-05-part-1.md").toString(), "-o", html.toString()));
        assertTrue(Files.readString(html).contains("<h2><anchor>3-jukebox</anchor>3. Jukebox"));
        assertEquals(2, run("import", "habr-text", seed, "--into", repo().resolve("examples/sample-ws").toString()),
                "conflicts with the sample's own files: refused, nothing written");
    }

    @Test
    void demoValidatesTheSampleAndTheImportedSeed(@TempDir Path dir) {
        assertEquals(0, run("demo", dir.resolve("demo").toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(out().contains("4. validated it: 22 finding(s)"), out());
        assertTrue(out().contains("validated the imported workspace: 0 error(s), 38 finding(s) in all:"
                + " {rfy.body.image-no-url=21, rfy.link.empty-url=17}"), out());
    }

    @Test
    void badInputIsExitCodeTwo(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.txt");
        Files.write(junk, new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        assertEquals(2, run("import", "habr-text", junk.toString(), "--into", dir.resolve("ws").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not valid UTF-8"));
        Files.writeString(junk, "just some text\n");
        assertEquals(2, run("import", "habr-text", junk.toString(), "--into", dir.resolve("ws").toString()));
        assertTrue(!Files.exists(dir.resolve("ws/reviews")), "nothing written");
        assertEquals(2, run("import", "habr-text", junk.toString()));
        assertEquals(2, run("export", junk.toString()));
    }

    /** Issue 3's bad inputs through the command: DESIGN.md's exit codes, file:line notes, a workspace never half-written. */
    @Test
    void hostileImports(@TempDir Path dir) throws Exception {
        String seed = Files.readString(repo().resolve("seeds/004_5567fbc14159c4b5.txt"));
        Path noReviewer = dir.resolve("no-reviewer.txt");
        Files.writeString(noReviewer, seed.replace("Автор обзора: Евгений Кашин (в слэке digitman, на habr digitman)\n", ""));
        assertEquals(1, run("import", "habr-text", noReviewer.toString(), "--into", dir.resolve("a").toString()),
                "read as far as it goes, with an error: problems found");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(noReviewer + ":71: error habr.no-reviewer"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(dir.resolve("a/batches/2020-05-part-1.md")));

        Path garbled = dir.resolve("garbled.txt");
        Files.writeString(garbled, new String(seed.getBytes(StandardCharsets.UTF_8), "windows-1251"));
        assertEquals(0, run("import", "habr-text", garbled.toString(), "--into", dir.resolve("b").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(garbled + ":1: warning habr.mojibake"),
                err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse(""));
        assertTrue(Files.readString(dir.resolve("b/reviewers.yaml")).contains("name: Александр Бельских"));

        Path page = dir.resolve("page.html");
        Files.writeString(page, Files.readString(repo().resolve("bundles/io.rfy.habr/src/test/resources/habr-article-page.html"))
                .replace("https://openai.com/blog/dall-e/", "javascript:alert(1)"));
        assertEquals(0, run("import", "habr-html", page.toString(), "--into", dir.resolve("c").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(page + ":46: warning habr.unsafe-link"),
                err.toString(StandardCharsets.UTF_8));

        Path junk = dir.resolve("junk.txt");
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(3);
        while (text.length() < 20 * 1024 * 1024) {
            text.append((char) ('a' + random.nextInt(26))).append(random.nextInt(40) == 0 ? "\n" : "");
        }
        Files.writeString(junk, text);
        assertEquals(2, run("import", "habr-text", junk.toString(), "--into", dir.resolve("d").toString()));
        assertTrue(!Files.exists(dir.resolve("d/reviews")) && !Files.exists(dir.resolve("d/batches")), "nothing written");
    }
}
