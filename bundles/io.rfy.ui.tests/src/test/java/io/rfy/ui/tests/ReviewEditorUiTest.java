package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.ui.editor.FileChangedPrompt;
import io.rfy.ui.editor.ReviewEditor;
import io.rfy.ui.source.IdCompletions;
import io.rfy.ui.source.MarkdownOutlinePage;

/** The review editor on the sample workspace's jukebox review. */
class ReviewEditorUiTest {

    private static final java.util.function.Function<String, FileChangedPrompt.Answer> ASK = FileChangedPrompt.ask;

    @AfterEach
    void closeEditors() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
        FileChangedPrompt.ask = ASK;
    }

    private static ReviewEditor open(IFile file) throws Exception {
        IEditorPart part = IDE.openEditor(Ui.page(), file);
        Ui.processEvents();
        return assertInstanceOf(ReviewEditor.class, part, "reviews/ files open in the review editor");
    }

    @Test
    void changeTheTitleOnTheFormAndOnlyThatLineChangesOnDisk() throws Exception {
        IProject project = Ui.sampleProject("review-edit");
        IFile file = project.getFile("reviews/2020-05/jukebox.md");
        Path path = Path.of(file.getLocation().toOSString());
        List<String> before = Files.readAllLines(path, StandardCharsets.UTF_8);
        ReviewEditor editor = open(file);
        Ui.page().showView(IPageLayout.ID_OUTLINE);
        Ui.screenshot("review-editor-form");

        var title = editor.formPage().titleField();
        assertEquals("Jukebox: A Generative Model for Music", title.getText());
        title.setFocus();
        title.setText("Jukebox: A Generative Model for Music (v2)");
        title.notifyListeners(SWT.DefaultSelection, null);
        Ui.processEvents();
        assertTrue(editor.isDirty(), "dirty after an edit");
        editor.domain().getCommandStack().undo();
        Ui.processEvents();
        assertEquals("Jukebox: A Generative Model for Music", editor.review().getPapers().get(0).getTitle(), "undo");
        editor.domain().getCommandStack().redo();
        Ui.processEvents();
        editor.doSave(null);
        Ui.processEvents();
        assertFalse(editor.isDirty(), "clean after save");

        List<String> after = Files.readAllLines(path, StandardCharsets.UTF_8);
        assertEquals(before.size(), after.size(), "line count");
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        assertEquals(List.of(4), changed, "only the title line changed");
        assertEquals("  - title: \"Jukebox: A Generative Model for Music (v2)\"", after.get(4));
    }

    @Test
    void sourcePageColoursAssistsAndOutlines() throws Exception {
        IProject project = Ui.sampleProject("review-source");
        ReviewEditor editor = open(project.getFile("reviews/2020-05/jukebox.md"));
        editor.showPage(editor.sourcePageIndex());
        Ui.processEvents();
        IDocument doc = editor.sourceEditor().getDocumentProvider().getDocument(editor.getEditorInput());
        assertTrue(doc.get().startsWith("---\nreviewer: belskikh"), doc.get().substring(0, 40));
        assertEquals("__rfy_front_matter", doc.getPartition(5).getType(), "front matter partition");
        assertEquals("__dftl_partition_content_type", doc.getPartition(doc.getLength() - 5).getType(), "body partition");

        // content assist: reviewer ids after "reviewer:", review ids after "review:"
        IdCompletions assist = new IdCompletions(() -> new IdCompletions.Ids(List.of("belskikh", "bolshakov"),
                List.of("flowtron", "jukebox")));
        assertEquals(List.of("belskikh  (reviewer)"), assist.proposals("reviewer: ", "bel", 20).stream()
                .map(p -> p.getDisplayString()).toList());
        assertEquals(List.of("flowtron  (review)"), assist.proposals("  - {review: ", "f", 20).stream()
                .map(p -> p.getDisplayString()).toList());

        IContentOutlinePage outline = editor.getAdapter(IContentOutlinePage.class);
        Ui.page().showView(IPageLayout.ID_OUTLINE);
        Ui.processEvents();
        assertTrue(outline.getControl() != null, "outline shown");
        Ui.screenshot("review-editor-source");

        // a text edit reaches the form when the page changes, and saving writes exactly the text
        int at = doc.get().indexOf("status: published");
        doc.replace(at, "status: published".length(), "status: ready");
        editor.showPage(0);
        Ui.processEvents();
        assertEquals("ready", editor.review().getStatus().getLiteral());
        assertTrue(editor.isDirty());
        editor.doSave(null);
        String onDisk = Files.readString(Path.of(editor.file().getLocation().toOSString()));
        assertEquals(doc.get(), onDisk);
        assertFalse(editor.isDirty());
    }

    @Test
    void previewShowsTheHabrHtml() throws Exception {
        IProject project = Ui.sampleProject("review-preview");
        ReviewEditor editor = open(project.getFile("reviews/2020-05/jukebox.md"));
        editor.showPage(editor.previewPageIndex());
        Ui.processEvents();
        Ui.screenshot("review-editor-preview");
    }

    @Test
    void aFileChangedOnDiskIsNotOverwrittenWithoutAsking() throws Exception {
        IProject project = Ui.sampleProject("review-conflict");
        IFile file = project.getFile("reviews/2020-05/flowtron.md");
        Path path = Path.of(file.getLocation().toOSString());
        ReviewEditor editor = open(file);
        var year = editor.formPage().yearField();
        year.setText("2021");
        year.notifyListeners(SWT.DefaultSelection, null);
        Ui.processEvents();
        String external = Files.readString(path).replace("status: published", "status: ready");
        Files.writeString(path, external);

        List<String> asked = new ArrayList<>();
        FileChangedPrompt.ask = name -> {
            asked.add(name);
            return FileChangedPrompt.Answer.CANCEL;
        };
        editor.doSave(null);
        assertEquals(List.of("flowtron.md"), asked, "the user was asked");
        assertEquals(external, Files.readString(path), "cancel leaves the other change on disk");
        assertTrue(editor.isDirty());

        FileChangedPrompt.ask = name -> FileChangedPrompt.Answer.OVERWRITE;
        editor.doSave(null);
        assertTrue(Files.readString(path).contains("year: 2021"));
        assertFalse(editor.isDirty());
    }

    @Test
    void reloadShowsTheOtherProgramsContentOnEveryPageAndUndoWorksOnIt() throws Exception {
        IProject project = Ui.sampleProject("review-reload");
        IFile file = project.getFile("reviews/2020-05/flowtron.md");
        Path path = Path.of(file.getLocation().toOSString());
        ReviewEditor editor = open(file);
        editor.showPage(editor.sourcePageIndex()); // the Source page exists: its document must follow the reload too
        editor.showPage(0);
        Ui.processEvents();
        var year = editor.formPage().yearField();
        year.setText("2021");
        year.notifyListeners(SWT.DefaultSelection, null);
        Ui.processEvents();
        assertTrue(editor.isDirty());
        String external = Files.readString(path).replace("status: published", "status: ready")
                .replace("title: \"Flowtron:", "title: \"Flowtron II:");
        Files.writeString(path, external);

        List<String> asked = new ArrayList<>();
        FileChangedPrompt.ask = name -> {
            asked.add(name);
            return FileChangedPrompt.Answer.RELOAD;
        };
        editor.doSave(null);
        Ui.processEvents();
        assertEquals(List.of("flowtron.md"), asked, "the user was asked");
        assertEquals(external, Files.readString(path), "reload writes nothing");
        assertFalse(editor.isDirty(), "our edit is dropped");
        // every page shows the other program's content
        assertEquals("ready", editor.review().getStatus().getLiteral());
        assertEquals(2020, editor.review().getPapers().get(0).getYear());
        assertTrue(editor.formPage().titleField().getText().startsWith("Flowtron II:"),
                editor.formPage().titleField().getText());
        assertEquals("2020", editor.formPage().yearField().getText());
        IDocument doc = editor.sourceEditor().getDocumentProvider().getDocument(editor.getEditorInput());
        assertEquals(external, doc.get(), "the Source page shows the file as on disk");
        editor.showPage(editor.previewPageIndex());
        // the page renders when it is shown, which a loaded machine may do a little later
        Ui.waitFor(() -> editor.previewText().contains("Flowtron II"), 10_000);
        assertTrue(editor.previewText().contains("Flowtron II"), editor.previewText());
        editor.showPage(0);
        Ui.processEvents();

        // Edit > Undo works on the reloaded model's history
        year = editor.formPage().yearField();
        year.setFocus();
        year.setText("2022");
        year.notifyListeners(SWT.DefaultSelection, null);
        Ui.processEvents();
        assertEquals(2022, editor.review().getPapers().get(0).getYear());
        assertTrue(editor.isDirty());
        org.eclipse.jface.action.IAction undo = editor.getEditorSite().getActionBars()
                .getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId());
        assertTrue(undo != null && undo.isEnabled(), "Undo is enabled after an edit of the reloaded model");
        undo.run();
        Ui.processEvents();
        assertEquals(2020, editor.review().getPapers().get(0).getYear(), "undone on the new model");
        assertFalse(editor.isDirty());
        assertEquals(external, Files.readString(path));
    }

    @Test
    void cancelWritesNothingAndOverwriteWritesOurContent() throws Exception {
        IProject project = Ui.sampleProject("review-overwrite");
        IFile file = project.getFile("reviews/2020-05/jukebox.md");
        Path path = Path.of(file.getLocation().toOSString());
        ReviewEditor editor = open(file);
        var year = editor.formPage().yearField();
        year.setText("2021");
        year.notifyListeners(SWT.DefaultSelection, null);
        Ui.processEvents();
        String external = Files.readString(path).replace("status: published", "status: ready");
        Files.writeString(path, external);

        FileChangedPrompt.ask = name -> FileChangedPrompt.Answer.CANCEL;
        editor.doSave(null);
        Ui.processEvents();
        assertEquals(external, Files.readString(path), "cancel: nothing written");
        assertTrue(editor.isDirty(), "cancel: still dirty");
        assertEquals(2021, editor.review().getPapers().get(0).getYear(), "cancel: our edit kept");

        FileChangedPrompt.ask = name -> FileChangedPrompt.Answer.OVERWRITE;
        editor.doSave(null);
        Ui.processEvents();
        String written = Files.readString(path);
        assertTrue(written.contains("year: 2021") && written.contains("status: published")
                && !written.contains("status: ready"), "overwrite: our content, the other program's change gone\n" + written);
        assertFalse(editor.isDirty());
    }

    @Test
    void undoOnTheFormAfterATextEditRestoresTheModelAndTheText() throws Exception {
        IProject project = Ui.sampleProject("review-text-undo");
        IFile file = project.getFile("reviews/2020-05/jukebox.md");
        String original = Files.readString(Path.of(file.getLocation().toOSString()));
        ReviewEditor editor = open(file);
        // no focus in the field: a focused field keeps what was typed, and leaving it would commit that again
        var year = editor.formPage().yearField();
        year.setText("2021");
        year.notifyListeners(SWT.DefaultSelection, null);
        Ui.processEvents();
        editor.showPage(editor.sourcePageIndex());
        Ui.processEvents();
        IDocument doc = editor.sourceEditor().getDocumentProvider().getDocument(editor.getEditorInput());
        String withYear = doc.get();
        assertTrue(withYear.contains("year: 2021"));
        int at = withYear.indexOf("status: published");
        doc.replace(at, "status: published".length(), "status: ready");
        editor.showPage(0);
        Ui.processEvents();
        assertEquals("ready", editor.review().getStatus().getLiteral());

        org.eclipse.jface.action.IAction undo = editor.getEditorSite().getActionBars()
                .getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId());
        assertTrue(undo.isEnabled(), "the text edit is on the form's history");
        undo.run();
        Ui.processEvents();
        assertEquals("published", editor.review().getStatus().getLiteral(), "the text edit undone");
        assertEquals(2021, editor.review().getPapers().get(0).getYear(), "the form edit before it kept");
        assertEquals(withYear, doc.get(), "the text follows");
        assertTrue(editor.isDirty());
        undo.run(); // the form edit before the text edit: the earlier command works on the model it was made on
        Ui.processEvents();
        assertEquals(2020, editor.review().getPapers().get(0).getYear());
        assertFalse(editor.isDirty(), "back at the file as read");
        editor.showPage(editor.sourcePageIndex());
        Ui.processEvents();
        assertEquals(original, doc.get(), "the Source page shows the file as read");

        // redo both (on the stack: the global Redo handler is the active page's), save: the file has both edits
        editor.showPage(0);
        Ui.processEvents();
        var stack = editor.domain().getCommandStack();
        assertTrue(stack.canRedo(), "viewing the source page executed nothing");
        stack.redo();
        assertEquals(2021, editor.review().getPapers().get(0).getYear());
        stack.redo();
        Ui.processEvents();
        assertEquals("ready", editor.review().getStatus().getLiteral());
        editor.doSave(null);
        Ui.processEvents();
        assertFalse(editor.isDirty());
        String saved = Files.readString(Path.of(file.getLocation().toOSString()));
        assertTrue(saved.contains("year: 2021") && saved.contains("status: ready"), saved);
        stack.undo();
        Ui.processEvents();
        assertTrue(editor.isDirty());
        editor.doSave(null); // the restored resource's baseline is older than the file: saved without a false prompt
        Ui.processEvents();
        assertFalse(editor.isDirty());
        saved = Files.readString(Path.of(file.getLocation().toOSString()));
        assertTrue(saved.contains("year: 2021") && saved.contains("status: published"), saved);
    }

    @Test
    void theSourcePageIsCreatedWhenFirstShownAndKeepsOneDocument() throws Exception {
        IProject project = Ui.sampleProject("review-lazy");
        ReviewEditor editor = open(project.getFile("reviews/2020-05/jukebox.md"));
        assertFalse(editor.sourceEditorCreated(), "the text editor is not built while the editor opens");

        // the outline works before the source page exists (it reads the editor's document)
        Ui.page().showView(IPageLayout.ID_OUTLINE);
        Ui.processEvents();
        MarkdownOutlinePage outline = (MarkdownOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        assertEquals(List.of("Paper: Jukebox: A Generative Model for Music",
                "Link: Оригинал статьи (https://arxiv.org/abs/2005.00341)", "Link: GitHub project (https://github.com/openai/jukebox)",
                "Link: Blog (https://openai.com/blog/jukebox/)", "Cross-link: review flowtron"),
                outlineTexts(outline).subList(0, 5), "the front matter: the paper, its links, the cross-link");
        assertEquals(2, outlineTexts(outline).stream().filter(t -> t.startsWith("Figure: ")).count(),
                "the two figures of the jukebox review");
        assertFalse(editor.sourceEditorCreated(), "showing the outline does not build the text editor");

        // a form edit, then the source page: created on the tab that was there, showing the edited text
        var year = editor.formPage().yearField();
        year.setFocus();
        year.setText("2021");
        year.notifyListeners(SWT.DefaultSelection, null);
        Ui.processEvents();
        int tabs = 3; // Review, Source, Preview
        editor.showPage(editor.sourcePageIndex());
        Ui.processEvents();
        assertTrue(editor.sourceEditorCreated());
        assertEquals(editor.sourcePageIndex(), editor.getActivePage(), "the Source tab is selected");
        assertEquals(tabs, tabCount(editor), "no tab added or replaced");
        IDocument doc = editor.sourceEditor().getDocumentProvider().getDocument(editor.getEditorInput());
        assertTrue(doc.get().contains("year: 2021"), "the source page shows the form's edit");
        assertTrue(editor.isDirty());
        assertTrue(Ui.page().getActiveEditor() == editor);

        // a text edit, back to the form, undo there: one model, one dirty state; then save writes the text
        int at = doc.get().indexOf("status: published");
        doc.replace(at, "status: published".length(), "status: ready");
        editor.showPage(0);
        Ui.processEvents();
        assertEquals("ready", editor.review().getStatus().getLiteral());
        assertEquals(2021, editor.review().getPapers().get(0).getYear());
        editor.showPage(editor.sourcePageIndex());
        Ui.processEvents();
        assertEquals(tabs, tabCount(editor));
        editor.doSave(null);
        Ui.processEvents();
        assertFalse(editor.isDirty());
        String onDisk = Files.readString(Path.of(editor.file().getLocation().toOSString()));
        assertTrue(onDisk.contains("year: 2021") && onDisk.contains("status: ready"), onDisk);

        // the outline follows the text typed on the source page
        doc.replace(doc.getLength(), 0, "\n## Итог\n");
        assertTrue(outlineTexts(outline).contains("Итог"), outlineTexts(outline).toString());
        assertTrue(editor.isDirty(), "a text edit makes the editor dirty");
        Ui.page().closeEditor(editor, false);
        Ui.processEvents();
        assertEquals(onDisk, Files.readString(Path.of(editor.file().getLocation().toOSString())), "closing without"
                + " saving leaves the file");
    }

    private static List<String> outlineTexts(MarkdownOutlinePage outline) {
        return outline.entriesForTest().toList().stream().map(Object::toString).toList();
    }

    private static int tabCount(ReviewEditor editor) {
        return Ui.find(org.eclipse.swt.custom.CTabFolder.class, Ui.shell()).stream()
                .filter(f -> java.util.Arrays.stream(f.getItems()).anyMatch(i -> i.getText().equals("Source")))
                .mapToInt(org.eclipse.swt.custom.CTabFolder::getItemCount).findFirst().orElse(-1);
    }

    @Test
    void editorTabsShowTheEditorsIcons() throws Exception {
        IProject project = Ui.sampleProject("review-icons");
        ReviewEditor review = open(project.getFile("reviews/2020-05/jukebox.md"));
        IEditorPart batch = IDE.openEditor(Ui.page(), project.getFile("batches/2020-05-part-1.md"));
        Ui.processEvents();
        for (IEditorPart part : List.of(review, batch)) {
            org.eclipse.swt.graphics.Image image = part.getTitleImage();
            assertTrue(image != null && !image.isDisposed(), part.getTitle());
            org.eclipse.swt.custom.CTabItem tab = Ui.find(org.eclipse.swt.custom.CTabFolder.class, Ui.shell()).stream()
                    .flatMap(f -> java.util.Arrays.stream(f.getItems())).filter(i -> i.getText().equals(part.getTitle()))
                    .findFirst().orElseThrow();
            assertTrue(tab.getImage() == image, part.getTitle() + ": the tab shows the editor's image");
            // the registry's icon, not the platform's default: 16x16 with the drawn page's pixels
            assertEquals(16, image.getBounds().width);
            assertTrue(image.getImageData().getAlpha(0, 0) == 0 && image.getImageData().getAlpha(5, 5) == 255,
                    part.getTitle() + ": the RFY icon");
        }
        Ui.screenshot("editor-tabs-icons");
    }

    /**
     * A screenshot once showed 0 errors in the Problems view beside an error marker in the editor's ruler: the view
     * refreshes its counts a moment after the markers change (it batches marker deltas), so a screenshot taken at once
     * can show the old counts. This checks the view catches up with the markers the builder wrote, and how fast.
     */
    @Test
    void theProblemsViewCatchesUpWithTheBuildersMarkers() throws Exception {
        IProject project = Ui.sampleProject("review-problems");
        IFile file = project.getFile("reviews/2020-05/jukebox.md");
        ReviewEditor editor = open(file);
        org.eclipse.ui.IViewPart problems = Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        Ui.processEvents();
        Ui.waitFor(() -> errorsShown(problems) == errorMarkers(project), 10_000);
        assertEquals(errorMarkers(project), errorsShown(problems), "before the edit");
        int before = errorMarkers(project);

        // an error: the cross-link names a review that does not exist
        var doc = editor.sourceEditor().getDocumentProvider().getDocument(editor.getEditorInput());
        int at = doc.get().indexOf("review: flowtron");
        doc.replace(at, "review: flowtron".length(), "review: flowtronn");
        editor.doSave(null);
        long saved = System.nanoTime();
        Ui.build(project);
        int after = errorMarkers(project);
        assertTrue(after > before, "the builder marks the unknown review: " + before + " -> " + after);
        boolean caughtUp = Ui.waitFor(() -> errorsShown(problems) == after, 10_000);
        System.out.printf("PROBLEMS view shows the builder's %d errors %d ms after the save (caught up: %s)%n", after,
                (System.nanoTime() - saved) / 1_000_000, caughtUp);
        Ui.screenshot("review-editor-problems");
        assertEquals(after, errorsShown(problems), "the Problems view counts the new error");
    }

    private static int errorMarkers(IProject project) {
        try {
            return (int) java.util.Arrays.stream(project.findMarkers(org.eclipse.core.resources.IMarker.PROBLEM, true,
                    org.eclipse.core.resources.IResource.DEPTH_INFINITE))
                    .filter(m -> m.getAttribute(org.eclipse.core.resources.IMarker.SEVERITY, -1)
                            == org.eclipse.core.resources.IMarker.SEVERITY_ERROR).count();
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The error count the Problems view shows in its summary line ("2 errors, 23 warnings, 1 other"), or -1. */
    private static int errorsShown(org.eclipse.ui.IViewPart view) {
        String summary = ((org.eclipse.ui.part.ViewPart) view).getContentDescription();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) errors?").matcher(summary == null ? "" : summary);
        return m.find() ? Integer.parseInt(m.group(1)) : summary != null && summary.contains("No problems") ? 0 : -1;
    }
}
