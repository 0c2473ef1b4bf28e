package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.model.Review;
import io.rfy.validation.ValidationSettings;
import io.rfy.validation.WorkspaceValidation;
import io.rfy.store.RfyWorkspace;
import io.rfy.ui.wizards.NewBatchWizard;
import io.rfy.ui.wizards.NewReviewWizard;

/** New Review and New Batch write files the store reads back without problems. */
class WizardsUiTest {

    @AfterEach
    void closeEditors() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
    }

    @Test
    void newReviewWritesAValidReviewWithTheIdFromTheTitle() throws Exception {
        IProject project = Ui.sampleProject("wizard-review");
        NewReviewWizard wizard = new NewReviewWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDriver dialog = new WizardDriver(wizard, 700, 620);
        NewReviewWizard.Page page = wizard.page();
        assertFalse(page.isPageComplete(), "nothing typed yet");
        type(page.title, "Natural TTS Synthesis: Tacotron 2");
        assertEquals("natural-tts-synthesis", page.id.getText(), "the id follows the title");
        type(page.id, "tacotron-2");
        type(page.title, "Tacotron 2: Natural TTS Synthesis");
        assertEquals("tacotron-2", page.id.getText(), "an id typed by the user stays");
        assertTrue(page.getErrorMessage().contains("authors"), page.getErrorMessage());
        type(page.authors, "Jonathan Shen, Ruoming Pang");
        type(page.year, "2018");
        type(page.arxiv, "https://arxiv.org/abs/1712.05884v2");
        page.reviewer.setFocus();
        page.reviewer.select(page.reviewer.indexOf("belskikh"));
        page.reviewer.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        type(page.period, "2020-06");
        assertTrue(page.getErrorMessage().contains("Write the review"), page.getErrorMessage());
        type(page.body, "Tacotron 2 predicts mel spectrograms from text.");
        assertNull(page.getErrorMessage());
        assertTrue(page.isPageComplete());
        dialog.screenshot("wizard-new-review");
        assertTrue(dialog.finish());

        Path root = Path.of(project.getLocation().toOSString());
        RfyWorkspace ws = RfyWorkspace.load(root);
        Review created = ws.review("tacotron-2");
        assertEquals("2020-06", created.getPeriod());
        assertEquals(List.of("Jonathan Shen", "Ruoming Pang"), created.getPapers().get(0).getAuthors());
        assertEquals(2018, created.getPapers().get(0).getYear());
        assertEquals("1712.05884", created.getPapers().get(0).getArxiv());
        assertEquals("https://arxiv.org/abs/1712.05884", created.getPapers().get(0).getLinks().get(0).getUrl());
        assertTrue(created.getBody().contains("mel spectrograms"));
        assertEquals(0, ws.problems().size(), ws.problems().toString());
        // valid at once: no error from any rule (rfy validate's rules) on the new file
        List<String> errors = WorkspaceValidation.run(ws, ValidationSettings.defaults(), null).stream()
                .filter(e -> e.file() != null && e.file().endsWith("tacotron-2.md"))
                .filter(e -> e.severity() == io.rfy.store.StoreProblem.Severity.ERROR).map(Object::toString).toList();
        assertEquals(List.of(), errors);
        assertTrue(wizard.created().exists());
        assertTrue(Files.readString(root.resolve("reviews/2020-06/tacotron-2.md")).contains("status: draft"));
    }

    @Test
    void wizardsStartOnTheActiveEditorsProjectAndBatchNotTheFirstProject() throws Exception {
        Ui.sampleProject("defaults-a"); // the first project: what the wizards used to offer
        IProject second = Ui.sampleProject("defaults-b");
        org.eclipse.ui.ide.IDE.openEditor(Ui.page(), second.getFile("batches/2020-05-part-1.md"));
        Ui.processEvents();
        // File > Export / File > New while the batch editor is active: the workbench passes no resource selection
        io.rfy.ui.wizards.ExportBatchWizard export = new io.rfy.ui.wizards.ExportBatchWizard();
        export.init(null, StructuredSelection.EMPTY);
        WizardDriver dialog = new WizardDriver(export, 760, 620);
        assertEquals("defaults-b", export.optionsPage().projectCombo().getText());
        assertEquals("2020-05-part-1.md", export.optionsPage().batch.getText());
        assertTrue(export.optionsPage().fileText().getText().startsWith(second.getLocation().toOSString()),
                "the output goes into the project being worked on: " + export.optionsPage().fileText().getText());
        dialog.close();

        NewReviewWizard review = new NewReviewWizard();
        review.init(null, StructuredSelection.EMPTY);
        WizardDriver newReview = new WizardDriver(review, 700, 620);
        assertEquals("defaults-b", review.page().projectCombo.getText());
        newReview.close();
    }

    /** Clicks into the field, selects what is there and types {@code text} over it. */
    private static void type(org.eclipse.swt.widgets.Text field, String text) {
        Keys.click(field);
        field.selectAll();
        Keys.type(text);
        assertEquals(text, field.getText(), "typed into the field");
    }

    @Test
    void newBatch() throws Exception {
        IProject project = Ui.sampleProject("wizard-batch");
        NewBatchWizard wizard = new NewBatchWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(Ui.shell(), wizard);
        dialog.create();
        dialog.getShell().setSize(640, 520);
        NewBatchWizard.Page page = wizard.page();
        assertEquals("2020-05", page.period.getText(), "the latest period with reviews");
        assertEquals("2", page.part.getText(), "part 1 exists");
        assertEquals("Читаем статьи за вас. Май 2020. Часть 2", page.title.getText());
        assertEquals(0, page.reviews.getCheckedElements().length, "every May review is in part 1 already");
        page.period.setText("2020-06");
        assertEquals("1", page.part.getText());
        assertTrue(page.isPageComplete(), String.valueOf(page.getErrorMessage()));
        dialog.getShell().open();
        Ui.screenshot("wizard-new-batch", dialog.getShell());
        assertTrue(wizard.performFinish());
        dialog.close();

        RfyWorkspace ws = RfyWorkspace.load(Path.of(project.getLocation().toOSString()));
        assertEquals(2, ws.batches().size());
        assertEquals("Читаем статьи за вас. Июнь 2020. Часть 1", ws.batches().get(1).getTitle());
        assertEquals(0, ws.problems().size(), ws.problems().toString());
    }
}
