package io.rfy.validation;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rfy.store.StoreProblem.Severity;
import io.rfy.store.json.JsonWriter;

/** A validation report as text (for people), JSON (DESIGN.md's shape) or SARIF 2.1.0 (for CI systems). */
public final class ReportWriters {

    private ReportWriters() {
    }

    public static void text(List<ReportEntry> report, PrintStream out) {
        for (ReportEntry e : report) {
            out.println(e);
        }
    }

    /** {@code [{severity, code, message, file, line, column, suggestion?, url?}]}. */
    public static void json(List<ReportEntry> report, JsonWriter json) {
        json.beginArray();
        for (ReportEntry e : report) {
            json.beginObject().name("severity").value(e.severity().label()).name("code").value(e.code())
                    .name("message").value(e.message()).name("file").value(e.file()).name("line").value(e.line())
                    .name("column").value(e.column()).optional("suggestion", e.suggestion())
                    .optional("url", e.url()).endObject();
        }
        json.endArray();
    }

    /** A SARIF 2.1.0 log with one run: the rules that fired, and one result each. */
    public static void sarif(List<ReportEntry> report, JsonWriter json) throws IOException {
        Map<String, String> rules = new LinkedHashMap<>();
        for (ReportEntry e : report) {
            rules.computeIfAbsent(e.code(), ReportWriters::describe);
        }
        json.beginObject().name("$schema").value("https://json.schemastore.org/sarif-2.1.0.json")
                .name("version").value("2.1.0").name("runs").beginArray().beginObject();
        json.name("tool").beginObject().name("driver").beginObject().name("name").value("rfy")
                .name("rules").beginArray();
        for (Map.Entry<String, String> r : rules.entrySet()) {
            json.beginObject().name("id").value(r.getKey()).name("shortDescription").beginObject().name("text")
                    .value(r.getValue()).endObject().endObject();
        }
        json.endArray().endObject().endObject();
        json.name("results").beginArray();
        for (ReportEntry e : report) {
            json.beginObject().name("ruleId").value(e.code())
                    .name("level").value(e.severity() == Severity.ERROR ? "error" : e.severity() == Severity.WARNING
                            ? "warning" : "note")
                    .name("message").beginObject().name("text").value(e.message()).endObject();
            json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject()
                    .name("artifactLocation").beginObject().name("uri").value(e.file()).endObject();
            if (e.line() > 0) {
                json.name("region").beginObject().name("startLine").value(e.line())
                        .name("startColumn").value(Math.max(1, e.column())).endObject();
            }
            json.endObject().endObject().endArray();
            if (e.suggestion() != null || e.url() != null) {
                json.name("properties").beginObject().optional("suggestion", e.suggestion()).optional("url", e.url())
                        .endObject();
            }
            json.endObject();
        }
        json.endArray().endObject().endArray().endObject();
    }

    private static String describe(String code) {
        for (Rule rule : Rule.values()) {
            if (rule.code().equals(code)) {
                return rule.summary();
            }
        }
        return "a workspace file reads as the format defines (" + code + ")";
    }
}
