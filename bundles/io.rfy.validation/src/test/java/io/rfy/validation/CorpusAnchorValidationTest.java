package io.rfy.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.corpus.CorpusFiles;
import io.rfy.corpus.CrossLinks;
import io.rfy.corpus.Mention;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.StoreProblem.Severity;
import io.rfy.testsupport.Samples;

/**
 * A cross-link accepted from a mention in a seed digest, then the digest edited as a re-import would: each edit gives
 * exactly one anchor diagnostic, with its code, severity, file, line and suggestion.
 */
class CorpusAnchorValidationTest {

    private static final String DIGEST = "002_0ef65161becd3671";
    private static final String REVIEW = "reviews/2021-04/swin.md";

    @TempDir
    Path dir;
    Path ws;
    Path doc;
    String original;
    Mention accepted;
    int linkLine;

    @BeforeEach
    void acceptAMention() throws Exception {
        ws = Samples.copyOfSample(dir.resolve("ws"));
        List<Path> seeds = new ArrayList<>();
        for (String seed : List.of("000_c08bf2e11786672a", "001_d84b8b19dd66ab17", DIGEST, "003_65155b8b9cab895a")) {
            seeds.add(Samples.repository().resolve("seeds/" + seed + ".txt"));
        }
        CorpusFiles.add(seeds, ws);
        Path review = ws.resolve(REVIEW);
        Files.createDirectories(review.getParent());
        Files.writeString(review, "---\nreviewer: digitman\nstatus: draft\npapers:\n"
                + "  - title: \"Swin Transformer: Hierarchical Vision Transformer using Shifted Windows\"\n"
                + "    authors: [Ze Liu]\n    year: 2021\n"
                + "    links:\n      - {label: Оригинал статьи, url: \"https://arxiv.org/abs/2103.14030\"}\n"
                + "---\nЧерновик.\n");
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        List<Mention> unlinked = CrossLinks.unlinked(loaded, loaded.review("swin"));
        accepted = unlinked.stream().filter(m -> m.document().equals(DIGEST)).findFirst().orElseThrow();
        assertEquals("Swin Transformer", accepted.quote());
        CrossLinks.accept(loaded, loaded.review("swin"), accepted);
        linkLine = lineOf(review, "{corpus: " + DIGEST);
        doc = ws.resolve("corpus/" + DIGEST + ".txt");
        original = Files.readString(doc);
    }

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + Files.readString(file));
    }

    private List<ReportEntry> anchorDiagnostics() throws Exception {
        List<ReportEntry> report = WorkspaceValidation.run(RfyWorkspace.load(ws), ValidationSettings.defaults(), null);
        return report.stream().filter(e -> e.code().startsWith("rfy.crosslink.")).toList();
    }

    /** The one anchor diagnostic, which must be at the accepted cross-link's line. */
    private ReportEntry only(String code, Severity severity) throws Exception {
        List<ReportEntry> found = anchorDiagnostics();
        assertEquals(1, found.size(), "one diagnostic per anchor: " + found);
        ReportEntry e = found.get(0);
        assertEquals(code, e.code(), e.toString());
        assertEquals(severity, e.severity(), e.toString());
        assertEquals(REVIEW, e.file());
        assertEquals(linkLine, e.line(), e.toString());
        assertTrue(e.column() > 0, e.toString());
        return e;
    }

    /** The char offset of the accepted quote in the original digest, from the mention's code point offset. */
    private int quoteAt() {
        return original.offsetByCodePoints(0, accepted.start());
    }

    @Test
    void theAcceptedAnchorResolves() throws Exception {
        assertEquals(List.of(), anchorDiagnostics());
    }

    @Test
    void textInsertedBeforeTheQuoteIsAMovedWarningWithTheNewPosition() throws Exception {
        String inserted = "Новинка недели — ";
        Files.writeString(doc, original.substring(0, quoteAt()) + inserted + original.substring(quoteAt()));
        ReportEntry e = only("rfy.crosslink.anchor-moved", Severity.WARNING);
        int shift = inserted.codePointCount(0, inserted.length());
        assertEquals((accepted.start() + shift) + "-" + (accepted.end() + shift), e.suggestion());
    }

    @Test
    void aWordChangedInTheQuoteIsAFuzzyInfoWithTheNewQuote() throws Exception {
        Files.writeString(doc, original.replace("Swin Transformer", "Swin Tranformer"));
        ReportEntry e = only("rfy.crosslink.anchor-fuzzy", Severity.INFO);
        assertEquals("Swin Tranformer", e.suggestion());
        assertFalse(WorkspaceValidation.hasErrors(List.of(e)), "an info does not fail validation");
    }

    @Test
    void theDeletedPassageIsABrokenAnchorError() throws Exception {
        int from = original.lastIndexOf("\n\n", quoteAt());
        int to = original.indexOf("LightningDOT", quoteAt());
        assertTrue(from > 0 && to > from, "the Swin Transformer section is between two others");
        Files.writeString(doc, original.substring(0, from + 2) + original.substring(to));
        ReportEntry e = only("rfy.crosslink.broken-anchor", Severity.ERROR);
        assertNull(e.suggestion());
        assertTrue(e.message().contains("«Swin Transformer»"), e.message());
    }

    @Test
    void aDeletedDocumentIsOneUnknownDocumentError() throws Exception {
        Files.delete(doc);
        only("rfy.crosslink.unknown-document", Severity.ERROR);
    }
}
