package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.rfy.model.Reviewer;
import io.rfy.store.RfyWorkspace;
import io.rfy.ui.editor.ReviewersEditor;

/** reviewers.yaml in its own editor: a row added and typed into, Ctrl+S, the file keeps everything else as written. */
class ReviewersEditorUiTest {

    @BeforeEach
    void window() {
        Ui.sizeWindow();
        Ui.shell().forceActive();
    }

    @AfterEach
    void closeEditors() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
    }

    @Test
    void aReviewerAddedInTheTableIsWrittenAfterTheOthersByCtrlS() throws Exception {
        IProject project = Ui.sampleProject("reviewers-editor");
        IFile file = project.getFile("reviewers.yaml");
        Path path = Path.of(file.getLocation().toOSString());
        String before = Files.readString(path, StandardCharsets.UTF_8);
        ReviewersEditor editor = assertInstanceOf(ReviewersEditor.class, IDE.openEditor(Ui.page(), file));
        Ui.processEvents();
        int rows = editor.formPage().tableViewer().getTable().getItemCount();
        assertEquals(editor.registry().getReviewers().size(), rows);
        assertTrue(rows >= 5, "the sample's reviewers: " + rows);

        // Add: a new row, its id cell open; type the id, then the name in the next cell
        Reviewer added = editor.formPage().add();
        Ui.sleep(300); // the editor's own focus handling settles first (it would close a cell opened meanwhile)
        editor.formPage().tableViewer().editElement(added, 0); // what clicking the cell does
        typeIntoCell(editor, "newcomer");
        editor.formPage().tableViewer().applyEditorValue();
        editor.formPage().tableViewer().editElement(added, 1);
        typeIntoCell(editor, "New Person");
        editor.formPage().tableViewer().applyEditorValue(); // as Enter or a click elsewhere does
        assertTrue(editor.isDirty());
        Ui.screenshot("reviewers-editor");
        // Enter gives the focus back to the table: Ctrl+S goes from there (a closed cell's Text may hold it still)
        Keys.click(editor.formPage().tableViewer().getTable());
        Keys.save(editor);

        String after = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(after.startsWith(before.stripTrailing()), "the reviewers before are kept as written:\n" + after);
        assertTrue(after.contains("- id: newcomer\n  name: New Person"), after);
        RfyWorkspace ws = RfyWorkspace.load(Path.of(project.getLocation().toOSString()));
        assertEquals("New Person", ws.reviewers().getReviewers().stream().filter(r -> "newcomer".equals(r.getId()))
                .findFirst().orElseThrow().getName());
        assertEquals(0, ws.problems().stream().filter(p -> p.file().equals("reviewers.yaml")).count(),
                ws.problems().toString());
    }

    /** Types into the table's open cell editor (the focused Text). */
    private static void typeIntoCell(ReviewersEditor editor, String text) {
        // each opening of a cell makes its own Text: the one open now is the last visible one
        Text cell = Ui.find(Text.class, editor.formPage().tableViewer().getTable()).stream().filter(Text::isVisible)
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no cell open for typing (editing: "
                        + editor.formPage().tableViewer().isCellEditorActive() + ")"));
        // keystrokes posted to the display do not reach a Table's cell editor under xvfb (GTK hands them to the
        // table's tree view, and activating the window closes the cell): the cell's text is set through the widget,
        // as typing sets it, and the cell editor applies it as it applies typing
        cell.setText(text);
        assertEquals(text, cell.getText());
    }
}
