package io.rfy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.testsupport.RecordedServer;
import io.rfy.testsupport.Samples;

/**
 * {@code rfy new review}, {@code rfy papers fill} and {@code rfy validate --online}'s metadata check, run as the user
 * runs them, against a local server playing arXiv and OpenAlex from the recorded answers (RFY_*_API point at it).
 */
class NewReviewCommandTest {

    static final String JUKEBOX_QUERY = "/arxiv?id_list=2005.00341&max_results=1";
    static final String JUKEBOX_OPENALEX = "/openalex/works/doi:10.48550/arxiv.2005.00341";

    @TempDir
    Path dir;
    RecordedServer server;
    Path ws;
    final Map<String, String> env = new HashMap<>();
    private final InProcessRfy rfy = new InProcessRfy();

    @BeforeEach
    void start() throws IOException {
        server = new RecordedServer();
        env.put("RFY_ARXIV_API", server.url("/arxiv"));
        env.put("RFY_OPENALEX_API", server.url("/openalex"));
        env.put("RFY_CROSSREF_API", server.url("/crossref"));
        env.put("RFY_OPENREVIEW_API", server.url("/openreview"));
        env.put("RFY_METADATA_TIMEOUT", "2");
        ws = dir.resolve("ws");
        Files.createDirectories(ws);
        Files.copy(Samples.sampleWorkspace().resolve("reviewers.yaml"), ws.resolve("reviewers.yaml"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Path recorded(String file) {
        return Samples.repository().resolve("releng/test-support/recorded").resolve(file);
    }

    private int run(String... args) {
        return rfy.command().withEnvironment(env::get).run(args);
    }

    private void playJukebox() {
        server.answerFile(JUKEBOX_QUERY, "application/atom+xml; charset=utf-8", recorded("arxiv/2005.00341.xml"));
        server.answerFile(JUKEBOX_OPENALEX, "application/json", recorded("openalex/10.48550_arxiv.2005.00341.json"));
    }

    private List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            // the cache under .rfy/ may keep answers that were read; the workspace's own files are what must not change
            return s.filter(Files::isRegularFile).filter(p -> !root.relativize(p).startsWith(".rfy")).sorted().toList();
        }
    }

    /** The check the issue names as done: the Jukebox paper header exactly as the published batch printed it. */
    @Test
    void newReviewWritesTheJukeboxHeaderAsTheRubricPrintsIt() throws Exception {
        playJukebox();
        assertEquals(0, run("new", "review", ws.toString(), "--from", "https://arxiv.org/abs/2005.00341", "--reviewer",
                "belskikh", "--period", "2020-05"), rfy.err());
        assertEquals("reviews/2020-05/jukebox.md\n", rfy.out());
        String review = Files.readString(ws.resolve("reviews/2020-05/jukebox.md"));
        assertTrue(review.contains("status: draft"), review);
        assertTrue(review.contains("reviewer: belskikh"), review);
        String published = Files.readString(Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt"));
        String authorsLine = "Авторы статьи: Prafulla Dhariwal, Heewoo Jun, Christine Payne, Jong Wook Kim, Alec Radford,"
                + " Ilya Sutskever (OpenAI, 2020)";
        assertTrue(published.contains("\n" + authorsLine + "\n"), "the seed prints it so");

        Files.createDirectories(ws.resolve("batches"));
        Files.writeString(ws.resolve("batches/2020-05-part-1.md"), "---\ntitle: \"Читаем статьи за вас. Май 2020. Часть 1\"\n"
                + "period: 2020-05\npart: 1\nreviews: [jukebox]\n---\nПривет, Хабр!\n");
        assertEquals(0, run("export", ws.resolve("batches/2020-05-part-1.md").toString()), rfy.err());
        String html = rfy.out();
        assertTrue(html.contains("3. Jukebox: A Generative Model for Music") || html.contains(". Jukebox: A Generative Model for Music"),
                html);
        assertTrue(html.contains(authorsLine), html);
        assertTrue(html.contains("<a href=\"https://arxiv.org/abs/2005.00341\">Оригинал статьи</a> :: "
                + "<a href=\"https://github.com/openai/jukebox\">GitHub project</a>"), html);

        // the paper as the sample workspace, written by hand from the published batch, has it (less its Blog link)
        String sample = Files.readString(Samples.sampleWorkspace().resolve("reviews/2020-05/jukebox.md"))
                .replace(", kind: code}", "}");
        for (String line : review.split("\n")) {
            if (line.startsWith("  - title:") || line.startsWith("    ")) {
                assertTrue(sample.contains(line + "\n"), "'" + line + "' as in the sample:\n" + review);
            }
        }
    }

    @Test
    void neverOverwrites() throws Exception {
        playJukebox();
        assertEquals(0, run("new", "review", ws.toString(), "--from", "2005.00341", "--period", "2020-05"), rfy.err());
        Path file = ws.resolve("reviews/2020-05/jukebox.md");
        Files.writeString(file, Files.readString(file).replace("status: draft", "status: draft\n# my notes"));
        byte[] mine = Files.readAllBytes(file);
        assertEquals(2, run("new", "review", ws.toString(), "--from", "2005.00341", "--period", "2020-06"));
        assertTrue(rfy.err().contains("the review id 'jukebox' is already used by reviews/2020-05/jukebox.md"), rfy.err());
        assertTrue(rfy.err().contains("nothing was written"), rfy.err());
        assertFalse(Files.exists(ws.resolve("reviews/2020-06")));
        assertEquals(0, run("new", "review", ws.toString(), "--from", "2005.00341", "--id", "jukebox-2", "--period",
                "2020-05"), rfy.err());
        assertTrue(Files.exists(ws.resolve("reviews/2020-05/jukebox-2.md")));
        assertTrue(java.util.Arrays.equals(mine, Files.readAllBytes(file)));
        assertEquals(2, server.requests().size(), "the second and third time from the cache");

        Path sample = Samples.copyOfSample(dir.resolve("sample"));
        List<Path> before = files(sample);
        assertEquals(2, run("new", "review", sample.toString(), "--from", "2005.00341"));
        assertEquals(before, files(sample));
    }

    @Test
    void severalPapersAndOffline() throws Exception {
        playJukebox();
        server.answerFile("/arxiv?id_list=2005.05957&max_results=1", "application/atom+xml", recorded("arxiv/2005.05957.xml"));
        server.answerFile("/openalex/works/doi:10.48550/arxiv.2005.05957", "application/json",
                recorded("openalex/10.48550_arxiv.2005.05957.json"));
        assertEquals(0, run("new", "review", ws.toString(), "--from", "2005.00341", "--from", "arXiv:2005.05957",
                "--period", "2020-05"), rfy.err());
        String review = Files.readString(ws.resolve("reviews/2020-05/jukebox.md"));
        assertTrue(review.contains("{label: Оригинал статьи 1, url: \"https://arxiv.org/abs/2005.00341\"}"), review);
        assertTrue(review.contains("{label: GitHub project 2, url: \"https://github.com/NVIDIA/flowtron\"}"), review);
        server.close();
        assertEquals(0, run("new", "review", ws.toString(), "--from", "2005.05957", "--period", "2020-05", "--offline"),
                rfy.err());
        assertTrue(Files.readString(ws.resolve("reviews/2020-05/flowtron.md")).contains("Rafael Valle"));
        assertEquals(1, run("new", "review", ws.toString(), "--from", "2004.12992", "--offline"));
        assertTrue(rfy.err().contains("--offline") && rfy.err().contains("nothing was written"), rfy.err());
    }

    @Test
    void failuresWriteNothing() throws Exception {
        assertFails(s -> s.answer(JUKEBOX_QUERY, 404, "text/plain", "no"), "arXiv has no record", "404");
        assertFails(s -> s.answer(JUKEBOX_QUERY, 429, Map.of("Retry-After", "17"), ""), "HTTP 429", "wait 17 s");
        assertFails(s -> s.answer(JUKEBOX_QUERY, 200, "application/atom+xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
                "not the Atom feed");
        assertFails(s -> s.answerFile(JUKEBOX_QUERY, "application/atom+xml", recorded("arxiv/2005.00341.xml"))
                .answer(JUKEBOX_OPENALEX, 200, "application/json", "{\"authorships\": [{]}"), "OpenAlex", "not JSON");
        assertFails(s -> s.hang(JUKEBOX_QUERY), "did not answer within 2 s");
        assertEquals(2, run("new", "review", ws.toString(), "--from", "not-an-id"));
        assertTrue(rfy.err().contains("'not-an-id' is not an arXiv id or URL, a DOI or an OpenReview URL"), rfy.err());
    }

    /** One failure, played into a workspace without a cache (an earlier case may have cached arXiv's good answer). */
    private void assertFails(java.util.function.Consumer<RecordedServer> play, String... words) throws Exception {
        deleteTree(ws.resolve(".rfy"));
        try (RecordedServer s = new RecordedServer()) {
            play.accept(s);
            env.put("RFY_ARXIV_API", s.url("/arxiv"));
            env.put("RFY_OPENALEX_API", s.url("/openalex"));
            List<Path> before = files(ws);
            assertEquals(1, run("new", "review", ws.toString(), "--from", "2005.00341", "--period", "2020-05"));
            for (String w : words) {
                assertTrue(rfy.err().contains(w), "'" + w + "' in " + rfy.err());
            }
            assertTrue(rfy.err().contains("nothing was written"), rfy.err());
            assertEquals(before, files(ws));
            assertEquals("", rfy.out());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void papersFillFillsOnlyWhatIsEmpty() throws Exception {
        playJukebox();
        Path sample = Samples.copyOfSample(dir.resolve("sample"));
        Path jukebox = sample.resolve("reviews/2020-05/jukebox.md");
        String original = Files.readString(jukebox);
        String emptied = original.replace("  - title: \"Jukebox: A Generative Model for Music\"", "  - title: \"Jukebox (OpenAI)\"")
                .replace("    authors: [Prafulla Dhariwal, Heewoo Jun, Christine Payne, Jong Wook Kim, Alec Radford, Ilya Sutskever]\n", "")
                .replace("    affiliations: [OpenAI]\n", "").replace("    year: 2020\n", "")
                .replace("url: \"https://github.com/openai/jukebox\"", "url: \"\"");
        assertFalse(emptied.equals(original));
        Files.writeString(jukebox, emptied);
        assertEquals(0, run("papers", "fill", sample.toString(), "--review", "jukebox"), rfy.err());
        assertEquals("reviews/2020-05/jukebox.md: paper 1 'Jukebox (OpenAI)': filled authors, affiliations, year,"
                + " link «GitHub project»\n", rfy.out());
        String filled = Files.readString(jukebox);
        assertTrue(filled.contains("  - title: \"Jukebox (OpenAI)\""), "the title a person wrote stays: " + filled);
        assertTrue(filled.contains("{label: GitHub project, url: \"https://github.com/openai/jukebox\", kind: code}"), filled);
        assertTrue(filled.contains("Prafulla Dhariwal") && filled.contains("OpenAI") && filled.contains("2020"), filled);
        assertTrue(filled.endsWith(original.substring(original.indexOf("\n---\n"))), "the body as it was");
        assertEquals(0, run("papers", "fill", sample.toString(), "--review", "jukebox", "--offline"), rfy.err());
        assertEquals("", rfy.out(), "nothing left to fill");
        assertEquals(filled, Files.readString(jukebox));
    }

    @Test
    void validateOnlineReportsMetadataMismatch() throws Exception {
        playJukebox();
        server.answer("/paper", 200, "text/html", "<html>Jukebox</html>");
        Files.createDirectories(ws.resolve("reviews/2020-05"));
        Files.writeString(ws.resolve("reviews/2020-05/jukebox.md"), "---\nreviewer: belskikh\nstatus: draft\npapers:\n"
                + "  - title: \"Jukebox: a generative model for music\"\n"
                + "    authors: [Prafulla Dhariwal, Heewoo Jun, Christine Payne]\n    affiliations: [OpenAI]\n    year: 2020\n"
                + "    arxiv: \"2005.00341\"\n    links:\n      - {label: Оригинал статьи, url: \"" + server.url("/paper") + "\"}\n"
                + "---\nТекст.\n");
        assertEquals(0, run("validate", ws.toString(), "--online", "--format", "json"), rfy.err());
        String json = rfy.out();
        assertTrue(json.contains("\"code\": \"rfy.paper.metadata-mismatch\""), json);
        assertTrue(json.contains("\"suggestion\": \"Prafulla Dhariwal, Heewoo Jun, Christine Payne, Jong Wook Kim, Alec"
                + " Radford, Ilya Sutskever\""), json);
        assertEquals(1, json.split("metadata-mismatch", -1).length - 1, "the title differs only in case: " + json);
        assertEquals(0, run("validate", ws.toString()), rfy.err());
        assertFalse(rfy.out().contains("metadata-mismatch"), "offline, never");
    }
}
