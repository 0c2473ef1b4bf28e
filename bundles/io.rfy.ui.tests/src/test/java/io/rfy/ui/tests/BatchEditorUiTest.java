package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.ide.builder.CrossLinkSuggestions;
import io.rfy.ide.builder.ProblemMarkers;
import io.rfy.ide.preferences.RfyPreferences;
import io.rfy.model.Review;
import io.rfy.ui.editor.BatchEditor;
import io.rfy.ui.editor.BatchFormPage;
import io.rfy.ui.editor.FileChangedPrompt;
import io.rfy.ui.preferences.RfyPreferenceStore;
import io.rfy.ui.wizards.ExportBatchWizard;
import io.rfy.ui.views.ReviewsView;

/** The batch editor reorders the sample batch and saves it through the store; the Reviews view shows it. */
class BatchEditorUiTest {

    private static final java.util.function.ToIntFunction<org.eclipse.jface.window.Window> CHOOSER = BatchFormPage.openChooser;
    private static final java.util.function.Consumer<WizardDialog> EXPORT = BatchFormPage.openExportDialog;

    @AfterEach
    void closeEditors() {
        BatchFormPage.openChooser = CHOOSER;
        BatchFormPage.openExportDialog = EXPORT;
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
    }

    private static BatchEditor open(IFile file) throws Exception {
        BatchEditor editor = assertInstanceOf(BatchEditor.class, IDE.openEditor(Ui.page(), file));
        Ui.processEvents();
        editor.join();
        return editor;
    }

    /** Presses a button of the batch form, as a click does. */
    private static void press(BatchEditor editor, String label) {
        Button button = Ui.find(Button.class, editor.formPage().getManagedForm().getForm()).stream()
                .filter(b -> b.getText().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
        button.notifyListeners(SWT.Selection, new Event());
        Ui.processEvents();
    }

    private static List<String> ids(BatchEditor editor) {
        return editor.formPage().reviewList().stream().map(Review::getId).toList();
    }

    @Test
    void removeAndAddReviewsThroughTheFilteredChooser() throws Exception {
        IProject project = Ui.sampleProject("batch-add");
        IFile file = project.getFile("batches/2020-05-part-1.md");
        BatchEditor editor = open(file);
        List<String> all = ids(editor);
        List<Review> gone = editor.formPage().reviewList().stream()
                .filter(r -> r.getId().equals("jukebox") || r.getId().equals("flowtron")).toList();
        editor.formPage().reviewsViewer().setSelection(new StructuredSelection(gone));
        press(editor, "Remove");
        assertEquals(all.stream().filter(id -> !id.equals("jukebox") && !id.equals("flowtron")).toList(), ids(editor));

        List<String> offered = new ArrayList<>();
        BatchFormPage.openChooser = window -> {
            ElementListSelectionDialog dialog = (ElementListSelectionDialog) window;
            dialog.setBlockOnOpen(false);
            dialog.open();
            Ui.processEvents();
            Table list = Ui.find(Table.class, dialog.getShell()).get(0);
            for (TableItem item : list.getItems()) {
                offered.add(item.getText());
            }
            try {
                Ui.screenshot("batch-editor-add-reviews", dialog.getShell());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Text filter = Ui.find(Text.class, dialog.getShell()).get(0);
            filter.setText("flow");
            Ui.waitFor(() -> list.getItemCount() == 1, 5000); // the dialog filters in the background
            list.select(0);
            list.notifyListeners(SWT.Selection, new Event());
            Button ok = Ui.find(Button.class, dialog.getShell()).stream().filter(b -> b.getText().equals("OK")).findFirst()
                    .orElseThrow();
            ok.notifyListeners(SWT.Selection, new Event());
            Ui.processEvents();
            return dialog.getReturnCode();
        };
        press(editor, "Add...");
        assertEquals(2, offered.size(), "only the reviews not in the batch: " + offered);
        assertTrue(offered.stream().anyMatch(t -> t.startsWith("flowtron")) && offered.stream()
                .anyMatch(t -> t.startsWith("jukebox")), offered.toString());
        List<String> expected = new ArrayList<>(all.stream().filter(id -> !id.equals("jukebox") && !id.equals("flowtron"))
                .toList());
        expected.add("flowtron");
        assertEquals(expected, ids(editor), "the chosen review at the end");

        editor.domain().getCommandStack().undo();
        Ui.processEvents();
        assertEquals(5, ids(editor).size(), "undo the add");
        editor.domain().getCommandStack().redo();
        Ui.processEvents();
        editor.doSave(null);
        Ui.processEvents();
        assertFalse(editor.isDirty());
        String line = Files.readString(Path.of(file.getLocation().toOSString())).lines()
                .filter(l -> l.startsWith("reviews:")).findFirst().orElseThrow();
        assertEquals("reviews: [" + String.join(", ", expected) + "]", line);
    }

    @Test
    void exportOpensTheExportWizardOnThisBatch() throws Exception {
        IProject project = Ui.sampleProject("batch-export");
        BatchEditor editor = open(project.getFile("batches/2020-05-part-1.md"));
        ExportBatchWizard[] opened = new ExportBatchWizard[1];
        BatchFormPage.openExportDialog = dialog -> {
            dialog.setBlockOnOpen(false);
            dialog.open();
            Ui.processEvents();
            opened[0] = (ExportBatchWizard) dialog.getCurrentPage().getWizard();
            assertEquals("2020-05-part-1.md", opened[0].optionsPage().batch.getText(), "the batch preselected");
            assertTrue(opened[0].optionsPage().fileText().getText().endsWith("2020-05-part-1.html"),
                    opened[0].optionsPage().fileText().getText());
            dialog.close();
        };
        press(editor, "Export for Habr...");
        assertTrue(opened[0] != null, "the wizard was opened");
    }

    @Test
    void reorderAndSave() throws Exception {
        IProject project = Ui.sampleProject("batch-edit");
        IFile file = project.getFile("batches/2020-05-part-1.md");
        Path path = Path.of(file.getLocation().toOSString());
        String before = Files.readString(path);
        BatchEditor editor = open(file);
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

    @Test
    void aChangeOnDiskCanBeReloadedAndUndoThenFollowsTheNewModel() throws Exception {
        IProject project = Ui.sampleProject("batch-reload");
        IFile file = project.getFile("batches/2020-05-part-1.md");
        Path path = Path.of(file.getLocation().toOSString());
        BatchEditor editor = open(file);
        List<String> before = ids(editor);
        editor.formPage().moveTo(editor.formPage().reviewList().get(0), 1);
        Ui.processEvents();
        assertTrue(editor.isDirty());
        String external = Files.readString(path).replace("Привет, Хабр!", "Здравствуй, Хабр!");
        Files.writeString(path, external);

        List<String> asked = new ArrayList<>();
        java.util.function.Function<String, FileChangedPrompt.Answer> ask = FileChangedPrompt.ask;
        FileChangedPrompt.ask = name -> {
            asked.add(name);
            return FileChangedPrompt.Answer.RELOAD;
        };
        try {
            editor.doSave(null);
        } finally {
            FileChangedPrompt.ask = ask;
        }
        // the job hands its result over through the event loop: not yet run
        assertTrue(editor.isChecking(), "the reload runs in a job");
        editor.join();
        assertEquals(List.of("2020-05-part-1.md"), asked);
        assertEquals(external, Files.readString(path), "reload leaves the other program's change on disk");
        assertFalse(editor.isDirty(), "the edits are dropped");
        assertEquals(before, ids(editor), "the order as on disk");
        assertTrue(editor.batch().getIntro().startsWith("Здравствуй, Хабр!"), "the form shows the file as changed");

        // Edit > Undo works on the reloaded model's history
        editor.formPage().moveTo(editor.formPage().reviewList().get(0), 2);
        Ui.processEvents();
        org.eclipse.jface.action.IAction undo = editor.getEditorSite().getActionBars()
                .getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId());
        assertTrue(undo != null && undo.isEnabled(), "Undo is enabled after an edit of the reloaded model");
        undo.run();
        Ui.processEvents();
        assertEquals(before, ids(editor), "undone");
        assertFalse(editor.isDirty());
    }

    @Test
    void theWorkspaceIsReadAndCheckedInAJobAndAgainAfterASave() throws Exception {
        IProject project = Ui.sampleProject("batch-checks");
        IFile file = project.getFile("batches/2020-05-part-1.md");
        BatchEditor editor = assertInstanceOf(BatchEditor.class, IDE.openEditor(Ui.page(), file));
        // openEditor returned before the workspace was read: the form says so and takes no edits
        assertTrue(editor.isChecking());
        assertEquals(null, editor.batch());
        assertFalse(editor.isDirty());
        assertEquals(List.of("Checking..."), editor.formPage().checkRows());
        assertFalse(editor.formPage().getManagedForm().getForm().getBody().isEnabled());
        editor.join();
        assertFalse(editor.isChecking());
        assertTrue(editor.formPage().getManagedForm().getForm().getBody().isEnabled());
        assertEquals(7, ids(editor).size());
        List<String> opened = editor.formPage().checkRows();
        assertFalse(opened.isEmpty() || opened.contains("Checking..."), opened.toString());

        Path path = Path.of(file.getLocation().toOSString());
        String text = Files.readString(path);
        editor.formPage().moveTo(editor.formPage().reviewList().get(0), 1);
        Ui.processEvents();
        editor.doSave(null);
        // the job hands its result over through the event loop: not yet run
        assertTrue(editor.isChecking(), "the save is followed by a check in a job");
        assertEquals(List.of("Checking..."), editor.formPage().checkRows());
        assertTrue(editor.formPage().getManagedForm().getForm().getBody().isEnabled(), "editing goes on meanwhile");
        editor.join();
        assertFalse(editor.isChecking());
        assertEquals(opened.size(), editor.formPage().checkRows().size(), "a reorder changes no check");
        assertFalse(text.equals(Files.readString(path)));

        // a review the workspace does not have, written by another program; two reloads in a row: the newer run
        // cancels the older, and its model and checks are shown
        Files.writeString(path, Files.readString(path).replace("reviews: [", "reviews: [no-such-review, "));
        file.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_ZERO, null);
        editor.reload();
        editor.reload();
        editor.join();
        assertEquals(8, editor.formPage().reviewList().size());
        assertTrue(editor.formPage().checkRows().stream().anyMatch(r -> r.contains("no-such-review")),
                editor.formPage().checkRows().toString());
    }

    /**
     * The batch editor's checks list and the builder's markers (the Problems view) for the batch and its reviews are
     * the same under non-default Habr rules: before, the editor checked with the defaults.
     */
    @Test
    void theChecksListAndTheProblemsViewAgreeUnderTheSamePreferences() throws Exception {
        IPreferenceStore prefs = RfyPreferenceStore.get();
        prefs.setValue(RfyPreferences.HABR_MAX_HUBS, 2);
        prefs.setValue(RfyPreferences.HABR_MAX_TAG_LENGTH, 9);
        try {
            IProject project = Ui.sampleProject("batch-prefs");
            IFile file = project.getFile("batches/2020-05-part-1.md");
            BatchEditor editor = open(file);
            List<String> rows = editor.formPage().checkRows().stream()
                    .map(r -> r.substring(r.indexOf("  ") + 2)).sorted().toList();
            assertTrue(rows.stream().anyMatch(r -> r.contains("Habr takes at most 2")), rows.toString());
            assertTrue(rows.stream().anyMatch(r -> r.contains("'Machine learning'")), "tag longer than 9: " + rows);

            Set<IResource> files = new HashSet<>();
            files.add(file);
            for (Review r : editor.formPage().reviewList()) {
                files.add(project.getFile(r.eResource().getURI().toFileString()
                        .substring(project.getLocation().toOSString().length() + 1)));
            }
            List<String> markers = new ArrayList<>();
            for (IResource r : files) {
                for (IMarker m : r.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
                    // the cross-link suggestions are the builder's own check, not rfy validate's
                    if (!CrossLinkSuggestions.CODE.equals(m.getAttribute(ProblemMarkers.CODE, ""))) {
                        String message = m.getAttribute(IMarker.MESSAGE, "");
                        String fix = m.getAttribute(ProblemMarkers.SUGGESTION, null);
                        if (fix != null) {
                            message = message.substring(0, message.length() - (" (fix: " + fix + ")").length());
                        }
                        markers.add(r.getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, 0) + "  " + message);
                    }
                }
            }
            assertEquals(markers.stream().sorted().toList(), rows);
        } finally {
            prefs.setToDefault(RfyPreferences.HABR_MAX_HUBS);
            prefs.setToDefault(RfyPreferences.HABR_MAX_TAG_LENGTH);
        }
    }
}
