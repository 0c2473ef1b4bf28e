package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.habr.HabrTextImporter;
import io.rfy.habr.WorkspaceImport;
import io.rfy.ide.builder.ProblemMarkers;
import io.rfy.model.ReviewStatus;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.ui.editor.ReviewEditor;
import io.rfy.ui.views.MentionsView;
import io.rfy.ui.wizards.ExportBatchWizard;
import io.rfy.ui.wizards.ImportHabrWizard;
import io.rfy.ui.wizards.NewBatchWizard;

/**
 * The workbench started with {@code -nl ru} (the ui-tests-ru execution): the New Batch, Import Habr Post and Export Batch wizards, a view, the review editor, the
 * Project and Edit menus and the markers speak Russian, in the rubric's words, and the files written are what they are in English. Writes
 * target/screenshots/ru-wizard-new-batch.png, ru-wizard-import-habr.png,
 * ru-wizard-export.png and ru-workbench.png.
 */
class RussianUiTest {

    @AfterEach
    void cleanUp() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
    }

    @Test
    void startedInRussian() {
        assertEquals("ru", Platform.getNL());
    }

    @Test
    void newBatchWizard() throws Exception {
        IProject project = Ui.sampleProject("ru-wizard");
        NewBatchWizard wizard = new NewBatchWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(Ui.shell(), wizard);
        dialog.create();
        dialog.getShell().setSize(720, 540);
        NewBatchWizard.Page page = wizard.page();
        assertEquals("Новый выпуск", dialog.getShell().getText());
        assertEquals("Один пост рубрики на Хабре: batches/<yyyy-mm>-part-<n>.md", page.getDescription());
        List<String> labels = Ui.find(Label.class, dialog.getShell()).stream().map(Label::getText).toList();
        assertTrue(labels.containsAll(List.of("Рабочее пространство:", "Период:", "Часть:", "Заголовок:", "Рецензии:")),
                labels.toString());
        page.period.setText("2020/06");
        assertEquals("Период пишется как гггг-мм, например 2020-05.", page.getErrorMessage());
        page.period.setText("2020-05");
        page.part.setText("1");
        assertEquals("Часть 1 за 2020-05 уже есть.", page.getErrorMessage());
        page.period.setText("2020-06");
        assertTrue(page.isPageComplete(), String.valueOf(page.getErrorMessage()));
        dialog.getShell().open();
        Ui.screenshot("ru-wizard-new-batch", dialog.getShell());
        assertTrue(wizard.performFinish());
        dialog.close();
        // the file is data: its keys and the rubric's title are those of the English workbench
        String batch = Files.readString(Path.of(project.getLocation().toOSString(), "batches/2020-06-part-1.md"));
        assertTrue(batch.contains("title: Читаем статьи за вас. Июнь 2020. Часть 1") && batch.contains("period: 2020-06"),
                batch);
    }

    @Test
    void importHabrWizard() throws Exception {
        Path dir = Files.createTempDirectory("rfy-ui-").resolve("ru-import");
        Files.createDirectories(dir);
        IProject project = Ui.open(dir);
        Path seed = WizardDriver.seed("004_");
        ImportHabrWizard wizard = new ImportHabrWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDriver dialog = new WizardDriver(wizard, 760, 600);
        ImportHabrWizard.SourcePage source = wizard.sourcePage();
        assertEquals("Импорт поста с Хабра", dialog.getShell().getText());
        assertEquals("Импорт опубликованного выпуска", source.getTitle());
        assertEquals("Пост рубрики с Хабра: его текстовая копия или сохранённая страница статьи (UTF-8).",
                source.getDescription());
        List<String> labels = Ui.find(Label.class, dialog.getShell()).stream().map(Label::getText).toList();
        assertTrue(labels.containsAll(List.of("Рабочее пространство:", "Файл:", "Формат:")), labels.toString());
        List<String> buttons = Ui.find(org.eclipse.swt.widgets.Button.class, dialog.getShell()).stream()
                .map(org.eclipse.swt.widgets.Button::getText).toList();
        assertTrue(buttons.containsAll(List.of("В новую папку:", "Обзор...",
                "Текстовая копия (адреса ссылок и картинки теряются, об этом будут заметки)",
                "Сохранённая страница HTML (адреса ссылок и картинки сохраняются)")), buttons.toString());
        source.setFile(seed.getParent().toString());
        assertEquals(seed.getParent() + " не файл.", source.getErrorMessage());
        source.setFile("");
        assertEquals("Выберите файл поста.", source.getErrorMessage());
        source.setFile(seed.toString());
        assertTrue(source.isPageComplete(), String.valueOf(source.getErrorMessage()));
        dialog.next();

        // the notes page: what the import will write, in Russian; the notes themselves are the importer's
        assertSame(wizard.notesPage(), dialog.getCurrentPage(), String.valueOf(source.getErrorMessage()));
        assertEquals("Что запишет импорт", wizard.notesPage().getTitle());
        List<String> texts = Ui.find(Label.class, dialog.getShell()).stream().map(Label::getText).toList();
        assertTrue(texts.stream().anyMatch(t -> t.equals("«Рубрика Читаем статьи за вас. Май 2020. Часть 1» в "
                + "batches/2020-05-part-1.md; рецензий: 7, авторов обзоров: 5:")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Заметки о том, чего в файле не нашлось: ")
                && t.endsWith(", по строкам " + seed.getFileName() + ":")), texts.toString());
        List<String> columns = Arrays.stream(wizard.notesPage().table.getTable().getColumns())
                .map(org.eclipse.swt.widgets.TableColumn::getText).toList();
        assertEquals(List.of("Строка", "Код", "Заметка"), columns);
        dialog.screenshot("ru-wizard-import-habr");
        assertTrue(dialog.finish(), String.valueOf(wizard.notesPage().getErrorMessage()));
        // the files are data: what rfy import habr-text writes, in any language
        Path cli = Files.createTempDirectory("rfy-cli-import");
        WorkspaceImport.write(HabrTextImporter.read(Files.readString(seed)), cli);
        Path batch = Path.of("batches", "2020-05-part-1.md");
        assertArrayEquals(Files.readAllBytes(cli.resolve(batch)), Files.readAllBytes(dir.resolve(batch)));
    }

    @Test
    void exportBatchWizard() throws Exception {
        IProject project = Ui.sampleProject("ru-export");
        Path root = Path.of(project.getLocation().toOSString());
        io.rfy.habr.HabrHtmlWriter writer = new io.rfy.habr.HabrHtmlWriter();
        String expected = writer.write(io.rfy.store.RfyWorkspace.load(root).batches().get(0));
        List<String> told = new ArrayList<>();
        var tell = io.rfy.ui.wizards.WizardReport.tell;
        io.rfy.ui.wizards.WizardReport.tell = (title, message) -> told.add(title + ": " + message);
        try {
            ExportBatchWizard wizard = new ExportBatchWizard();
            wizard.init(null, new StructuredSelection(project.getFile("batches/2020-05-part-1.md")));
            WizardDriver dialog = new WizardDriver(wizard, 760, 620);
            assertEquals("Экспорт выпуска для Хабра", dialog.getShell().getText());
            assertEquals("Пост в оформлении рубрики, такой же, как пишет rfy export.",
                    wizard.optionsPage().getDescription());
            List<String> labels = Ui.find(Label.class, dialog.getShell()).stream().map(Label::getText).toList();
            assertTrue(labels.containsAll(List.of("Выпуск:", "Формат:", "Сохранить в файл:")), labels.toString());
            assertEquals("HTML для классического редактора Хабра: вставляйте с выключенными автоматическими переносами строк",
                    wizard.optionsPage().html.getText());
            assertTrue(wizard.optionsPage().isPageComplete(), String.valueOf(wizard.optionsPage().getErrorMessage()));
            dialog.next();
            assertSame(wizard.resultPage(), dialog.getCurrentPage(), String.valueOf(wizard.optionsPage().getErrorMessage()));
            assertEquals("Экспортированный пост", wizard.resultPage().getTitle());
            List<String> texts = Ui.find(Label.class, dialog.getShell()).stream().map(Label::getText).toList();
            int warnings = writer.warnings().size();
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("HTML для классического редактора Хабра: символов: ")
                    && t.endsWith(warnings == 0 ? "Предупреждений нет." : "Предупреждений: " + warnings + ":")),
                    texts.toString());
            assertTrue(Ui.find(org.eclipse.swt.widgets.Button.class, dialog.getShell()).stream()
                    .anyMatch(b -> b.getText().equals("Копировать в буфер обмена")));
            dialog.screenshot("ru-wizard-export");
            assertTrue(dialog.finish(), String.valueOf(wizard.resultPage().getErrorMessage()));
            Path out = root.resolve("exports").resolve("2020-05-part-1.html");
            // the post is data: the same HTML in every language
            assertEquals(expected, Files.readString(out));
            assertEquals(1, told.size(), told.toString());
            assertTrue(told.get(0).startsWith("Экспорт выпуска для Хабра: Записан " + out + " ("), told.get(0));
        } finally {
            io.rfy.ui.wizards.WizardReport.tell = tell;
        }
    }

    @Test
    void mentionsViewEditorAndMarkers() throws Exception {
        IProject project = Ui.sampleProject("ru-workbench");
        ReviewEditor editor = (ReviewEditor) IDE.openEditor(Ui.page(), project.getFile("reviews/2020-05/makeittalk.md"));
        MentionsView view = (MentionsView) Ui.page().showView(MentionsView.ID);
        Ui.page().activate(editor);
        assertTrue(Ui.waitFor(() -> view.snapshot() != null && view.snapshot().reviewId().equals("makeittalk"), 30_000),
                view.headerText());
        Ui.processEvents();
        String header = view.headerText();
        assertTrue(header.contains("без ссылки: ") && header.contains("перекрёстных ссылок: ")
                && header.contains("обратных ссылок: "), header);
        List<String> sections = Arrays.stream(view.viewer().getTree().getItems()).map(TreeItem::getText).toList();
        assertTrue(sections.stream().anyMatch(s -> s.startsWith("Упоминания без ссылки"))
                && sections.stream().anyMatch(s -> s.startsWith("Перекрёстные ссылки"))
                && sections.stream().anyMatch(s -> s.startsWith("Обратные ссылки")), sections.toString());

        // the view's title, the editor's pages and the review form's labels (plugin.xml's names, the form page)
        assertEquals("Упоминания и обратные ссылки", view.getPartName());
        List<String> tabs = Ui.find(org.eclipse.swt.custom.CTabFolder.class, Ui.shell()).stream()
                .flatMap(f -> Arrays.stream(f.getItems())).map(org.eclipse.swt.custom.CTabItem::getText).toList();
        assertTrue(tabs.containsAll(List.of("Рецензия", "Исходный текст", "Просмотр")), tabs.toString());
        List<String> labels = Ui.find(Label.class, Ui.shell()).stream().map(Label::getText).toList();
        assertTrue(labels.containsAll(List.of("Автор обзора:", "Статус:", "Теги:", "Авторы статьи:", "Ссылки:")),
                labels.toString());
        List<String> projectMenu = menuTexts("Project");
        assertTrue(projectMenu.contains("Проверить ссылки"), "Project: " + projectMenu);

        // an edit on the review form: Edit > Undo names it in Russian
        editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), editor.review(),
                Literals.REVIEW__STATUS, editor.review().getStatus() == ReviewStatus.DRAFT ? ReviewStatus.PUBLISHED
                        : ReviewStatus.DRAFT));
        Ui.processEvents();
        List<String> edit = menuTexts("Edit");
        assertTrue(edit.stream().anyMatch(t -> t.startsWith("Отменить")), "Edit: " + edit);
        Ui.screenshot("ru-workbench");
        editor.domain().getCommandStack().undo();
        assertFalse(editor.isDirty());

        // the builder's markers: where they are, in Russian; the finding itself (a core rule's message) as reported
        IMarker[] markers = project.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
        assertTrue(markers.length > 0);
        for (IMarker m : markers) {
            if (m.getAttribute(IMarker.LINE_NUMBER, 0) > 0) {
                assertEquals("строка " + m.getAttribute(IMarker.LINE_NUMBER, 0), m.getAttribute(IMarker.LOCATION, ""));
            }
            if (m.getAttribute(ProblemMarkers.SUGGESTION, null) != null) {
                assertTrue(m.getAttribute(IMarker.MESSAGE, "").contains(" (исправление: "), m.getAttribute(IMarker.MESSAGE, ""));
            }
        }
    }

    /** The texts of a menu of the menu bar as the user sees them: filled on SWT.Show, mnemonics stripped. */
    private static List<String> menuTexts(String top) {
        Menu bar = Ui.shell().getMenuBar();
        MenuItem item = Arrays.stream(bar.getItems()).filter(i -> label(i).equals(top))
                .findFirst().orElseThrow(() -> new AssertionError(top + " in " + Arrays.stream(bar.getItems())
                        .map(RussianUiTest::label).toList()));
        Menu menu = item.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        Ui.processEvents();
        try {
            List<String> texts = new ArrayList<>();
            for (MenuItem i : menu.getItems()) {
                texts.add(label(i));
            }
            return texts;
        } finally {
            menu.notifyListeners(SWT.Hide, new Event());
        }
    }

    private static String label(MenuItem item) {
        String text = item.getText();
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
    }
}
