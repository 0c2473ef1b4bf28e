package io.rfy.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import io.rfy.ide.WorkspaceProject;
import io.rfy.store.FolderCopy;

/** What the UI tests share: a scratch copy of a workspace folder as a project, waiting, screenshots. */
final class Ui {

    private Ui() {
    }

    /** The repository root (the tests run in bundles/io.rfy.ui.tests). */
    static Path repo() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/sample-ws"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("examples/sample-ws not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** A fresh copy of examples/sample-ws, open as an RFY project and built. */
    static IProject sampleProject(String name) throws IOException, CoreException {
        Path dir = Files.createTempDirectory("rfy-ui-").resolve(name);
        FolderCopy.copy(repo().resolve("examples/sample-ws"), dir);
        return open(dir);
    }

    /** An empty folder, open as an RFY project (what an import or a wizard fills). */
    static IProject emptyProject(String name) throws IOException, CoreException {
        Path dir = Files.createTempDirectory("rfy-ui-").resolve(name);
        Files.createDirectories(dir);
        return open(dir);
    }

    /** The project's folder on disk. */
    static Path root(IProject project) {
        return Path.of(project.getLocation().toOSString());
    }

    /** Every file of a folder but Eclipse's and the caches' own, relative, sorted. */
    static java.util.List<String> files(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(p -> !p.equals(".project") && !p.startsWith(".settings") && !p.startsWith(".rfy"))
                    .sorted().toList();
        }
    }

    static IProject open(Path dir) throws CoreException {
        IProject project = WorkspaceProject.open(dir, null);
        build(project);
        return project;
    }

    /** Waits for the automatic build, then builds whatever it did not. */
    static void build(IProject project) throws CoreException {
        processEvents();
        try {
            Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        processEvents();
    }

    /** Removes the test projects (their folders are scratch copies) so each test sees only its own markers. */
    static void deleteProjects() {
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            try {
                p.delete(true, true, null);
            } catch (CoreException e) {
                // a leftover project only adds to the Problems view of later screenshots
            }
        }
    }

    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Runs the event loop until the condition holds or the time is up. */
    static boolean waitFor(BooleanSupplier condition, long millis) {
        long end = System.currentTimeMillis() + millis;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    static void sleep(long millis) {
        waitFor(() -> false, millis);
    }

    /** The widgets of a type under {@code root}, depth first. */
    static <T extends org.eclipse.swt.widgets.Control> java.util.List<T> find(Class<T> type, org.eclipse.swt.widgets.Control root) {
        java.util.List<T> found = new java.util.ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof org.eclipse.swt.widgets.Composite c) {
            for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
                found.addAll(find(type, child));
            }
        }
        return found;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    static Shell shell() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
    }

    /** The same window size for every screenshot, so they can be compared. */
    static void sizeWindow() {
        Shell shell = shell();
        if (!shell.getBounds().equals(new Rectangle(0, 0, 1280, 820))) {
            shell.setBounds(0, 0, 1280, 820);
        }
        processEvents();
    }

    /** A PNG of the workbench window under target/screenshots/<name>.png. */
    static Path screenshot(String name) throws IOException {
        sizeWindow();
        return screenshot(name, shell());
    }

    /** A PNG of one shell (a dialog) under target/screenshots/<name>.png. */
    static Path screenshot(String name, Shell shell) throws IOException {
        shell.forceActive();
        return capture(name, shell);
    }

    /**
     * A PNG of the window as it is, pop-ups included, without activating it first (which would move the focus out of
     * a pop-up's owner and close the pop-up).
     */
    static Path screenshotAsIs(String name) throws IOException {
        return capture(name, shell());
    }

    private static Path capture(String name, Shell shell) throws IOException {
        sleep(300); // let layouts and deferred painting settle
        Display display = shell.getDisplay();
        Rectangle area = shell.getClientArea();
        org.eclipse.swt.graphics.Point origin = shell.toDisplay(0, 0);
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
        } finally {
            gc.dispose();
        }
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
        System.out.println("screenshot: " + file.toAbsolutePath());
        return file;
    }
}
