package io.rfy.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * The lookup against a local server playing arXiv and OpenAlex from the hand-written answers for the seed-004
 * papers: the record, politeness (User-Agent, 3 s between arXiv requests), the cache, offline, and each failure.
 */
class MetadataLookupTest {

    static final String JUKEBOX_QUERY = "/arxiv?id_list=2005.00341&max_results=1";
    static final String JUKEBOX_OPENALEX = "/openalex/works/doi:10.48550/arxiv.2005.00341";

    @TempDir
    Path dir;
    RecordedServer server;

    @BeforeEach
    void start() {
        server = new RecordedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Path recorded(String file) {
        return Samples.repository().resolve("releng/test-support/recorded").resolve(file);
    }

    private Endpoints endpoints() {
        return new Endpoints(server.url("/arxiv"), server.url("/openalex"), server.url("/crossref"),
                server.url("/openreview"));
    }

    private MetadataLookup lookup(LookupSettings settings) {
        return new MetadataLookup(endpoints(), new MetadataCache(MetadataCache.folderOf(dir)), settings);
    }

    private MetadataLookup fast() {
        return lookup(LookupSettings.defaults().withArxivInterval(Duration.ZERO).withTimeout(Duration.ofSeconds(2)));
    }

    private void playJukebox() {
        server.answerFile(JUKEBOX_QUERY, "application/atom+xml; charset=utf-8", recorded("arxiv/2005.00341.xml"));
        server.answerFile(JUKEBOX_OPENALEX, "application/json", recorded("openalex/10.48550_arxiv.2005.00341.json"));
    }

    static PaperIdentifier id(String text) {
        return PaperIdentifier.parse(text).orElseThrow(() -> new AssertionError(text));
    }

    private List<Path> cached() throws IOException {
        Path root = MetadataCache.folderOf(dir);
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void jukeboxFromArxivAndOpenAlex() throws Exception {
        playJukebox();
        PaperRecord r = fast().lookup(id("https://arxiv.org/abs/2005.00341"));
        assertEquals("Jukebox: A Generative Model for Music", r.title(), "unwrapped");
        assertEquals(List.of("Prafulla Dhariwal", "Heewoo Jun", "Christine Payne", "Jong Wook Kim", "Alec Radford",
                "Ilya Sutskever"), r.authors());
        assertEquals(List.of("OpenAI"), r.affiliations());
        assertEquals(2020, r.year());
        assertEquals("2005.00341", r.arxiv(), "no version asked, none kept");
        assertEquals("https://arxiv.org/abs/2005.00341", r.paperUrl());
        assertEquals("https://github.com/openai/jukebox", r.codeUrl(), "from the abstract, the sentence's dot dropped");
        assertNull(r.doi());
        assertEquals("Jukebox", r.shortName());
        assertEquals("arXiv + OpenAlex", r.source());
        assertEquals(List.of(JUKEBOX_QUERY, JUKEBOX_OPENALEX),
                server.requests().stream().map(RecordedServer.Request::pathAndQuery).toList());
        assertTrue(server.requests().stream().allMatch(q -> q.userAgent().startsWith("rfy-workbench/")), "User-Agent");
        assertEquals(2, cached().size());
    }

    @Test
    void theCacheAnswersNextTimeAndOffline() throws Exception {
        playJukebox();
        PaperRecord first = fast().lookup(id("2005.00341"));
        PaperRecord again = fast().lookup(id("arXiv:2005.00341"));
        PaperRecord offline = lookup(LookupSettings.defaults().withOffline(true)).lookup(id("10.48550/arXiv.2005.00341"));
        assertEquals(first, again);
        assertEquals(first, offline);
        assertEquals(2, server.requests().size(), "asked once");
        MetadataException missing = assertThrows(MetadataException.class,
                () -> lookup(LookupSettings.defaults().withOffline(true)).lookup(id("2005.05957")));
        assertTrue(missing.getMessage().contains("--offline") && missing.getMessage().contains("2005.05957"),
                missing.getMessage());
        assertEquals(2, server.requests().size(), "offline never asks");
    }

    @Test
    void aVersionAskedForIsKept() throws Exception {
        server.answerFile("/arxiv?id_list=2005.00341v1&max_results=1", "application/atom+xml", recorded("arxiv/2005.00341.xml"));
        server.answerFile(JUKEBOX_OPENALEX, "application/json", recorded("openalex/10.48550_arxiv.2005.00341.json"));
        PaperRecord r = fast().lookup(id("https://arxiv.org/pdf/2005.00341v1.pdf"));
        assertEquals("2005.00341v1", r.arxiv());
        assertEquals("https://arxiv.org/abs/2005.00341v1", r.paperUrl());
    }

    @Test
    void threeSecondsBetweenArxivRequests() throws Exception {
        playJukebox();
        server.answerFile("/arxiv?id_list=2005.05957&max_results=1", "application/atom+xml", recorded("arxiv/2005.05957.xml"));
        server.answerFile("/openalex/works/doi:10.48550/arxiv.2005.05957", "application/json",
                recorded("openalex/10.48550_arxiv.2005.05957.json"));
        MetadataLookup polite = lookup(LookupSettings.defaults());
        polite.lookup(id("2005.00341"));
        PaperRecord flowtron = polite.lookup(id("2005.05957"));
        List<RecordedServer.Request> arxiv = server.requests().stream().filter(q -> q.pathAndQuery().startsWith("/arxiv"))
                .toList();
        long gap = arxiv.get(1).nanoTime() - arxiv.get(0).nanoTime();
        assertTrue(gap >= Duration.ofMillis(2990).toNanos(), "gap " + gap / 1_000_000 + " ms");
        assertEquals("https://github.com/NVIDIA/flowtron", flowtron.codeUrl(), "from the comment");
        assertEquals(List.of("Nvidia (United States)"), flowtron.affiliations(), "as OpenAlex names it");
    }

    @Test
    void openAlexWithoutTheWorkLeavesAffiliationsEmptyAndSaysSo() throws Exception {
        server.answerFile(JUKEBOX_QUERY, "application/atom+xml", recorded("arxiv/2005.00341.xml"));
        PaperRecord r = fast().lookup(id("2005.00341"));
        assertEquals(List.of(), r.affiliations());
        assertTrue(r.notes().get(0).contains("OpenAlex has no record"), r.notes().toString());
    }

    @Test
    void failuresSayWhatHappenedAndCacheNothing() throws Exception {
        assertFailure(s -> s.answer(JUKEBOX_QUERY, 404, "text/plain", "not found"), "has no record", "404");
        assertFailure(s -> s.answer(JUKEBOX_QUERY, 429, Map.of("Retry-After", "30"), "slow down"), "HTTP 429",
                "wait 30 s");
        assertFailure(s -> s.answer(JUKEBOX_QUERY, 503, Map.of("Retry-After", "Fri, 04 Dec 2026 19:00:00 GMT"), ""),
                "HTTP 503", "until Fri, 04 Dec 2026 19:00:00 GMT");
        assertFailure(s -> s.answer(JUKEBOX_QUERY, 200, "text/plain", "Rate exceeded."), "Rate exceeded", "wait");
        assertFailure(s -> s.answer(JUKEBOX_QUERY, 200, "application/atom+xml", "<feed><entry><title>Jukebox</entry>"),
                "not the Atom feed", "nothing was written");
        assertFailure(s -> s.answer(JUKEBOX_QUERY, 500, "text/plain", "oops"), "HTTP 500", "/arxiv?id_list=2005.00341");
        assertFailure(s -> s.answerFile(JUKEBOX_QUERY, "application/atom+xml", recorded("arxiv/2005.00341.xml"))
                .answer(JUKEBOX_OPENALEX, 200, "application/json", "{\"authorships\": [}"),
                "OpenAlex's answer for 10.48550/arxiv.2005.00341 is not JSON (line 1, column 18", "nothing was written");
        assertFailure(s -> s.hang(JUKEBOX_QUERY), "did not answer within 1 s", "arXiv");
    }

    private int failures;

    /** One failure played on a fresh server into a fresh cache: the message has the words, the failing answer is not kept. */
    private void assertFailure(java.util.function.Consumer<RecordedServer> play, String... words) throws Exception {
        Path cache = dir.resolve("failure-" + failures++);
        try (RecordedServer s = new RecordedServer()) {
            play.accept(s);
            MetadataLookup l = new MetadataLookup(new Endpoints(s.url("/arxiv"), s.url("/openalex"), s.url("/crossref"),
                    s.url("/openreview")), new MetadataCache(cache),
                    LookupSettings.defaults().withArxivInterval(Duration.ZERO).withTimeout(Duration.ofSeconds(1)));
            MetadataException e = assertThrows(MetadataException.class, () -> l.lookup(id("2005.00341")));
            for (String w : words) {
                assertTrue(e.getMessage().contains(w), "'" + w + "' in: " + e.getMessage());
            }
            String failing = e.getMessage().startsWith("OpenAlex") ? "openalex" : "arxiv";
            assertFalse(Files.exists(cache.resolve(failing)), "nothing of " + failing + " cached after: " + e.getMessage());
        }
    }

    @Test
    void unreachableIsAClearOfflineMessage() throws Exception {
        String port;
        try (RecordedServer s = new RecordedServer()) {
            port = s.url("");
        }
        MetadataLookup l = new MetadataLookup(new Endpoints(port + "/arxiv", port, port, port),
                new MetadataCache(MetadataCache.folderOf(dir)), LookupSettings.defaults().withTimeout(Duration.ofSeconds(2)));
        MetadataException e = assertThrows(MetadataException.class, () -> l.lookup(id("2005.00341")));
        assertTrue(e.getMessage().startsWith("cannot reach arXiv") && e.getMessage().contains("--offline"), e.getMessage());
        assertFalse(Files.exists(MetadataCache.folderOf(dir)));
        long start = System.nanoTime();
        MetadataException next = assertThrows(MetadataException.class, () -> l.lookup(id("2005.05957")));
        assertEquals(e.getMessage(), next.getMessage());
        assertTrue(System.nanoTime() - start < Duration.ofMillis(2500).toNanos(), "not asked again, so not paced 3 s");
    }

    @Test
    void endpointsFromTheEnvironment() {
        Endpoints e = Endpoints.from(Map.of("RFY_ARXIV_API", "http://mirror.example/api/query/", "RFY_CROSSREF_API", " ")::get);
        assertEquals("http://mirror.example/api/query", e.arxiv());
        assertEquals(Endpoints.OPENALEX_DEFAULT, e.openAlex());
        assertEquals(Endpoints.CROSSREF_DEFAULT, e.crossref());
        assertEquals("https://export.arxiv.org/api/query", Endpoints.defaults().arxiv());
        assertEquals("https://api2.openreview.net", Endpoints.defaults().openReview());
    }
}
