package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

import io.rfy.ui.editor.WorkspaceIds;
import io.rfy.ui.source.IdCompletions;

/** Content assist for paper names after {@code paper:} in cross-links, on the sample workspace's papers. */
class PaperAssistUiTest {

    @Test
    void paperNamesOfTheWorkspaceAreOfferedAfterPaperAndWrittenQuoted() throws Exception {
        IProject project = Ui.sampleProject("paper-assist");
        IdCompletions assist = new IdCompletions(() -> new IdCompletions.Ids(List.of("belskikh"), List.of("jukebox"),
                () -> WorkspaceIds.paperNames(project)));

        // names that start with what is typed come first; titles, short names and aliases all count
        assertEquals(List.of("Jukebox  (paper)", "Jukebox: A Generative Model for Music  (paper)"),
                assist.paperProposals(true, "juke", 4).stream().map(p -> p.getDisplayString()).toList());
        // a word inside a title is found too
        assertEquals(List.of("Jukebox: A Generative Model for Music  (paper)"),
                assist.paperProposals(true, "generative model for mu", 23).stream().map(p -> p.getDisplayString()).toList());

        TextViewer viewer = new TextViewer(Ui.page().getWorkbenchWindow().getShell(), SWT.NONE);
        try {
            Document doc = new Document("crosslinks:\n  - {paper: \"MakeIt");
            viewer.setDocument(doc);
            ICompletionProposal[] got = assist.computeCompletionProposals(viewer, doc.getLength());
            assertEquals(List.of("MakeItTalk  (paper)", "MakeItTalk: Speaker-Aware Talking Head Animation  (paper)"),
                    Arrays.stream(got).map(ICompletionProposal::getDisplayString).toList(), "only papers after paper:");
            got[0].apply(doc);
            assertEquals("crosslinks:\n  - {paper: \"MakeItTalk\"", doc.get(), "the typed quote is kept, the name closed");

            doc.set("crosslinks:\n  - {paper: ");
            got = assist.computeCompletionProposals(viewer, doc.getLength());
            assertEquals(List.of("Blender", "BlenderBot", "EARL", "EARL: Speedup Transformer-based Rankers with"
                    + " Pre-computed Representation", "Efficient Document Re-Ranking for Transformers by Precomputing Term"
                    + " Representations", "Flowtron", "Flowtron: an Autoregressive Flow-based Generative Network for"
                    + " Text-to-Speech Synthesis", "Jukebox", "Jukebox: A Generative Model for Music", "MakeItTalk",
                    "MakeItTalk: Speaker-Aware Talking Head Animation", "One-Shot Object Detection without Fine-Tuning",
                    "PreTRR", "PreTTR", "Recipes for building an open-domain chatbot", "f-BRS",
                    "f-BRS: Rethinking Backpropagating Refinement for Interactive Segmentation"),
                    Arrays.stream(got).map(p -> p.getDisplayString().replace("  (paper)", "")).toList(),
                    "every title, short name and alias of the sample's 8 papers");
            got[0].apply(doc);
            assertEquals("crosslinks:\n  - {paper: \"Blender\"", doc.get(), "quoted when no quote was typed");

            doc.set("reviewer: bel");
            got = assist.computeCompletionProposals(viewer, doc.getLength());
            assertEquals(List.of("belskikh  (reviewer)"),
                    Arrays.stream(got).map(ICompletionProposal::getDisplayString).toList(), "ids elsewhere, as before");
        } finally {
            viewer.getControl().dispose();
        }
    }
}
