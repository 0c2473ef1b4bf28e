package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.ide.builder.ProblemMarkers;
import io.rfy.ui.editor.ReviewEditor;
import io.rfy.ui.source.LinkAt;
import io.rfy.ui.source.ReviewSourceEditor;
import io.rfy.ui.source.TargetHyperlink;

/** Ctrl+click and hovers on the source page, through the detectors and hover the page is configured with. */
class SourceLinksUiTest {

    @AfterEach
    void cleanUp() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
    }

    private record Source(ReviewEditor editor, ReviewSourceEditor source, ISourceViewer viewer) {
        String text() {
            return viewer.getDocument().get();
        }

        List<TargetHyperlink> linksAt(int offset) {
            List<TargetHyperlink> result = new ArrayList<>();
            for (IHyperlinkDetector d : source.configuration().getHyperlinkDetectors(viewer)) {
                IHyperlink[] found = d.detectHyperlinks(viewer, new Region(offset, 0), false);
                if (found != null) {
                    for (IHyperlink h : found) {
                        if (h instanceof TargetHyperlink t) {
                            result.add(t);
                        }
                    }
                }
            }
            return result;
        }

        String hover(int offset) {
            ITextHover hover = source.configuration().getTextHover(viewer, IDocument.DEFAULT_CONTENT_TYPE);
            var region = hover.getHoverRegion(viewer, offset);
            return region == null ? null : hover.getHoverInfo(viewer, region);
        }
    }

    private static Source open(IFile file) throws Exception {
        ReviewEditor editor = (ReviewEditor) IDE.openEditor(Ui.page(), file, ReviewEditor.ID);
        editor.showPage(editor.sourcePageIndex());
        Ui.processEvents();
        return new Source(editor, editor.sourceEditor(), editor.sourceEditor().viewer());
    }

    private static IProject projectWithLinks() throws Exception {
        IProject project = Ui.sampleProject("source-links");
        IFile jukebox = project.getFile("reviews/2020-05/jukebox.md");
        String text = Files.readString(Path.of(jukebox.getLocation().toOSString()));
        text += "\nСм. также [Flowtron](rfy:review/flowtron) и [MakeItTalk](../2020-05/makeittalk.md),"
                + " но не [нет такого](rfy:review/no-such-review).\n";
        jukebox.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        Ui.build(project);
        return project;
    }

    @Test
    void ctrlClickOnAnRfyReviewLinkOpensTheReview() throws Exception {
        IProject project = projectWithLinks();
        Source s = open(project.getFile("reviews/2020-05/jukebox.md"));
        int at = s.text().indexOf("rfy:review/flowtron") + 12;
        long t0 = System.nanoTime();
        List<TargetHyperlink> links = s.linksAt(at);
        long t1 = System.nanoTime();
        s.hover(at);
        System.out.printf("figure: hyperlink detection %.1f ms, hover %.1f ms%n", (t1 - t0) / 1e6,
                (System.nanoTime() - t1) / 1e6);
        assertEquals(1, links.size());
        assertEquals(s.text().indexOf("rfy:review/flowtron"), links.get(0).getHyperlinkRegion().getOffset());
        assertEquals("rfy:review/flowtron".length(), links.get(0).getHyperlinkRegion().getLength());
        String hover = s.hover(at);
        assertTrue(hover.contains("Flowtron: an Autoregressive Flow-based Generative Network"), hover);
        s.source().selectAndReveal(links.get(0).getHyperlinkRegion().getOffset(),
                links.get(0).getHyperlinkRegion().getLength());
        Ui.screenshot("source-page-links");

        links.get(0).open();
        Ui.processEvents();
        IEditorPart active = Ui.page().getActiveEditor();
        assertEquals(project.getFile("reviews/2020-05/flowtron.md"), active.getEditorInput().getAdapter(IFile.class));
    }

    @Test
    void relativeLinksCrossLinksAndTheReviewerLeadToTheirFiles() throws Exception {
        IProject project = projectWithLinks();
        Source s = open(project.getFile("reviews/2020-05/jukebox.md"));
        String text = s.text();
        List<TargetHyperlink> relative = s.linksAt(text.indexOf("../2020-05/makeittalk.md") + 3);
        assertEquals(project.getFile("reviews/2020-05/makeittalk.md"), relative.get(0).target().file());
        assertTrue(s.hover(text.indexOf("../2020-05/makeittalk.md") + 3).contains("MakeItTalk"));

        List<TargetHyperlink> cross = s.linksAt(text.indexOf("{review: flowtron}") + 10);
        assertEquals(project.getFile("reviews/2020-05/flowtron.md"), cross.get(0).target().file());

        int reviewer = text.indexOf("reviewer: ") + "reviewer: ".length() + 1;
        List<TargetHyperlink> who = s.linksAt(reviewer);
        assertEquals(project.getFile("reviewers.yaml"), who.get(0).target().file());
        String id = text.substring(reviewer - 1, text.indexOf('\n', reviewer));
        List<String> yaml = Files.readAllLines(Path.of(project.getFile("reviewers.yaml").getLocation().toOSString()));
        assertTrue(yaml.get(who.get(0).target().line() - 1).contains("id: " + id), "revealed at the reviewer's id");
        assertTrue(s.hover(reviewer).startsWith("Reviewer " + id + ": "), s.hover(reviewer));
        who.get(0).open();
        Ui.processEvents();
        // reviewers.yaml opens in the reviewers editor, with that reviewer selected
        io.rfy.ui.editor.ReviewersEditor yamlEditor = (io.rfy.ui.editor.ReviewersEditor) Ui.page().getActiveEditor();
        assertEquals(project.getFile("reviewers.yaml"), yamlEditor.getEditorInput().getAdapter(IFile.class));
        var selected = (io.rfy.model.Reviewer) yamlEditor.formPage().tableViewer().getStructuredSelection()
                .getFirstElement();
        assertEquals(id, selected == null ? null : selected.getId(), "the reviewer is selected");

        int missing = text.indexOf("rfy:review/no-such-review") + 12;
        assertEquals(List.of(), s.linksAt(missing), "no target, no link");
        String hover = s.hover(missing);
        assertTrue(hover.contains("No review no-such-review"), hover);
    }

    @Test
    void aCorpusCrossLinkOpensTheDocumentAtItsQuote() throws Exception {
        IProject project = projectWithLinks();
        Source s = open(project.getFile("reviews/2020-05/makeittalk.md"));
        int at = s.text().indexOf("corpus: 000_") + 10;
        List<TargetHyperlink> links = s.linksAt(at);
        assertEquals(1, links.size());
        IFile doc = project.getFile("corpus/000_c08bf2e11786672a.txt");
        assertEquals(doc, links.get(0).target().file());
        List<String> lines = Files.readAllLines(Path.of(doc.getLocation().toOSString()));
        assertTrue(lines.get(links.get(0).target().line() - 1).contains("MakeItTalk"));
        assertTrue(s.hover(at).startsWith("Corpus document 000_c08bf2e11786672a"), s.hover(at));
    }

    @Test
    void hoverOnAMarkedLineShowsTheProblem() throws Exception {
        IProject project = projectWithLinks();
        IFile jukebox = project.getFile("reviews/2020-05/jukebox.md");
        List<IMarker> markers = Arrays.stream(jukebox.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .filter(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) > 0).toList();
        assertTrue(!markers.isEmpty(), "the broken rfy:review link is marked");
        IMarker marker = markers.stream().filter(m -> "rfy.body.broken-review-link".equals(m.getAttribute(
                ProblemMarkers.CODE, ""))).findFirst().orElse(markers.get(0));
        Source s = open(jukebox);
        IDocument doc = s.viewer().getDocument();
        int lineStart = doc.getLineOffset(marker.getAttribute(IMarker.LINE_NUMBER, 0) - 1);
        String hover = s.hover(lineStart);
        assertNotNull(hover);
        assertTrue(hover.contains(marker.getAttribute(IMarker.MESSAGE, "")), hover);
        assertTrue(hover.contains("[" + marker.getAttribute(ProblemMarkers.CODE, "") + "]"), hover);
    }

    @Test
    void linkAtReadsOnlyTheFrontMatterForIds() {
        String text = "---\nreviewer: belskikh\ncrosslinks:\n  - {review: flowtron}\n---\nreviewer: nobody\n";
        assertEquals(LinkAt.Kind.REVIEWER, LinkAt.find(text, text.indexOf("belskikh") + 1).orElseThrow().kind());
        assertEquals("flowtron", LinkAt.find(text, text.indexOf("flowtron")).orElseThrow().key());
        assertNull(LinkAt.find(text, text.indexOf("nobody") + 1).orElse(null), "in the body it is just text");
    }
}
