package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.rfy.ui.editor.FileChangedPrompt;
import io.rfy.ui.editor.ReviewEditor;

/**
 * Writing a review as a person does: keystrokes into the Source page and the form's fields, page tabs clicked,
 * Ctrl+S and Ctrl+1 pressed, the quick fix double-clicked; every check reads the file on disk. Each test reproduces one reported loss of edits.
 */
class WritingUiTest {

    private static final java.util.function.Predicate<String> REPLACE = FileChangedPrompt.replace;

    @BeforeEach
    void focusTheWindow() {
        Ui.sizeWindow();
        Ui.shell().forceActive();
        Ui.processEvents();
    }

    @AfterEach
    void closeEditors() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
        FileChangedPrompt.replace = REPLACE;
    }

    private static ReviewEditor open(IFile file) throws Exception {
        IEditorPart part = IDE.openEditor(Ui.page(), file);
        Ui.processEvents();
        return assertInstanceOf(ReviewEditor.class, part);
    }

    /**
     * Jukebox's review with its arXiv link as a PDF URL (what rfy.link.arxiv-noncanonical flags and its quick fix
     * mends), the project built so the marker is there.
     */
    private static IFile withAPdfLink(IProject project) throws Exception {
        IFile file = project.getFile("reviews/2020-05/jukebox.md");
        file.setContents(new ByteArrayInputStream(disk(file).replace("url: \"https://arxiv.org/abs/2005.00341\"",
                "url: \"http://arxiv.org/pdf/2005.00341v1.pdf\"").getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        Ui.build(project);
        return file;
    }

    private static String disk(IFile file) throws Exception {
        return Files.readString(Path.of(file.getLocation().toOSString()), StandardCharsets.UTF_8);
    }

    /** The Source page's text widget, with the cursor put on {@code word} (selected, so typing replaces it). */
    private static StyledText selectInSource(ReviewEditor editor, String word) {
        StyledText text = editor.sourceEditor().viewer().getTextWidget();
        int at = text.getText().indexOf(word);
        assertTrue(at >= 0, word + " not on the Source page");
        Keys.click(text); // the focus, as a click gives it
        text.setSelection(at, at + word.length());
        Ui.processEvents();
        return text;
    }

    @Test
    void typingOnTheSourcePageMakesTheEditorDirtyAndCtrlSWritesIt() throws Exception {
        IProject project = Ui.sampleProject("writing-source");
        IFile file = project.getFile("reviews/2020-05/jukebox.md");
        ReviewEditor editor = open(file);
        Keys.clickTab(Ui.shell(), "Source");
        assertEquals(editor.sourcePageIndex(), editor.getActivePage(), "the click showed the Source page");
        selectInSource(editor, "published");
        Keys.type("ready");
        assertTrue(editor.isDirty(), "typing makes the editor dirty");
        assertTrue(Ui.page().getDirtyEditors().length == 1, "the workbench knows it is dirty (the tab shows *)");
        assertTrue(editor.getTitle().equals("jukebox.md"));
        Keys.save(editor);
        assertTrue(disk(file).contains("status: ready\n"), "Ctrl+S wrote the text typed:\n" + disk(file));
        assertFalse(editor.isDirty(), "clean after Ctrl+S");

        // a second edit after the save is dirty again (the document's dirty flag is armed again after a save)
        selectInSource(editor, "ready");
        Keys.type("draft");
        assertTrue(editor.isDirty(), "dirty again after the save");
        Keys.save(editor);
        assertTrue(disk(file).contains("status: draft\n"), disk(file));
    }

    @Test
    void ctrlSKeepsTheReviewsPermissions() throws Exception {
        IProject project = Ui.sampleProject("writing-mode");
        IFile file = project.getFile("reviews/2020-05/jukebox.md");
        Path path = Path.of(file.getLocation().toOSString());
        // group-writable, as a shared checkout has it: neither the umask's 644 nor a temporary file's 600
        java.util.Set<java.nio.file.attribute.PosixFilePermission> shared = java.nio.file.attribute.PosixFilePermissions
                .fromString("rw-rw-r--");
        Files.setPosixFilePermissions(path, shared);
        ReviewEditor editor = open(file);
        Keys.clickTab(Ui.shell(), "Source");
        selectInSource(editor, "published");
        Keys.type("ready");
        Keys.save(editor);
        assertTrue(disk(file).contains("status: ready\n"), disk(file));
        assertEquals(shared, Files.getPosixFilePermissions(path), "Ctrl+S kept the file's mode");
    }

    @Test
    void aReviewerChangedOnTheSourcePageIsNotPutBackByTheFormsCombo() throws Exception {
        IProject project = Ui.sampleProject("writing-reviewer");
        IFile file = project.getFile("reviews/2020-05/jukebox.md");
        ReviewEditor editor = open(file);
        var combo = editor.formPage().reviewerCombo();
        assertEquals("belskikh", combo.getText());
        Keys.click(combo); // the user looked at the reviewer box, then went to the Source page
        Keys.clickTab(Ui.shell(), "Source");
        selectInSource(editor, "belskikh");
        Keys.type("digitman");
        Keys.clickTab(Ui.shell(), "Review");
        Ui.processEvents();
        assertEquals(0, editor.getActivePage());
        assertEquals("digitman", combo.getText(), "the form shows the reviewer typed on the Source page");
        Keys.click(editor.formPage().titleField()); // focus leaves the combo
        Keys.save(editor);
        String saved = disk(file);
        assertTrue(saved.contains("reviewer: digitman\n"), "saved with the new reviewer:\n" + saved);
        assertFalse(editor.isDirty());
    }

    @Test
    void ctrlSRightAfterTypingInAFieldSavesWhatWasTyped() throws Exception {
        IProject project = Ui.sampleProject("writing-field");
        IFile file = project.getFile("reviews/2020-05/jukebox.md");
        ReviewEditor editor = open(file);
        var year = editor.formPage().yearField();
        Keys.click(year);
        year.selectAll();
        Keys.type("2021");
        assertTrue(year.isFocusControl(), "still typing in the field");
        assertTrue(editor.isDirty(), "typing in a field makes the editor dirty at once");
        Keys.save(editor);
        assertTrue(disk(file).contains("year: 2021\n"), "the typed year was saved:\n" + disk(file));
        assertFalse(editor.isDirty());
        assertEquals("2021", year.getText());
    }

    @Test
    void aQuickFixFromTheProblemsViewShowsInTheOpenEditorAtOnce() throws Exception {
        IProject project = Ui.sampleProject("writing-stale");
        IFile file = withAPdfLink(project);
        ReviewEditor editor = open(file);
        Keys.clickTab(Ui.shell(), "Source");
        IDocument doc = editor.sourceEditor().getDocumentProvider().getDocument(editor.getEditorInput());
        assertTrue(doc.get().contains("arxiv.org/pdf"));
        IMarker marker = marker(file, "rfy.link.arxiv-noncanonical");
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
        fixes[0].run(marker); // what the Problems view's Quick Fix runs
        Ui.waitFor(() -> !doc.get().contains("arxiv.org/pdf"), 5_000);
        assertEquals(disk(file), doc.get(), "the clean editor shows the fixed file");
        assertFalse(editor.isDirty());

        // a dirty editor is asked when it is activated again, and shows the file when told to
        selectInSource(editor, "published");
        Keys.type("ready");
        assertTrue(editor.isDirty());
        Ui.page().showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW); // the user works elsewhere
        String external = disk(file).replace("status: published", "status: draft");
        file.setContents(new ByteArrayInputStream(external.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        Ui.processEvents();
        assertTrue(editor.isDirty(), "a dirty editor is not reloaded behind the user's back");
        List<String> asked = new ArrayList<>();
        FileChangedPrompt.replace = name -> asked.add(name);
        Ui.page().activate(editor); // back to the editor (what a click on its tab does)
        Ui.waitFor(() -> !asked.isEmpty(), 3_000);
        assertEquals(List.of("jukebox.md"), asked, "asked on activation");
        Ui.waitFor(() -> doc.get().contains("status: draft"), 3_000);
        assertEquals(external, doc.get(), "replaced with the file's contents");
        assertFalse(editor.isDirty());
    }

    @Test
    void ctrl1OnTheSourcePageAppliesTheProblemsViewsQuickFix() throws Exception {
        IProject project = Ui.sampleProject("writing-ctrl1");
        IFile file = withAPdfLink(project);
        assertTrue(marker(file, "rfy.link.arxiv-noncanonical") != null);
        ReviewEditor editor = open(file);
        Keys.clickTab(Ui.shell(), "Source");
        var viewer = editor.sourceEditor().viewer();
        // the marker is an annotation on the Source page (the squiggle and the ruler icon)
        assertTrue(Ui.waitFor(() -> annotations(viewer).stream().anyMatch(a -> a.contains("texteditor.warning rfy.link.arxiv-noncanonical")), 3_000), "annotations: " + annotations(viewer));
        Ui.screenshot("source-page-annotations");
        StyledText widget = selectInSource(editor, "arxiv.org/pdf");
        widget.setSelection(widget.getSelection().x); // the cursor on the line, nothing selected
        Keys.ctrl('1');
        Shell popup = waitForProposals();
        Ui.screenshotAsIs("source-page-quick-fix");
        assertTrue(widget.isFocusControl(), "the cursor is in the text");
        Table table = Ui.find(Table.class, popup).get(0);
        assertTrue(table.getItem(0).getText().startsWith("Replace with https://arxiv.org/abs/2005.00341"),
                table.getItem(0).getText());
        // double-click the first fix (the table's default selection, which the pop-up applies)
        table.setSelection(0);
        org.eclipse.swt.widgets.Event pick = new org.eclipse.swt.widgets.Event();
        pick.item = table.getItem(0);
        table.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, pick);
        Ui.waitFor(() -> popup.isDisposed() || !popup.isVisible(), 3_000);
        assertTrue(popup.isDisposed() || !popup.isVisible(), "the fix was taken and the pop-up closed");
        assertTrue(Ui.waitFor(() -> {
            try {
                return disk(file).contains("url: \"https://arxiv.org/abs/2005.00341v1\"");
            } catch (Exception e) {
                return false;
            }
        }, 5_000), "Enter applied the fix to the file:\n" + disk(file));
        IDocument doc = editor.sourceEditor().getDocumentProvider().getDocument(editor.getEditorInput());
        assertTrue(Ui.waitFor(() -> doc.get().contains("https://arxiv.org/abs/2005.00341v1\""), 5_000), doc.get());
        String fixed = disk(file);
        assertEquals(fixed, doc.get(), "the editor shows the fixed file");
        assertFalse(editor.isDirty());
    }

    @Test
    void theRfyProblemsViewShowsEachProblemsRuleCode() throws Exception {
        IProject project = Ui.sampleProject("writing-rule-column");
        IFile file = withAPdfLink(project);
        var view = Ui.page().showView(io.rfy.ui.views.RfyProblemsView.ID);
        Ui.processEvents();
        org.eclipse.swt.widgets.Tree tree = Ui.find(org.eclipse.swt.widgets.Tree.class,
                view.getViewSite().getShell()).stream().filter(t -> java.util.Arrays.stream(t.getColumns())
                        .anyMatch(c -> c.getText().equals("Rule"))).findFirst()
                .orElseThrow(() -> new AssertionError("no Rule column"));
        int rule = java.util.Arrays.asList(tree.getColumns()).stream().map(c -> c.getText()).toList().indexOf("Rule");
        List<String> codes = new ArrayList<>();
        assertTrue(Ui.waitFor(() -> {
            codes.clear();
            for (var group : tree.getItems()) {
                codes.add(group.getText(rule)); // a marker at the top level, or a severity group
                org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
                expand.item = group; // what clicking the group's twistie sends: the viewer makes its children
                tree.notifyListeners(org.eclipse.swt.SWT.Expand, expand);
                group.setExpanded(true);
                for (var item : group.getItems()) {
                    codes.add(item.getText(rule));
                }
            }
            return codes.contains("rfy.link.arxiv-noncanonical");
        }, 30_000), "the rule codes shown: " + codes + " in " + tree.getItemCount() + " rows"); // filled by a job
        // grouped by severity, as the Problems view is: the top level is the groups, the markers are inside
        List<String> groups = java.util.Arrays.stream(tree.getItems()).map(i -> i.getText(0)).toList();
        assertTrue(!groups.isEmpty() && groups.stream().allMatch(g -> g.matches("(Errors|Warnings|Infos) \\(\\d+ items?\\)")),
                "severity groups at the top: " + groups);
        Ui.screenshot("rfy-problems-view");
    }


    private static List<String> annotations(org.eclipse.jface.text.source.ISourceViewer viewer) {
        List<String> found = new ArrayList<>();
        var it = viewer.getAnnotationModel().getAnnotationIterator();
        while (it.hasNext()) {
            var a = it.next();
            String code = a instanceof org.eclipse.ui.texteditor.MarkerAnnotation m ? m.getMarker().getAttribute("code", "") : "";
            found.add(a.getType() + " " + code + ": " + a.getText());
        }
        return found;
    }

    /** The quick assist pop-up: a shell of its own with the proposals' table. */
    private static Shell waitForProposals() {
        Shell[] found = new Shell[1];
        Ui.waitFor(() -> {
            for (Shell s : Ui.shell().getDisplay().getShells()) {
                if (s != Ui.shell() && s.isVisible() && !Ui.find(Table.class, s).isEmpty()
                        && Ui.find(Table.class, s).get(0).getItemCount() > 0) {
                    found[0] = s;
                    return true;
                }
            }
            return false;
        }, 5_000);
        assertTrue(found[0] != null, "Ctrl+1 shows the quick fixes");
        return found[0];
    }

    private static IMarker marker(IFile file, String code) throws Exception {
        return Arrays.stream(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
                .filter(m -> code.equals(m.getAttribute("code", ""))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " marker"));
    }
}
