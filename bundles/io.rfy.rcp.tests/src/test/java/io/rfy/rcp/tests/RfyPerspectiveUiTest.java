package io.rfy.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.rfy.rcp.RfyPerspective;
import io.rfy.rcp.OpenFolderJob;
import io.rfy.rcp.ProjectReveal;
import io.rfy.ui.views.CorpusView;
import io.rfy.ui.views.MentionsView;
import io.rfy.store.FolderCopy;

/**
 * The RFY perspective as a user first sees it, on the sample workspace with seeds 000-003 as its corpus (what
 * {@code rfy corpus add} would copy): which views are there and where, that they show the workspace's data, and
 * that the menus offer the RFY wizards, preferences and Check Links. Writes target/screenshots/workbench-*.png.
 */
class RfyPerspectiveUiTest {

    private static final String[] SEEDS = {"000_", "001_", "002_", "003_"};
    private static IProject project;
    private static IWorkbenchPage page;
    private static Shell shell;

    @BeforeAll
    static void openTheSampleWithItsCorpus() throws Exception {
        Path dir = Files.createTempDirectory("rfy-rcp-").resolve("sample-ws");
        Path repo = repo();
        FolderCopy.copy(repo.resolve("examples/sample-ws"), dir);
        try (Stream<Path> seeds = Files.list(repo.resolve("seeds"))) {
            for (Path seed : seeds.filter(p -> Arrays.stream(SEEDS).anyMatch(p.getFileName().toString()::startsWith)).toList()) {
                Files.copy(seed, dir.resolve("corpus").resolve(seed.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        shell = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
        // as large as a laptop screen, but never beyond the display (what lies outside it is never painted, and the
        // screenshots would show it blank): xvfb-run's default screen is 1280x1024
        org.eclipse.swt.graphics.Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
        shell.setBounds(screen.x, screen.y, Math.min(1600, screen.width), Math.min(1000, screen.height));
        page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
        page.closeAllEditors(false);
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(RfyPerspective.ID));
        page.resetPerspective(); // the layout of RfyPerspective, not one another test left behind

        // as rfy gui <folder> does at start-up (and File > Open Workspace Folder)
        OpenFolderJob open = new OpenFolderJob(dir);
        open.schedule();
        assertTrue(Screens.waitFor(() -> open.getResult() != null, 30_000), "the folder opened");
        assertTrue(open.getResult().isOK(), open.getResult().toString());
        project = open.project();
        Screens.settle(300); // the reveal runs after the job, on the UI thread
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        Screens.settle(200);
    }

    @AfterAll
    static void cleanUp() throws CoreException {
        page.closeAllEditors(false);
        project.delete(false, true, null); // the project only: the folder is a scratch copy
    }

    @Test
    void viewsAreLaidOutWithRoomForTheCorpus() throws Exception {
        for (String id : new String[] {IPageLayout.ID_PROJECT_EXPLORER, "io.rfy.ui.reviewsView", CorpusView.ID,
                MentionsView.ID}) {
            IViewPart view = page.findView(id);
            assertNotNull(view, id + " is open in the RFY perspective");
            assertTrue(page.isPartVisible(view), id + " is visible at start");
        }
        assertNotNull(page.findViewReference(IPageLayout.ID_PROBLEM_VIEW), "Problems view");
        assertNotNull(page.findViewReference(IPageLayout.ID_OUTLINE), "Outline view");

        Rectangle window = shell.getClientArea();
        Rectangle corpus = bounds(page.findView(CorpusView.ID));
        // the Corpus is read as text: it gets a full-height column, not a corner (32 % of what the left column leaves,
        // about a quarter of the window: 24.96 % at 1280 px, where the sashes weigh more)
        assertTrue(corpus.width >= window.width * 0.24, "Corpus width " + corpus.width + " of " + window.width);
        assertTrue(corpus.height >= window.height * 0.7, "Corpus height " + corpus.height + " of " + window.height);
        Rectangle mentions = bounds(page.findView(MentionsView.ID));
        assertTrue(mentions.width >= window.width * 0.4, "Mentions width " + mentions.width + " of " + window.width);
        assertTrue(mentions.height >= window.height * 0.2, "Mentions height " + mentions.height + " of " + window.height);
    }

    @Test
    void viewsShowTheWorkspace() throws Exception {
        // opening the folder for the first time opened its newest batch and expanded the project
        IFile batch = ProjectReveal.newestBatch(project).orElseThrow();
        assertEquals("batches/2020-05-part-1.md", batch.getProjectRelativePath().toString());
        assertTrue(project.hasNature("io.rfy.ui.nature"), "RFY nature");
        IEditorPart active = page.getActiveEditor();
        assertNotNull(active, "an editor opened with the folder");
        assertEquals(batch, active.getEditorInput().getAdapter(IFile.class));

        CommonNavigator explorer = (CommonNavigator) page.findView(IPageLayout.ID_PROJECT_EXPLORER);
        assertTrue(explorer.getCommonViewer().getExpandedState(project), "the project is expanded in the Project Explorer");
        TreeItem projectItem = Arrays.stream(explorer.getCommonViewer().getTree().getItems())
                .filter(i -> i.getData() == project).findFirst().orElseThrow();
        // the groups replace "Reading reviews…" once the background read is done, later on a loaded machine
        Screens.waitFor(() -> Arrays.stream(projectItem.getItems()).anyMatch(i -> i.getText().startsWith("Habr posts")),
                30_000);
        List<String> children = Arrays.stream(projectItem.getItems()).map(TreeItem::getText).toList();
        assertTrue(children.stream().anyMatch(t -> t.startsWith("Habr posts")), children.toString());
        assertTrue(children.stream().anyMatch(t -> t.startsWith("Reviews by period")), children.toString());

        CorpusView corpus = (CorpusView) page.findView(CorpusView.ID);
        assertTrue(Screens.waitFor(() -> corpus.snapshots().stream().anyMatch(s -> s.project().equals(project)
                && s.docs().size() == 4), 30_000), "the Corpus view read the 4 seed documents");
        Screens.settle(200);
        TreeItem[] docs = corpus.tree().getTree().getItems();
        assertEquals(4, docs.length, Arrays.toString(docs));
        for (int i = 0; i < 4; i++) {
            assertTrue(docs[i].getText().contains(SEEDS[i]) && docs[i].getText().contains(" items"), docs[i].getText());
        }
        Screens.shot("workbench-batch", shell);

        // a review: the Mentions view follows it; the Corpus shows the digest item it cross-links to
        IFile review = project.getFile("reviews/2020-05/makeittalk.md");
        IEditorPart editor = IDE.openEditor(page, review, true);
        MentionsView mentions = (MentionsView) page.findView(MentionsView.ID);
        assertTrue(Screens.waitFor(() -> mentions.snapshot() != null && "makeittalk".equals(mentions.snapshot().reviewId()),
                30_000), "the Mentions view follows the review editor");
        assertTrue(mentions.snapshot().linked().stream().anyMatch(l -> "corpus".equals(l.kind())),
                "the review's corpus cross-link is listed: " + mentions.snapshot().linked());
        assertTrue(Screens.waitFor(() -> mentions.viewer().getTree().getItemCount() > 0, 10_000), "Mentions rows");
        corpus.tree().expandToLevel(2);
        Screens.settle(200);
        // the mention counts come with the corpus read in the background (they once went missing when the builder and
        // the view wrote the mention cache at the same time)
        assertTrue(Screens.waitFor(() -> {
            corpus.tree().expandToLevel(2);
            return Arrays.stream(corpus.tree().getTree().getItem(0).getItems())
                    .anyMatch(t -> t.getText().startsWith("MakeItTalk") && t.getText().contains("1 mention"));
        }, 30_000), "the digest's MakeItTalk item shows its mention: " + corpus.snapshots().stream()
                .map(s -> String.valueOf(s.problem())).toList());
        TreeItem digest = corpus.tree().getTree().getItem(0);
        TreeItem talk = Arrays.stream(digest.getItems()).filter(t -> t.getText().startsWith("MakeItTalk")).findFirst()
                .orElseThrow(() -> new AssertionError("the digest's MakeItTalk item: " + Arrays.toString(digest.getItems())));
        corpus.tree().setSelection(new org.eclipse.jface.viewers.StructuredSelection(talk.getData()), true);
        assertTrue(Screens.waitFor(() -> corpus.text().getText().contains("MakeItTalk"), 10_000), corpus.text().getText());
        page.activate(editor);

        IMarker[] markers = project.findMarkers("io.rfy.ui.problem", true, IResource.DEPTH_INFINITE);
        assertTrue(markers.length > 0, "the builder put the sample's findings into markers");
        Screens.shot("workbench-review", shell);
    }

    @Test
    void menusOfferTheRfyWizardsPreferencesAndCheckLinks() throws Exception {
        var workbench = PlatformUI.getWorkbench();
        for (String id : new String[] {"io.rfy.ui.newReview", "io.rfy.ui.newBatch"}) {
            assertNotNull(workbench.getNewWizardRegistry().findWizard(id), id);
        }
        assertNotNull(workbench.getImportWizardRegistry().findWizard("io.rfy.ui.importHabr"));
        assertNotNull(workbench.getImportWizardRegistry().findWizard("io.rfy.ui.importCorpus"));
        assertNotNull(workbench.getExportWizardRegistry().findWizard("io.rfy.ui.exportHabr"));
        assertNotNull(workbench.getPreferenceManager().find("io.rfy.ui.preferences/io.rfy.ui.preferences.links"));
        assertNotNull(workbench.getPreferenceManager().find("io.rfy.ui.preferences/io.rfy.ui.preferences.habr"));

        // the menus as they are shown: e4 fills them on SWT.Show
        page.activate(page.findView(IPageLayout.ID_PROJECT_EXPLORER));
        ((CommonNavigator) page.findView(IPageLayout.ID_PROJECT_EXPLORER)).selectReveal(
                new org.eclipse.jface.viewers.StructuredSelection(project));
        List<String> fileNew = menuTexts("File", "New");
        assertTrue(fileNew.contains("Review") && fileNew.contains("Batch"), "File > New: " + fileNew);
        List<String> file = menuTexts("File");
        assertTrue(file.contains("Import...") && file.contains("Export...") && file.contains("Open Workspace Folder..."),
                "File: " + file);
        List<String> projectMenu = menuTexts("Project");
        assertTrue(projectMenu.contains("Check Links"), "Project: " + projectMenu);
        List<String> window = menuTexts("Window");
        assertTrue(window.contains("Preferences..."), "Window: " + window);
    }

    @Test
    void aboutDialogNamesTheProduct() throws Exception {
        List<String> seen = new ArrayList<>();
        var display = shell.getDisplay();
        Runnable[] capture = new Runnable[1];
        long end = System.currentTimeMillis() + 15_000;
        capture[0] = () -> {
            Shell about = Arrays.stream(display.getShells()).filter(s -> s.isVisible() && s.getText().startsWith("About"))
                    .findFirst().orElse(null);
            if (about == null) {
                if (System.currentTimeMillis() < end) {
                    display.timerExec(200, capture[0]);
                }
                return;
            }
            seen.add(about.getText());
            seen.add(texts(about));
            try {
                Screens.shot("workbench-about", about);
            } catch (IOException e) {
                seen.add("screenshot failed: " + e);
            }
            about.close();
        };
        display.timerExec(500, capture[0]);
        workbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.aboutAction", null);
        assertTrue(Screens.waitFor(() -> !seen.isEmpty(), 15_000), "the About dialog opened");
        assertEquals("About RFY Workbench", seen.get(0));
        assertTrue(seen.get(1).contains("«Читаем статьи за вас»") && seen.get(1).contains("rfy gui"), seen.get(1));
        // the version, as the bundles (and rfy --version) carry it
        org.osgi.framework.Version v = org.eclipse.core.runtime.Platform.getBundle("io.rfy.rcp").getVersion();
        String version = "Version " + v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        assertTrue(seen.get(1).contains(version), version + " in " + seen.get(1));
    }

    private static org.eclipse.ui.IWorkbench workbench() {
        return PlatformUI.getWorkbench();
    }

    /** The texts of the menu reached by the labels, as the user sees them (mnemonics and accelerators stripped). */
    private static List<String> menuTexts(String... path) {
        Menu menu = shell.getMenuBar();
        List<Menu> shown = new ArrayList<>();
        try {
            for (String label : path) {
                List<MenuItem> items = Arrays.asList(menu.getItems());
                MenuItem item = items.stream().filter(i -> label(i).equals(label)).findFirst()
                        .orElseThrow(() -> new AssertionError(label + " in " + items.stream().map(RfyPerspectiveUiTest::label).toList()));
                Menu sub = item.getMenu();
                sub.notifyListeners(SWT.Show, new Event());
                shown.add(sub);
                Screens.settle(50);
                menu = sub;
            }
            return Arrays.stream(menu.getItems()).map(RfyPerspectiveUiTest::label).toList();
        } finally {
            for (int i = shown.size() - 1; i >= 0; i--) {
                shown.get(i).notifyListeners(SWT.Hide, new Event());
            }
        }
    }

    private static String label(MenuItem item) {
        String text = item.getText();
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
    }

    private static String texts(Control control) {
        StringBuilder all = new StringBuilder();
        if (control instanceof org.eclipse.swt.custom.StyledText t) {
            all.append(t.getText()).append('\n');
        } else if (control instanceof org.eclipse.swt.widgets.Text t) {
            all.append(t.getText()).append('\n');
        } else if (control instanceof org.eclipse.swt.widgets.Label l) {
            all.append(l.getText()).append('\n');
        }
        if (control instanceof org.eclipse.swt.widgets.Composite c) {
            for (Control child : c.getChildren()) {
                all.append(texts(child));
            }
        }
        return all.toString();
    }

    /** The area of the view's part in window coordinates. */
    private static Rectangle bounds(IViewPart view) {
        Control control = partControl(view);
        Rectangle b = control.getBounds();
        var origin = shell.toControl(control.getParent().toDisplay(b.x, b.y));
        return new Rectangle(origin.x, origin.y, b.width, b.height);
    }

    /** The composite the workbench made for the view's part, found up from the tree the view shows. */
    private static Control partControl(IViewPart view) {
        Control c = view instanceof CorpusView corpus ? corpus.tree().getControl() : ((MentionsView) view).viewer().getControl();
        // e4 marks each rendered model element's widget with it ("modelElement"); the nearest one is the part
        while (c != null && c.getData("modelElement") == null) {
            c = c.getParent();
        }
        return c;
    }

    private static Path repo() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/sample-ws"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("examples/sample-ws not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
