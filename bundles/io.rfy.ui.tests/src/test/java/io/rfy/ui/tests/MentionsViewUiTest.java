package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.corpus.Mention;
import io.rfy.model.CorpusCrossLink;
import io.rfy.ui.editor.ReviewEditor;
import io.rfy.ui.views.CorpusView;
import io.rfy.ui.views.MentionsSnapshot;
import io.rfy.ui.views.MentionsView;

/** The Mentions & Backlinks view follows the review editor; "Link" on a mention writes the cross-link. */
class MentionsViewUiTest {

    /** The sample's makeittalk review already links the MakeItTalk passage of seed 000: take that line out. */
    private static final String LINKED = "  - {corpus: 000_c08bf2e11786672a, quote: \"MakeItTalk\"";

    @AfterEach
    void cleanUp() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
    }

    private static boolean isTalk(Mention m) {
        return m.document().equals(SeedCorpus.DIGEST) && m.quote().equalsIgnoreCase("MakeItTalk");
    }

    private static TreeItem row(TreeItem[] items, String prefix) {
        return Arrays.stream(items).filter(i -> i.getText().startsWith(prefix)).findFirst().orElse(null);
    }

    @Test
    void showsTheMakeItTalkMentionAndLinkWritesTheCrossLink() throws Exception {
        IProject project = SeedCorpus.project("mentions-view", dir -> {
            Path review = dir.resolve("reviews/2020-05/makeittalk.md");
            String text = Files.readString(review);
            String without = String.join("\n", text.lines().filter(l -> !l.startsWith(LINKED)).toList()) + "\n";
            assertFalse(without.equals(text), "the sample's link line");
            Files.writeString(review, without);
            Path flowtron = dir.resolve("reviews/2020-05/flowtron.md");
            String f = Files.readString(flowtron);
            Files.writeString(flowtron, f.replace("  - {review: jukebox}\n", "  - {review: jukebox}\n  - {review: makeittalk}\n"));
        });
        IFile file = project.getFile("reviews/2020-05/makeittalk.md");
        Path path = Path.of(file.getLocation().toOSString());
        String before = Files.readString(path);
        ReviewEditor editor = (ReviewEditor) IDE.openEditor(Ui.page(), file);
        long t0 = System.nanoTime();
        MentionsView view = (MentionsView) Ui.page().showView(MentionsView.ID);
        Ui.page().activate(editor);
        assertTrue(Ui.waitFor(() -> view.snapshot() != null && view.snapshot().reviewId().equals("makeittalk"), 30_000),
                "follows the review editor: " + view.headerText());
        System.out.printf("figure: Mentions view shown and read for makeittalk (4 seed documents): %d ms%n",
                (System.nanoTime() - t0) / 1_000_000);
        MentionsSnapshot s = view.snapshot();
        Mention talk = s.unlinked().stream().filter(MentionsViewUiTest::isTalk).findFirst().orElse(null);
        assertNotNull(talk, "the MakeItTalk mention of seed 000 is unlinked: " + s.unlinked());
        assertTrue(talk.prefix().endsWith("о новых дипфейк-алгоритмах. \n\n"), talk.prefix());
        assertTrue(s.linked().stream().anyMatch(l -> l.kind().equals("review") && l.target().equals("flowtron")),
                "its review cross-link: " + s.linked());
        // flowtron links to makeittalk (added above); makeittalk's own link to flowtron is no backlink of makeittalk
        assertEquals(java.util.List.of("flowtron"), s.backlinks().stream().map(MentionsSnapshot.Backlink::review).toList());
        assertTrue(view.headerText().startsWith("makeittalk — MakeItTalk: Speaker-Aware Talking Head Animation"),
                view.headerText());

        // the row the user sees: the quote in its context and a "Link" cell
        Ui.processEvents();
        TreeItem unlinked = row(view.viewer().getTree().getItems(), "Unlinked mentions");
        assertNotNull(unlinked);
        int rank = s.unlinked().indexOf(talk) + 1;
        TreeItem talkRow = row(unlinked.getItems(), rank + ". ");
        assertNotNull(talkRow);
        assertTrue(talkRow.getText(0).contains("MakeItTalk"), talkRow.getText(0));
        assertTrue(talkRow.getText(1).contains(SeedCorpus.DIGEST), talkRow.getText(1));
        assertNotNull(talk.item(), "the mention knows its digest section");
        String section = talk.item().strip().replaceAll("\\s+", " ");
        assertTrue(talkRow.getText(1).startsWith(section.substring(0, Math.min(20, section.length()))), talkRow.getText(1));
        assertEquals("Link", talkRow.getText(2));
        view.viewer().setSelection(new StructuredSelection(talk), true);
        Ui.shell().getDisplay().setCursorLocation(5, 5);
        Ui.processEvents();
        assertTrue(view.previewText().startsWith("…о новых дипфейк-алгоритмах. MakeItTalk Недавно"), view.previewText());
        assertTrue(view.previewText().contains("names MakeItTalk: Speaker-Aware Talking Head Animation"), view.previewText());
        Ui.screenshot("mentions-view");

        // a click on the row's "Link" cell: written through the store into crosslinks, the editor (clean) shows it,
        // the view moves it to the cross-links
        assertTrue(view.linkAction().isEnabled());
        org.eclipse.swt.graphics.Rectangle cell = talkRow.getBounds(2);
        org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
        click.button = 1;
        click.x = cell.x + cell.width / 2;
        click.y = cell.y + cell.height / 2;
        long t1 = System.nanoTime();
        view.viewer().getTree().notifyListeners(org.eclipse.swt.SWT.MouseDown, click);
        assertTrue(Ui.waitFor(() -> read(path).contains("corpus: " + SeedCorpus.DIGEST), 20_000), read(path));
        System.out.printf("figure: Link to written file: %d ms%n", (System.nanoTime() - t1) / 1_000_000);
        String after = Files.readString(path);
        String line = after.lines().filter(l -> l.contains("corpus: " + SeedCorpus.DIGEST)).findFirst().orElseThrow();
        assertTrue(line.startsWith("  - {corpus: " + SeedCorpus.DIGEST + ", quote: "), line);
        assertTrue(line.contains("MakeItTalk") && line.contains("prefix: ") && line.contains("suffix: "), line);
        assertEquals(before.lines().count() + 1, after.lines().count(), "only the entry added");
        assertTrue(Ui.waitFor(() -> view.snapshot().unlinked().stream().noneMatch(MentionsViewUiTest::isTalk)
                && view.snapshot().linked().stream().anyMatch(l -> l.kind().equals("corpus")), 20_000),
                "the mention is now a cross-link: " + view.snapshot().linked());
        assertTrue(Ui.waitFor(() -> editor.review().getCrossLinks().stream().anyMatch(c -> c instanceof CorpusCrossLink), 10_000),
                "the open editor was reloaded");
        assertFalse(editor.isDirty());
        MentionsSnapshot.Linked written = view.snapshot().linked().stream().filter(l -> "corpus".equals(l.kind()))
                .findFirst().orElseThrow();
        assertEquals(io.rfy.corpus.CorpusAnchors.Status.EXACT, written.status(), "the new anchor resolves exactly");
        view.viewer().setSelection(new StructuredSelection(written), true);
        Ui.shell().getDisplay().setCursorLocation(5, 5); // no tooltip over the view in the screenshot
        Ui.processEvents();
        Ui.screenshot("mentions-view-linked");
    }

    @Test
    void aDirtyEditorIsNotWrittenUnderAndShowInCorpusRevealsTheMention() throws Exception {
        IProject project = SeedCorpus.project("mentions-dirty");
        IFile file = project.getFile("reviews/2020-05/makeittalk.md");
        Path path = Path.of(file.getLocation().toOSString());
        String before = Files.readString(path);
        ReviewEditor editor = (ReviewEditor) IDE.openEditor(Ui.page(), file);
        MentionsView view = (MentionsView) Ui.page().showView(MentionsView.ID);
        Ui.page().activate(editor);
        assertTrue(Ui.waitFor(() -> view.snapshot() != null && view.snapshot().reviewId().equals("makeittalk"), 30_000),
                view.headerText());
        // the sample links the passage already: a cross-link, resolved exactly, no unlinked twin
        MentionsSnapshot.Linked linked = view.snapshot().linked().stream().filter(l -> "corpus".equals(l.kind()))
                .findFirst().orElse(null);
        assertNotNull(linked, view.snapshot().linked().toString());
        assertEquals(io.rfy.corpus.CorpusAnchors.Status.EXACT, linked.status());
        assertTrue(view.snapshot().unlinked().stream().noneMatch(MentionsViewUiTest::isTalk), "covered by the cross-link");

        // double-click on it (an SWT default selection): the Corpus view selects the passage
        view.viewer().setSelection(new StructuredSelection(linked), true);
        Ui.processEvents();
        assertEquals("Show in Corpus", view.showAction().getText());
        TreeItem links = row(view.viewer().getTree().getItems(), "Cross-links");
        TreeItem linkedRow = Arrays.stream(links.getItems()).filter(i -> linked.equals(i.getData())).findFirst().orElseThrow();
        org.eclipse.swt.widgets.Event open = new org.eclipse.swt.widgets.Event();
        open.item = linkedRow;
        view.viewer().getTree().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, open);
        CorpusView corpus = (CorpusView) Ui.page().findView(CorpusView.ID);
        assertNotNull(corpus);
        assertTrue(Ui.waitFor(() -> corpus.text().getSelectionText().equals("MakeItTalk"), 30_000),
                "selected in the Corpus view: «" + corpus.text().getSelectionText() + "»");
        Mention first = new Mention("MakeItTalk: Speaker-Aware Talking Head Animation", "makeittalk", SeedCorpus.DIGEST,
                null, "MakeItTalk", linked.start(), linked.end(), "", "");

        // unsaved edits in the editor: refused (the file is untouched), with the reason shown
        var title = editor.formPage().titleField();
        title.setFocus();
        title.setText("MakeItTalk (edited)");
        title.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, null);
        Ui.processEvents();
        assertTrue(Ui.waitFor(editor::isDirty, 5_000), "the editor is dirty");
        io.rfy.ui.views.LinkOperation op = new io.rfy.ui.views.LinkOperation(project, "makeittalk", file, first);
        assertTrue(op.refusal() != null && op.refusal().contains("unsaved changes"), String.valueOf(op.refusal()));
        assertEquals(before, Files.readString(path));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
