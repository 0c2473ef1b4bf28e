package io.rfy.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.rfy.store.StoreProblem.Severity;
import io.rfy.store.json.JsonWriter;

class ReportWritersTest {

    private final List<ReportEntry> report = List.of(
            new ReportEntry(Severity.ERROR, "rfy.review.no-papers", "review 'x' reviews no paper", "reviews/2020-05/x.md", 3, 1, null),
            new ReportEntry(Severity.WARNING, "rfy.id.arxiv-noncanonical", "write \"2005.00341\"", "reviews/2020-05/y.md", 9, 12,
                    "2005.00341"));

    @Test
    void textIsFileLineColumn() {
        assertEquals("reviews/2020-05/y.md:9:12: warning rfy.id.arxiv-noncanonical write \"2005.00341\" [fix: 2005.00341]",
                report.get(1).toString());
    }

    @Test
    void jsonHasTheDesignShape() throws Exception {
        StringWriter s = new StringWriter();
        try (JsonWriter json = new JsonWriter(s)) {
            ReportWriters.json(report, json);
        }
        String text = s.toString();
        assertTrue(text.startsWith("[\n  {\n    \"severity\": \"error\",\n    \"code\": \"rfy.review.no-papers\""), text);
        assertTrue(text.contains("\"message\": \"write \\\"2005.00341\\\"\""), text);
        assertTrue(text.contains("\"suggestion\": \"2005.00341\""), text);
    }

    @Test
    void sarifHasRulesResultsAndRegions() throws Exception {
        StringWriter s = new StringWriter();
        try (JsonWriter json = new JsonWriter(s)) {
            ReportWriters.sarif(report, json);
        }
        String text = s.toString();
        assertTrue(text.contains("\"version\": \"2.1.0\""), text);
        assertTrue(text.contains("\"id\": \"rfy.review.no-papers\""), text);
        assertTrue(text.contains("\"level\": \"warning\""), text);
        assertTrue(text.contains("\"startLine\": 9") && text.contains("\"startColumn\": 12"), text);
        assertTrue(text.contains("\"uri\": \"reviews/2020-05/x.md\""), text);
    }

    @Test
    void aLinkFindingCarriesItsUrlInJsonAndSarif() throws Exception {
        List<ReportEntry> links = List.of(new ReportEntry(Severity.ERROR, "rfy.link.broken",
                "the link 'Code' (https://example.org/x) is broken: 404 Not Found", "reviews/2020-05/x.md", 11, 9, null,
                "https://example.org/x"));
        StringWriter json = new StringWriter();
        try (JsonWriter w = new JsonWriter(json)) {
            ReportWriters.json(links, w);
        }
        assertTrue(json.toString().contains("\"url\": \"https://example.org/x\""), json.toString());
        StringWriter sarif = new StringWriter();
        try (JsonWriter w = new JsonWriter(sarif)) {
            ReportWriters.sarif(links, w);
        }
        assertTrue(sarif.toString().contains("\"properties\": {\n") && sarif.toString().contains("\"url\": \"https://example.org/x\""),
                sarif.toString());
        StringWriter none = new StringWriter();
        try (JsonWriter w = new JsonWriter(none)) {
            ReportWriters.json(report, w);
        }
        assertTrue(!none.toString().contains("\"url\""), "only link findings have a url");
    }
}
