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
}
