package io.rfy.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.rfy.ids.ArxivId;
import io.rfy.metadata.PaperIdentifier;
import io.rfy.metadata.PaperRecord;
import io.rfy.model.Paper;
import io.rfy.model.RfyFactory;

/** rfy.paper.metadata-mismatch: what counts as the same title and the same authors, and the fix it offers. */
class MetadataChecksTest {

    private static final PaperRecord RECORD = new PaperRecord("arXiv", "f-BRS: Rethinking Backpropagating Refinement for"
            + " Interactive Segmentation", List.of("Konstantin Sofiiuk", "Ilia Petrov", "Olga Barinova", "Anton Konushin"),
            List.of(), 2020, "2001.10331", null, "https://arxiv.org/abs/2001.10331", null, List.of());

    private static List<Finding> check(String title, String... authors) {
        Paper paper = RfyFactory.eINSTANCE.createPaper();
        paper.setTitle(title);
        paper.getAuthors().addAll(List.of(authors));
        List<Finding> out = new ArrayList<>();
        MetadataChecks.check(paper, new PaperIdentifier.Arxiv(new ArxivId("2001.10331", 0)), RECORD, out::add);
        return out;
    }

    @Test
    void spellingIsNotADisagreement() {
        assertEquals(List.of(), check("f-BRS: rethinking backpropagating refinement for interactive segmentation ",
                "Konstantin Sofiiuk", "Ilia Petrov", "Olga Barinova", "Anton Konushin"));
        assertEquals(List.of(), check("f-BRS — Rethinking  Backpropagating Refinement for\nInteractive Segmentation",
                "Konstantin  Sofiiuk", "Ilia Petrov", "Olga Barinova", "Anton Konushin."));
        assertEquals("andre nauts", MetadataChecks.words("André Nauts"));
        assertEquals("ежик", MetadataChecks.words("Ёжик!"));
    }

    @Test
    void anotherTitleOrAnotherAuthorListIsWithTheRecordsValue() {
        List<Finding> found = check("f-BRS", "Konstantin Sofiiuk", "Ilia Petrov", "Olga Barinova");
        assertEquals(2, found.size(), found.toString());
        assertEquals(Rule.PAPER_METADATA_MISMATCH, found.get(0).rule());
        assertEquals(RECORD.title(), found.get(0).suggestion());
        assertEquals("Konstantin Sofiiuk, Ilia Petrov, Olga Barinova, Anton Konushin", found.get(1).suggestion());
        assertEquals(1, check(RECORD.title(), "Ilia Petrov", "Konstantin Sofiiuk", "Olga Barinova", "Anton Konushin").size(),
                "the order of the authors is part of the record");
        assertEquals(List.of(), check("", new String[0]), "empty fields are for papers fill, not a disagreement");
    }
}
