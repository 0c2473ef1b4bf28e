package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.model.Review;
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
    void newReview() throws Exception {
        IProject project = Ui.sampleProject("wizard-review");
        NewReviewWizard wizard = new NewReviewWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(Ui.shell(), wizard);
        dialog.create();
        dialog.getShell().setSize(640, 480);
        NewReviewWizard.Page page = wizard.page();
        assertFalse(page.isPageComplete(), "nothing typed yet");
        page.id.setText("jukebox");
        assertTrue(page.getErrorMessage().contains("exists already"), page.getErrorMessage());
        page.id.setText("tacotron-2");
        page.period.setText("2020-06");
        page.reviewer.setText("belskikh");
        page.title.setText("Natural TTS Synthesis by Conditioning WaveNet on Mel Spectrogram Predictions");
        page.arxiv.setText("https://arxiv.org/abs/1712.05884v2");
        assertNull(page.getErrorMessage());
        assertTrue(page.isPageComplete());
        dialog.getShell().open();
        Ui.screenshot("wizard-new-review", dialog.getShell());
        assertTrue(wizard.performFinish());
        dialog.close();

        RfyWorkspace ws = RfyWorkspace.load(Path.of(project.getLocation().toOSString()));
        Review created = ws.review("tacotron-2");
        assertEquals("2020-06", created.getPeriod());
        assertEquals("1712.05884", created.getPapers().get(0).getArxiv());
        assertEquals("https://arxiv.org/abs/1712.05884", created.getPapers().get(0).getLinks().get(0).getUrl());
        assertEquals(0, ws.problems().size(), ws.problems().toString());
        assertTrue(wizard.created().exists());
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
