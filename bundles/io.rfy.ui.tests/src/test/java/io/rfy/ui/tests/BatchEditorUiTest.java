package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.model.Review;
import io.rfy.ui.editor.BatchEditor;
import io.rfy.ui.views.ReviewsView;

/** The batch editor reorders the sample batch and saves it through the store; the Reviews view shows it. */
class BatchEditorUiTest {

    @AfterEach
    void closeEditors() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
    }

    @Test
    void reorderAndSave() throws Exception {
        IProject project = Ui.sampleProject("batch-edit");
        IFile file = project.getFile("batches/2020-05-part-1.md");
        Path path = Path.of(file.getLocation().toOSString());
        String before = Files.readString(path);
        BatchEditor editor = assertInstanceOf(BatchEditor.class, IDE.openEditor(Ui.page(), file));
        Ui.processEvents();
        List<Review> reviews = editor.formPage().reviewList();
        List<String> ids = reviews.stream().map(Review::getId).toList();
        assertTrue(ids.size() >= 3, ids.toString());
        ReviewsView view = (ReviewsView) Ui.page().showView(ReviewsView.ID);
        view.join();
        Ui.processEvents();
        Ui.screenshot("batch-editor");

        editor.formPage().moveTo(reviews.get(0), 2);
        Ui.processEvents();
        assertTrue(editor.isDirty());
        editor.doSave(null);
        Ui.processEvents();
        assertFalse(editor.isDirty());

        String after = Files.readString(path);
        String line = after.lines().filter(l -> l.startsWith("reviews:")).findFirst().orElseThrow();
        List<String> expected = new java.util.ArrayList<>(ids);
        expected.add(2, expected.remove(0));
        assertEquals("reviews: [" + String.join(", ", expected) + "]", line);
        // everything but the reviews line as it was
        assertEquals(before.lines().filter(l -> !l.startsWith("reviews:")).toList(),
                after.lines().filter(l -> !l.startsWith("reviews:")).toList());
    }
}
