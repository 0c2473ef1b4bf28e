package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.habr.HabrHtmlWriter;
import io.rfy.habr.HabrMarkdownWriter;
import io.rfy.habr.HabrTextImporter;
import io.rfy.habr.ImportNote;
import io.rfy.habr.ImportedBatch;
import io.rfy.habr.WorkspaceImport;
import io.rfy.model.Batch;
import io.rfy.store.RfyWorkspace;
import io.rfy.ui.wizards.ExportBatchWizard;
import io.rfy.ui.wizards.ImportCorpusWizard;
import io.rfy.ui.wizards.ImportHabrWizard;

/** Import Habr post, Import corpus documents and Export batch for Habr, driven through their pages on real data. */
class ImportExportWizardsUiTest {

    private static final java.util.function.BiConsumer<String, String> TELL = io.rfy.ui.wizards.WizardReport.tell;
    private final List<String> told = new ArrayList<>();

    @org.junit.jupiter.api.BeforeEach
    void listen() {
        io.rfy.ui.wizards.WizardReport.tell = (title, message) -> told.add(message);
    }

    @AfterEach
    void cleanUp() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
        io.rfy.ui.wizards.WizardReport.tell = TELL;
    }

    @Test
    void importHabrTextWritesWhatRfyImportWrites() throws Exception {
        IProject project = Ui.emptyProject("import-habr");
        Path seed = WizardDriver.seed("004_");
        ImportHabrWizard wizard = new ImportHabrWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDriver dialog = new WizardDriver(wizard, 760, 600);
        assertFalse(wizard.canFinish(), "nothing read yet");
        assertFalse(wizard.sourcePage().isPageComplete(), "no file chosen");
        wizard.sourcePage().setFile(seed.toString());
        assertTrue(wizard.sourcePage().text.getSelection(), "a .txt is a text scrape");
        assertTrue(wizard.sourcePage().isPageComplete(), String.valueOf(wizard.sourcePage().getErrorMessage()));
        dialog.screenshot("wizard-import-habr-1-source");
        long t0 = System.nanoTime();
        dialog.next();
        System.out.printf("figure: Import Habr post, Next (read seed 004, %d KB): %d ms%n", Files.size(seed) >> 10,
                (System.nanoTime() - t0) / 1_000_000);

        assertSame(wizard.notesPage(), dialog.getCurrentPage(), String.valueOf(wizard.sourcePage().getErrorMessage()));
        ImportedBatch read = wizard.imported();
        assertEquals(7, read.reviews().size());
        assertFalse(read.notes().isEmpty(), "the scrape lost its URLs: the importer says so");
        var table = wizard.notesPage().table.getTable();
        assertEquals(read.notes().size(), table.getItemCount());
        ImportNote first = read.notes().get(0);
        assertTrue(first.line() > 0);
        assertEquals(Integer.toString(first.line()), table.getItem(0).getText(0), "the line column shows the note's line");
        assertEquals(first.code(), table.getItem(0).getText(1));
        assertEquals(first.message(), table.getItem(0).getText(2));
        assertTrue(wizard.canFinish());
        dialog.screenshot("wizard-import-habr-2-notes");
        long t1 = System.nanoTime();
        assertTrue(dialog.finish(), String.valueOf(wizard.notesPage().getErrorMessage()));
        System.out.printf("figure: Import Habr post, Finish (write + refresh): %d ms%n", (System.nanoTime() - t1) / 1_000_000);

        // the same files, byte for byte, as the importer writes for rfy import habr-text
        Path cli = Files.createTempDirectory("rfy-cli-import");
        WorkspaceImport.write(HabrTextImporter.read(Files.readString(seed)), cli);
        assertEquals(Ui.files(cli), Ui.files(Ui.root(project)));
        for (String f : Ui.files(cli)) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(f)), Files.readAllBytes(Ui.root(project).resolve(f)), f);
        }
        assertTrue(Ui.files(Ui.root(project)).contains("batches/2020-05-part-1.md"), Ui.files(Ui.root(project)).toString());
        assertTrue(project.getFile("batches/2020-05-part-1.md").exists(), "the workspace was refreshed");
        assertEquals(wizard.written().size(), Ui.files(cli).size());
        RfyWorkspace ws = RfyWorkspace.load(Ui.root(project));
        assertEquals(7, ws.reviews().size());
        assertEquals(1, ws.batches().size());
    }

    @Test
    void importHabrHtmlKeepsTheLinksOfThePage() throws Exception {
        // the saved article page io.rfy.habr's own tests read
        Path saved = Ui.repo().resolve("bundles/io.rfy.habr/src/test/resources/habr-article-page.html");
        Path page = Files.createTempDirectory("rfy-page").resolve("habr-article-page.html");
        Files.copy(saved, page);
        IProject project = Ui.emptyProject("import-habr-html");
        ImportHabrWizard wizard = new ImportHabrWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDriver dialog = new WizardDriver(wizard, 760, 600);
        wizard.sourcePage().setFile(page.toString());
        assertTrue(wizard.sourcePage().html.getSelection(), "a .html file is a saved page");
        dialog.next();
        assertSame(wizard.notesPage(), dialog.getCurrentPage(), String.valueOf(wizard.sourcePage().getErrorMessage()));
        assertEquals(2, wizard.imported().reviews().size());
        dialog.screenshot("wizard-import-habr-html-notes");
        assertTrue(dialog.finish(), String.valueOf(wizard.notesPage().getErrorMessage()));

        Path cli = Files.createTempDirectory("rfy-cli-import");
        WorkspaceImport.write(io.rfy.habr.HabrHtmlImporter.read(Files.readString(page)), cli);
        assertEquals(Ui.files(cli), Ui.files(Ui.root(project)));
        for (String f : Ui.files(cli)) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(f)), Files.readAllBytes(Ui.root(project).resolve(f)), f);
        }
        assertTrue(RfyWorkspace.load(Ui.root(project)).reviews().get(0).getPapers().get(0).getLinks().stream()
                .anyMatch(l -> "https://arxiv.org/abs/2103.00020".equals(l.getUrl())), "a page keeps its URLs");
    }

    @Test
    void importHabrRefusesBadInputAndWritesNothing() throws Exception {
        IProject project = Ui.emptyProject("import-habr-bad");
        Path tmp = Files.createTempDirectory("rfy-bad");
        Path cp1251 = tmp.resolve("post.txt");
        Files.write(cp1251, "Читаем статьи за вас\nПривет, Хабр!\n".getBytes(Charset.forName("windows-1251")));
        ImportHabrWizard wizard = new ImportHabrWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDriver dialog = new WizardDriver(wizard, 760, 600);
        wizard.sourcePage().setFile(cp1251.toString());
        dialog.next();
        assertSame(wizard.sourcePage(), dialog.getCurrentPage());
        String error = wizard.sourcePage().getErrorMessage();
        assertNotNull(error);
        assertTrue(error.contains("post.txt:1: not valid UTF-8"), error);
        dialog.screenshot("wizard-import-habr-error");

        Path notAPost = tmp.resolve("notes.txt");
        Files.writeString(notAPost, "Список покупок\n\nмолоко, хлеб\n", StandardCharsets.UTF_8);
        wizard.sourcePage().setFile(notAPost.toString());
        assertTrue(wizard.sourcePage().isPageComplete());
        dialog.next();
        assertSame(wizard.sourcePage(), dialog.getCurrentPage());
        assertTrue(wizard.sourcePage().getErrorMessage().contains("not a rubric post"),
                wizard.sourcePage().getErrorMessage());
        assertFalse(wizard.canFinish());
        dialog.close();
        assertEquals(List.of(), Ui.files(Ui.root(project)), "nothing written");
    }

    @Test
    void importHabrIntoANewFolderCreatesItAsAWorkspaceProject() throws Exception {
        Path target = Files.createTempDirectory("rfy-ui-").resolve("imported-ws");
        ImportHabrWizard wizard = new ImportHabrWizard();
        wizard.init(null, StructuredSelection.EMPTY);
        WizardDriver dialog = new WizardDriver(wizard, 760, 600);
        wizard.sourcePage().newFolder.setSelection(true);
        wizard.sourcePage().newFolder.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        wizard.sourcePage().folder.setText(target.toString());
        wizard.sourcePage().setFile(WizardDriver.seed("004_").toString());
        assertTrue(wizard.sourcePage().isPageComplete(), String.valueOf(wizard.sourcePage().getErrorMessage()));
        dialog.next();
        assertSame(wizard.notesPage(), dialog.getCurrentPage(), String.valueOf(wizard.sourcePage().getErrorMessage()));
        assertTrue(dialog.finish(), String.valueOf(wizard.notesPage().getErrorMessage()));
        assertTrue(Files.isRegularFile(target.resolve("batches/2020-05-part-1.md")), "the folder was created and filled");
        IProject project = java.util.Arrays.stream(org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
                .getProjects()).filter(p -> p.getLocation() != null && Path.of(p.getLocation().toOSString())
                        .equals(target)).findFirst().orElseThrow(() -> new AssertionError("no project for " + target));
        assertTrue(project.hasNature(io.rfy.ide.builder.RfyNature.ID), "an RFY project");
    }

    @Test
    void importHabrIntoAWorkspaceThatHasThePostAlreadyChangesNothing() throws Exception {
        IProject project = Ui.sampleProject("import-habr-conflict");
        List<String> before = Ui.files(Ui.root(project));
        java.util.Map<String, byte[]> bytes = new java.util.HashMap<>();
        for (String f : before) {
            bytes.put(f, Files.readAllBytes(Ui.root(project).resolve(f)));
        }
        ImportHabrWizard wizard = new ImportHabrWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDriver dialog = new WizardDriver(wizard, 760, 600);
        // typing the path letter by letter passes through "/" and folders: no error is logged on the way
        String seed = WizardDriver.seed("004_").toString();
        for (int i = 1; i <= seed.length(); i++) {
            wizard.sourcePage().setFile(seed.substring(0, i));
        }
        dialog.next();
        // the clash is found when the file is read (Next), not only at Finish
        assertSame(wizard.sourcePage(), dialog.getCurrentPage(), "Next stays on the first page");
        String error = wizard.sourcePage().getErrorMessage();
        assertTrue(error != null && error.contains("already exists with other content"), error);
        assertFalse(wizard.canFinish());
        dialog.screenshot("wizard-import-habr-conflict");
        dialog.close();
        assertEquals(before, Ui.files(Ui.root(project)));
        for (String f : before) {
            assertArrayEquals(bytes.get(f), Files.readAllBytes(Ui.root(project).resolve(f)), f);
        }
    }

    @Test
    void importCorpusCopiesTheSeedsAsGiven() throws Exception {
        IProject project = Ui.emptyProject("import-corpus");
        List<Path> seeds = new ArrayList<>();
        for (String p : List.of("000_", "001_", "002_", "003_")) {
            seeds.add(WizardDriver.seed(p));
        }
        ImportCorpusWizard wizard = new ImportCorpusWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDriver dialog = new WizardDriver(wizard, 760, 560);
        assertFalse(wizard.page().isPageComplete(), "no documents yet");
        wizard.page().add(seeds);
        assertTrue(wizard.page().isPageComplete(), String.valueOf(wizard.page().getErrorMessage()));
        org.eclipse.swt.widgets.Table list = findTable(wizard.page().getControl());
        assertEquals(4, list.getItemCount());
        for (int i = 0; i < 4; i++) {
            int items = io.rfy.corpus.CorpusReader.read(seeds.get(i)).getItems().size();
            assertTrue(list.getItem(i).getText(1).contains(items + " item(s)"), list.getItem(i).getText(1));
        }
        dialog.screenshot("wizard-import-corpus");
        assertTrue(dialog.finish(), String.valueOf(wizard.page().getErrorMessage()));

        assertEquals(4, wizard.written().size());
        for (Path seed : seeds) {
            Path copied = Ui.root(project).resolve("corpus").resolve(seed.getFileName().toString());
            assertArrayEquals(Files.readAllBytes(seed), Files.readAllBytes(copied), seed.getFileName().toString());
            assertTrue(project.getFile("corpus/" + seed.getFileName()).exists(), "refreshed");
        }
        assertEquals(4, RfyWorkspace.load(Ui.root(project)).corpusFiles().size());
    }

    private static org.eclipse.swt.widgets.Table findTable(org.eclipse.swt.widgets.Control c) {
        if (c instanceof org.eclipse.swt.widgets.Table t) {
            return t;
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (org.eclipse.swt.widgets.Control child : comp.getChildren()) {
                org.eclipse.swt.widgets.Table t = findTable(child);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    @Test
    void importCorpusRefusesAllWhenOneFileIsBad() throws Exception {
        IProject project = Ui.emptyProject("import-corpus-bad");
        Path bad = Files.createTempDirectory("rfy-bad").resolve("scan.pdf");
        Files.write(bad, new byte[] {'%', 'P', 'D', 'F'});
        ImportCorpusWizard wizard = new ImportCorpusWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDriver dialog = new WizardDriver(wizard, 760, 560);
        wizard.page().add(List.of(WizardDriver.seed("001_"), bad));
        assertFalse(dialog.finish(), "refused");
        assertTrue(wizard.page().getErrorMessage().contains("scan.pdf: not a corpus document"),
                wizard.page().getErrorMessage());
        dialog.screenshot("wizard-import-corpus-error");
        dialog.close();
        assertEquals(List.of(), Ui.files(Ui.root(project)), "not even the good file was copied");
    }

    @Test
    void exportWritesWhatRfyExportWrites() throws Exception {
        IProject project = Ui.sampleProject("export");
        Batch batch = RfyWorkspace.load(Ui.root(project)).batches().get(0);
        HabrHtmlWriter html = new HabrHtmlWriter();
        String expectedHtml = html.write(batch);
        String expectedMd = new HabrMarkdownWriter().write(batch);

        ExportBatchWizard wizard = new ExportBatchWizard();
        wizard.init(null, new StructuredSelection(project.getFile("batches/2020-05-part-1.md")));
        WizardDriver dialog = new WizardDriver(wizard, 760, 620);
        ExportBatchWizard.OptionsPage options = wizard.optionsPage();
        assertEquals("2020-05-part-1.md", options.batch.getText());
        assertTrue(options.html.getSelection());
        Path out = Ui.root(project).resolve("exports").resolve("2020-05-part-1.html");
        assertEquals(out.toString(), options.fileText().getText(), "the default output follows batch and format");
        assertTrue(options.isPageComplete(), String.valueOf(options.getErrorMessage()));
        dialog.screenshot("wizard-export-1-options");
        long t0 = System.nanoTime();
        dialog.next();
        System.out.printf("figure: Export batch, Next (load workspace + write HTML): %d ms%n",
                (System.nanoTime() - t0) / 1_000_000);
        assertSame(wizard.resultPage(), dialog.getCurrentPage(), String.valueOf(options.getErrorMessage()));
        assertEquals(html.warnings(), wizard.result().warnings());
        assertEquals(html.warnings().size(), wizard.resultPage().warnings.getTable().getItemCount());
        assertEquals(expectedHtml, wizard.resultPage().preview.getText());
        dialog.screenshot("wizard-export-2-result");
        assertTrue(dialog.finish(), String.valueOf(wizard.resultPage().getErrorMessage()));
        assertEquals(expectedHtml, Files.readString(out, StandardCharsets.UTF_8));
        assertTrue(project.getFile("exports/2020-05-part-1.html").exists(), "refreshed");
        assertEquals(1, told.size(), "Finish says where it wrote");
        assertTrue(told.get(0).startsWith("Wrote " + out + " ("), told.get(0));

        // Markdown, to a file of the user's choice
        ExportBatchWizard md = new ExportBatchWizard();
        md.init(null, new StructuredSelection(project));
        WizardDriver second = new WizardDriver(md, 760, 620);
        md.optionsPage().markdown.setSelection(true);
        md.optionsPage().html.setSelection(false);
        Path custom = Files.createTempDirectory("rfy-export").resolve("post.md");
        md.optionsPage().setFile(custom.toString());
        second.next();
        assertTrue(second.finish(), String.valueOf(md.resultPage().getErrorMessage()));
        assertEquals(expectedMd, Files.readString(custom, StandardCharsets.UTF_8));
        assertEquals(custom, md.output());
    }

    @Test
    void exportSaysWhyAnUnreadableBatchIsNotExported() throws Exception {
        IProject project = Ui.sampleProject("export-bad");
        Path batchFile = Ui.root(project).resolve("batches/2020-05-part-1.md");
        Files.write(batchFile, new byte[] {'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xff, '\n'});
        ExportBatchWizard wizard = new ExportBatchWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDriver dialog = new WizardDriver(wizard, 760, 620);
        dialog.next();
        assertSame(wizard.optionsPage(), dialog.getCurrentPage());
        String error = wizard.optionsPage().getErrorMessage();
        assertTrue(error.contains("2020-05-part-1.md could not be read") && error.contains("UTF-8"), error);
        dialog.close();
        assertFalse(Files.exists(Ui.root(project).resolve("exports")), "nothing written");
    }
}
