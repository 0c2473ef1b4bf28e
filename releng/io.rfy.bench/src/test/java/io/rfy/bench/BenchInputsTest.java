package io.rfy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.store.RfyWorkspace;

/** The benchmarks' inputs are what they say: workspaces the store reads without errors, a server answering as documented. */
class BenchInputsTest {

    @Test
    void mentionWorkspaceHasOneReviewPerNameAndACorpusNamingThem(@TempDir Path dir) throws Exception {
        assertEquals(0, BenchInputs.run(List.of("mentions", dir.toString(), "--names", "300", "--mb", "1", "--files", "2"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        List<String> names = Files.readAllLines(dir.resolve("names.txt"));
        assertEquals(300, names.size());
        RfyWorkspace ws = RfyWorkspace.load(dir.resolve("ws"));
        assertEquals(List.of(), ws.problems().stream().filter(p -> p.severity() == io.rfy.store.StoreProblem.Severity.ERROR).toList());
        assertEquals(300, ws.reviews().size());
        assertEquals(names.get(7), ws.reviews().stream().filter(r -> r.getId().equals("m-7")).findFirst().orElseThrow()
                .getPapers().get(0).getTitle());
        try (Stream<Path> corpus = Files.list(dir.resolve("ws/corpus"))) {
            assertEquals(2, corpus.count());
        }
    }

    @Test
    void telegramExportIsOneDocumentTheCorpusReaderReads(@TempDir Path dir) throws Exception {
        MentionWorkspace.write(dir, 200, 300_000, 1, true);
        RfyWorkspace ws = RfyWorkspace.load(dir.resolve("ws"));
        assertEquals(List.of(dir.resolve("ws/corpus/channel.json")), ws.corpusFiles());
        assertTrue(Files.size(ws.corpusFiles().get(0)) >= 300_000);
        assertTrue(io.rfy.corpus.CorpusReader.read(ws.corpusFiles().get(0)).getItems().size() > 100);
    }

    @Test
    void serverAnswersByPathOnEachHost(@TempDir Path dir) throws Exception {
        try (SlowHttpServer server = new SlowHttpServer(3, 5)) {
            HttpClient client = HttpClient.newHttpClient();
            assertEquals(200, status(client, "HEAD", server.base(3) + "/page/1"));
            assertEquals(404, status(client, "HEAD", server.base(2) + "/page/2x"));
            assertEquals(405, status(client, "HEAD", server.base(1) + "/no-head/3"));
            assertEquals(200, status(client, "GET", server.base(1) + "/no-head/3"));
            assertEquals(200, status(client, "GET", server.base(1) + "/close-head/4"));
            assertEquals(3, server.requests("HEAD"));
            assertEquals(2, server.requests("GET"));
            List<String> urls = LinkWorkspace.urls(server, 10, 3);
            assertEquals(30, urls.size());
            assertEquals(3, urls.stream().filter(u -> u.endsWith("x")).count());
            LinkWorkspace.write(dir, urls);
            assertEquals(3, Files.readAllLines(dir.resolve("broken.txt")).size());
            assertEquals(3, RfyWorkspace.load(dir.resolve("ws")).reviews().size());
        }
    }

    private static int status(HttpClient client, String method, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
