package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.chat.PeriodBatch;
import io.rfy.chat.SlackCapture;
import io.rfy.chat.SlackExport;
import io.rfy.chat.SlackImport;
import io.rfy.model.Review;
import io.rfy.store.RfyWorkspace;
import io.rfy.ui.wizards.ImportSlackWizard;
import io.rfy.ui.wizards.NewBatchWizard;

/**
 * Import Slack export and New Batch from a period, driven through their pages on the channel export of seed 004's
 * reviews (releng/test-support/slack-004), checked against what io.rfy.chat writes for rfy import slack and
 * rfy new batch.
 */
class SlackWizardsUiTest {

    @AfterEach
    void cleanUp() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
    }

    private static Path export() {
        return Ui.repo().resolve("releng/test-support/slack-004");
    }

    private static void assertSameFiles(Path expected, Path actual) throws Exception {
        assertEquals(Ui.files(expected), Ui.files(actual));
        for (String f : Ui.files(expected)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
        }
    }

    /** What rfy import slack writes: the same core calls, into a folder of its own. */
    private static Path importedByCli() throws Exception {
        Path cli = Files.createTempDirectory("rfy-cli-slack");
        try (SlackExport e = SlackExport.open(export())) {
            SlackImport.write(SlackCapture.read(e, "article_essense", null, null, null), cli);
        }
        return cli;
    }

    /** Chooses the export, the channel and the period on the first page, as a person types them. */
    private static void chooseExport(ImportSlackWizard wizard, Path export, String from, String to) {
        wizard.sourcePage().setExport(export.toString());
        Ui.processEvents();
        wizard.sourcePage().from.setText(from);
        wizard.sourcePage().to.setText(to);
        Ui.processEvents();
    }

    @Test
    void importSlackPreviewsThenWritesWhatRfyImportSlackWrites() throws Exception {
        IProject project = Ui.emptyProject("import-slack");
        ImportSlackWizard wizard = new ImportSlackWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDriver dialog = new WizardDriver(wizard, 900, 680);
        assertFalse(wizard.canFinish(), "nothing read yet");
        assertFalse(wizard.sourcePage().isPageComplete(), "no export chosen");

        chooseExport(wizard, export(), "2020-05-01", "2020-05-31");
        assertEquals(List.of("article_essense"), Arrays.asList(wizard.sourcePage().channel.getItems()),
                "the channels of channels.json");
        assertEquals("article_essense", wizard.sourcePage().channel.getText());
        wizard.sourcePage().to.setText("2020-05-3x");
        assertFalse(wizard.sourcePage().isPageComplete(), "not a date");
        assertTrue(wizard.sourcePage().getErrorMessage().contains("yyyy-mm-dd"), wizard.sourcePage().getErrorMessage());
        wizard.sourcePage().to.setText("2020-05-31");
        assertTrue(wizard.sourcePage().isPageComplete(), String.valueOf(wizard.sourcePage().getErrorMessage()));
        dialog.screenshot("wizard-import-slack-1-source");
        long t0 = System.nanoTime();
        dialog.next();
        System.out.printf("figure: Import Slack export, Next (read slack-004, 12 day files): %d ms%n",
                (System.nanoTime() - t0) / 1_000_000);

        assertSame(wizard.previewPage(), dialog.getCurrentPage(), String.valueOf(wizard.sourcePage().getErrorMessage()));
        assertTrue(Ui.files(Ui.root(project)).isEmpty(), "nothing written before Finish: " + Ui.files(Ui.root(project)));
        SlackCapture.Result read = wizard.captured();
        assertEquals(7, read.reviews().size());
        assertEquals(6, read.skipped().size());
        Table reviews = wizard.previewPage().reviews.getTable();
        assertEquals(7, reviews.getItemCount());
        SlackCapture.Captured first = read.reviews().get(0);
        assertEquals("2020-05/" + first.review().getId(), reviews.getItem(0).getText(0));
        assertEquals(first.review().getPapers().get(0).getTitle(), reviews.getItem(0).getText(1).split("; ")[0]);
        assertEquals(first.reviewer().getName(), reviews.getItem(0).getText(2));
        Table skipped = wizard.previewPage().skipped.getTable();
        assertEquals(6, skipped.getItemCount());
        boolean reply = false;
        for (int i = 0; i < skipped.getItemCount(); i++) {
            reply |= skipped.getItem(i).getText(0).equals("2020-05-04")
                    && skipped.getItem(i).getText(1).equals("Александр Бельских")
                    && skipped.getItem(i).getText(2).startsWith("Спасибо, Владимир Бугай!")
                    && skipped.getItem(i).getText(3).equals("a reply in a thread");
        }
        assertTrue(reply, "the thread reply is listed with date, author, first words and why");
        assertTrue(wizard.canFinish());
        dialog.screenshot("wizard-import-slack-2-preview");

        assertTrue(dialog.finish(), String.valueOf(wizard.previewPage().getErrorMessage()));
        assertEquals(7, wizard.outcome().created().size());
        assertSameFiles(importedByCli(), Ui.root(project));
        assertTrue(project.getFile("reviews/2020-05/" + first.review().getId() + ".md").exists(),
                "the workspace was refreshed");
        assertTrue(project.getFile("reviewers.yaml").exists());
        RfyWorkspace ws = RfyWorkspace.load(Ui.root(project));
        assertEquals(7, ws.reviews().size());
        assertTrue(ws.reviews().stream().allMatch(r -> "draft".equals(String.valueOf(r.getStatus()).toLowerCase())),
                "imported as drafts");
    }

    @Test
    void badExportsAreNamedOnThePageAndNothingIsWritten() throws Exception {
        IProject project = Ui.emptyProject("import-slack-bad");
        Path dir = Files.createTempDirectory("rfy-slack-bad");

        // a zip whose entry climbs out of the export: refused as soon as it is chosen
        Path evil = dir.resolve("evil.zip");
        try (OutputStream o = Files.newOutputStream(evil); ZipOutputStream zip = new ZipOutputStream(o)) {
            for (String name : List.of("users.json", "channels.json", "../evil.json")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("[]".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        ImportSlackWizard wizard = new ImportSlackWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDriver dialog = new WizardDriver(wizard, 900, 680);
        chooseExport(wizard, evil, "", "");
        assertFalse(wizard.sourcePage().isPageComplete());
        String error = wizard.sourcePage().getErrorMessage();
        assertNotNull(error);
        assertTrue(error.contains("../evil.json") && error.contains("outside the export"), error);

        // not a zip at all
        Path notZip = dir.resolve("notes.zip");
        Files.writeString(notZip, "not a zip");
        chooseExport(wizard, notZip, "", "");
        assertFalse(wizard.sourcePage().isPageComplete());
        assertTrue(wizard.sourcePage().getErrorMessage().contains("not a zip file"), wizard.sourcePage().getErrorMessage());

        // a day file with broken JSON: Next stays on the page, naming the file and the position
        Path broken = dir.resolve("broken");
        io.rfy.store.FolderCopy.copy(export(), broken);
        Path day = broken.resolve("article_essense/2020-05-07.json");
        Files.writeString(day, Files.readString(day).replaceFirst("\"type\": \"message\",", "\"type\": \"message\",,"));
        chooseExport(wizard, broken, "", "");
        assertTrue(wizard.sourcePage().isPageComplete(), String.valueOf(wizard.sourcePage().getErrorMessage()));
        dialog.next();
        assertSame(wizard.sourcePage(), dialog.getCurrentPage(), "the page stays");
        error = wizard.sourcePage().getErrorMessage();
        assertNotNull(error);
        assertTrue(error.matches("(?s).*2020-05-07\\.json:\\d+:\\d+: .*"), error);
        assertFalse(wizard.canFinish());
        dialog.screenshot("wizard-import-slack-malformed");
        dialog.close();
        assertTrue(Ui.files(Ui.root(project)).isEmpty(), "nothing written: " + Ui.files(Ui.root(project)));
    }

    @Test
    void newBatchFromThePeriodIsTheBatchRfyNewBatchMakes() throws Exception {
        IProject project = Ui.emptyProject("slack-batch");
        ImportSlackWizard importer = new ImportSlackWizard();
        importer.init(null, new StructuredSelection(project));
        WizardDriver importing = new WizardDriver(importer, 900, 680);
        chooseExport(importer, export(), "", "");
        importing.next();
        assertTrue(importing.finish(), String.valueOf(importer.previewPage().getErrorMessage()));

        NewBatchWizard wizard = new NewBatchWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDriver dialog = new WizardDriver(wizard, 700, 560);
        NewBatchWizard.Page page = wizard.page();
        assertEquals("2020-05", page.period.getText(), "the latest period with reviews");
        assertEquals("1", page.part.getText());
        assertEquals("Читаем статьи за вас. Май 2020. Часть 1", page.title.getText());

        // what rfy new batch --period 2020-05 makes on the same import
        Path cli = importedByCli();
        RfyWorkspace cliWs = RfyWorkspace.load(cli);
        PeriodBatch.Made made = PeriodBatch.make(cliWs, "2020-05", null);
        PeriodBatch.write(cliWs, made);

        List<String> listed = Arrays.stream(page.reviews.getCheckedElements()).map(r -> ((Review) r).getId()).toList();
        assertEquals(made.reviews().stream().map(Review::getId).toList(), listed, "all checked, in the order posted");
        assertNull(page.getErrorMessage());
        dialog.screenshot("wizard-new-batch-from-period");
        assertTrue(dialog.finish(), String.valueOf(page.getErrorMessage()));

        assertArrayEquals(Files.readAllBytes(cli.resolve("batches/2020-05-part-1.md")),
                Files.readAllBytes(Ui.root(project).resolve("batches/2020-05-part-1.md")), "the batch rfy new batch writes");
        assertTrue(project.getFile("batches/2020-05-part-1.md").exists(), "the workspace was refreshed");
        RfyWorkspace ws = RfyWorkspace.load(Ui.root(project));
        assertEquals(1, ws.batches().size());
        assertEquals(7, ws.batches().get(0).getReviews().size());
    }
}
