package io.rfy.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.ids.ArxivId;
import io.rfy.ids.Doi;
import io.rfy.ids.OpenReviewId;
import io.rfy.store.json.JsonTree;
import io.rfy.testsupport.RecordedServer;
import io.rfy.testsupport.Samples;

/**
 * Real answers of the services, recorded by other projects' test suites (the shared test data, see its
 * PROVENANCE.md), served from a local server or read directly. Skipped when the shared data is not beside the
 * repository.
 */
class RecordedAnswersTest {

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

    private static Path shared(String part) {
        Path p = Samples.sharedTestData(part);
        assumeTrue(p != null, "no shared test data at ../shared/testdata/" + part + ": skipped");
        return p;
    }

    private MetadataLookup lookup() {
        return new MetadataLookup(new Endpoints(server.url("/arxiv"), server.url("/openalex"), server.url("/crossref"),
                server.url("/openreview")), new MetadataCache(MetadataCache.folderOf(dir)),
                LookupSettings.defaults().withArxivInterval(Duration.ZERO).withTimeout(Duration.ofSeconds(5)));
    }

    /** The recorded JSON wrapper {url, status_code, body} of the 2026 recordings. */
    private static Map<?, ?> wrapper(Path file) throws Exception {
        return (Map<?, ?>) JsonTree.parse(Files.readString(file), file.toString());
    }

    @Test
    void legacyFeedWithAJournalDoi() throws Exception {
        Path feed = shared("arxiv/lukasschwab-arxiv.py/legacy-api-2016/id_list_1111.2011v2.xml");
        server.answerFile("/arxiv?id_list=1111.2011v2&max_results=1", "application/atom+xml", feed);
        PaperRecord r = lookup().lookup(MetadataLookupTest.id("arXiv:1111.2011v2"));
        assertTrue(r.title().startsWith("Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large"), r.title());
        assertTrue(!r.title().contains("\n") && !r.title().contains("  "), "unwrapped: " + r.title());
        assertEquals(List.of("James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic"), r.authors());
        assertEquals(2011, r.year());
        assertEquals("10.1103/PhysRevB.85.115117", r.doi());
        assertEquals("1111.2011v2", r.arxiv());
        assertTrue(r.notes().get(0).contains("OpenAlex has no record"), r.notes().toString());
    }

    @Test
    void currentFeedWithArxivAffiliations() throws Exception {
        Map<?, ?> rec = wrapper(shared("arxiv/lukasschwab-arxiv.py/recorded-2026/id_astro-ph_0601001_s0_m100_3150dca9dc76.json"));
        server.answer("/arxiv?id_list=astro-ph%2F0601001&max_results=1", ((Double) rec.get("status_code")).intValue(),
                "application/atom+xml", (String) rec.get("body"));
        PaperRecord r = lookup().lookup(MetadataLookupTest.id("astro-ph/0601001"));
        assertEquals(List.of("Andrew Gould", "Susan Dorsher", "B. Scott Gaudi", "Andrzej Udalski"), r.authors());
        assertEquals(List.of("Ohio State", "CfA", "Warsaw University Observatory"), r.affiliations(),
                "OpenAlex has none here, so arXiv's own, each once");
        assertEquals("arXiv", r.source());
        assertEquals(2006, r.year());
        assertEquals("https://arxiv.org/abs/astro-ph/0601001", r.paperUrl());
        assertNull(r.codeUrl(), "the comment names a web page, not a repository");
    }

    @Test
    void arxivErrorEntryAndEmptyFeed() throws Exception {
        Map<?, ?> error = wrapper(shared("arxiv/lukasschwab-arxiv.py/recorded-2026/id_abc_s0_m100_b79c8dcf6bc3.json"));
        assertEquals(400.0, error.get("status_code"));
        MetadataException e = assertThrows(MetadataException.class,
                () -> ArxivFeed.parse((String) error.get("body"), new ArxivId("abc", 0), new ArrayList<>()));
        assertTrue(e.getMessage().contains("refused") && e.getMessage().contains("incorrect id format for abc"), e.getMessage());
        Map<?, ?> empty = wrapper(shared("arxiv/lukasschwab-arxiv.py/recorded-2026/id_0000.0000_s0_m100_8b51d9633a68.json"));
        e = assertThrows(MetadataException.class,
                () -> ArxivFeed.parse((String) empty.get("body"), new ArxivId("0000.0000", 0), new ArrayList<>()));
        assertEquals("arXiv has no paper 0000.0000", e.getMessage());
    }

    @Test
    void arxivErrorServedWith400() throws Exception {
        Map<?, ?> error = wrapper(shared("arxiv/lukasschwab-arxiv.py/recorded-2026/id_abc_s0_m100_b79c8dcf6bc3.json"));
        server.answer("/arxiv?id_list=2005.00341&max_results=1", 400, "application/atom+xml", (String) error.get("body"));
        MetadataException e = assertThrows(MetadataException.class, () -> lookup().lookup(MetadataLookupTest.id("2005.00341")));
        assertTrue(e.getMessage().startsWith("arXiv refused the query for 2005.00341"), e.getMessage());
        assertTrue(!Files.exists(MetadataCache.folderOf(dir).resolve("arxiv")), "not cached");
    }

    @Test
    void multiEntryFeedsTakeTheFirstEntry() throws Exception {
        PaperRecord r = ArxivFeed.parse(Files.readString(shared(
                "arxiv/lukasschwab-arxiv.py/legacy-api-2016/search_query_au_del_maestro.xml")), new ArxivId("1111.2011", 0),
                new ArrayList<>());
        assertTrue(r.authors().stream().anyMatch(a -> a.contains("Del Maestro")), r.authors().toString());
    }

    @Test
    void openAlexInstitutions() throws Exception {
        List<String> affiliations = OpenAlexWork.affiliations(Files.readString(shared(
                "openalex/b-vitamins-openalex-python/W2741809807.json")), "W2741809807");
        assertEquals(List.of("Impact Technology Development (United States)", "Université de Montréal",
                "Université du Québec à Montréal", "Simon Fraser University", "Public Knowledge Project",
                "University of Washington", "Seattle University", "University of Ottawa"), affiliations);
        assertEquals(List.of("California Institute of Technology"), OpenAlexWork.affiliations(Files.readString(shared(
                "openalex/b-vitamins-openalex-python/W-api-response.json")), "legacy"), "the legacy schema too");
    }

    @Test
    void crossrefWorkServed() throws Exception {
        server.answerFile("/crossref/works/10.1021/acs.orglett.9b00971", "application/json",
                shared("crossref/yongrenjie-abbotsbury/test1.json"));
        PaperRecord r = lookup().lookup(MetadataLookupTest.id("https://doi.org/10.1021/acs.orglett.9b00971"));
        assertEquals("A General Copper-Catalyzed Synthesis of Ynamides from 1,2-Dichloroenamides", r.title());
        assertEquals(List.of("Steven J. Mansfield", "Russell C. Smith", "Jonathan R. J. Yong", "Olivia L. Garry",
                "Edward A. Anderson"), r.authors());
        assertEquals(List.of("Chemistry Research Laboratory, 12 Mansfield Road, Oxford, OX1 3TA, U.K.",
                "Janssen PRD, 3210 Merryfield Row, San Diego, California 92121, United States"), r.affiliations());
        assertEquals(2019, r.year());
        assertEquals("https://doi.org/10.1021/acs.orglett.9b00971", r.paperUrl());
        assertEquals("Crossref", r.source());
    }

    @Test
    void crossrefBookAndBareMessage() throws Exception {
        PaperRecord book = CrossrefWork.parse(Files.readString(shared("crossref/yongrenjie-abbotsbury/test6.json")),
                new Doi("10.1007/978-3-319-53923-2"));
        assertEquals(List.of("Fabien Gatti", "Benjamin Lasorne", "Hans-Dieter Meyer", "André Nauts"), book.authors());
        assertEquals(2017, book.year());
        assertEquals(List.of(), book.affiliations());
        PaperRecord elife = CrossrefWork.parse(Files.readString(shared("crossref/front-matter-commonmeta-py/crossref.json")),
                new Doi("10.7554/elife.01567"));
        assertEquals("Automated quantitative histology reveals vascular morphodynamics during Arabidopsis hypocotyl"
                + " secondary growth", elife.title());
        assertEquals(5, elife.authors().size());
        assertEquals(2014, elife.year());
    }

    @Test
    void openReviewNotesOfBothApiVersions() throws Exception {
        List<?> crawl = (List<?>) JsonTree.parse(Files.readString(shared(
                "openreview/ErikBird-OpenReviewCrawler/example_output.json")), "example_output.json");
        Object note = JsonAnswer.at(crawl, 0, "submissions", 0);
        // the crawler kept API v1 notes verbatim; the API answers {"notes": [note]}
        server.answer("/openreview/notes?id=HkghWScuoQ", 200, "application/json",
                "{\"notes\": [" + io.rfy.testsupport.JsonText.of(note) + "]}");
        PaperRecord r = lookup().lookup(MetadataLookupTest.id("https://openreview.net/forum?id=HkghWScuoQ"));
        assertEquals("Targeted Dropout", r.title());
        assertEquals(List.of("Aidan N. Gomez", "Ivan Zhang", "Kevin Swersky", "Yarin Gal", "Geoffrey E. Hinton"), r.authors());
        assertEquals(2018, r.year());
        assertEquals("https://openreview.net/forum?id=HkghWScuoQ", r.paperUrl());

        Map<?, ?> v2 = (Map<?, ?>) JsonTree.parse(Files.readString(shared(
                "openreview/openreview-openreview-expertise/api2Data.json")), "api2Data.json");
        Object v2note = JsonAnswer.at(v2, "notes", "ABC.cc/-/Blind_Submission", 0);
        PaperRecord synthetic = OpenReviewNote.parse("{\"notes\": [" + io.rfy.testsupport.JsonText.of(v2note) + "]}",
                new OpenReviewId("KHnr1r7h"));
        assertEquals("Right Metatarsal, Endoscopic Approach", synthetic.title(), "the v2 {value: ...} shape");
        MetadataException none = assertThrows(MetadataException.class,
                () -> OpenReviewNote.parse("{\"notes\": []}", new OpenReviewId("nope")));
        assertEquals("OpenReview has no note nope", none.getMessage());
    }
}
