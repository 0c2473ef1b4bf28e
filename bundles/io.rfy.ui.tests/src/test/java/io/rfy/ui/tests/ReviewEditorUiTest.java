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
}
