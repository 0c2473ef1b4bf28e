package io.rfy.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.rfy.ui.WorkspaceModel;

/** The RFY perspective on the sample workspace: reviews grouped by batch, the validation report; and a screenshot. */
class ReviewsViewUiTest {

    private static void settle(Display display, java.util.function.BooleanSupplier done) {
        long end = System.currentTimeMillis() + 20_000;
        while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // drain
        }
    }

    @Test
    void reviewsAndProblemsOfTheSampleWorkspace() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
        IViewPart reviews = page.showView("io.rfy.ui.reviews");
        IViewPart problems = page.showView("io.rfy.ui.problems");
        assertNotNull(reviews);
        WorkspaceModel.get().join();
        Display display = PlatformUI.getWorkbench().getDisplay();
        Shell shell = page.getWorkbenchWindow().getShell();
        Tree tree = find(shell, Tree.class);
        assertNotNull(tree, "the Reviews view's tree");
        settle(display, () -> tree.getItemCount() > 0);
        TreeItem batch = tree.getItem(0);
        assertTrue(batch.getText().startsWith("Рубрика Читаем статьи за вас. Май 2020. Часть 1"), batch.getText());
        assertEquals(7, batch.getItemCount());
        assertTrue(Arrays.stream(batch.getItems()).anyMatch(i -> i.getText().startsWith("jukebox — Jukebox (published)")),
                Arrays.toString(batch.getItems()));
        assertNotNull(problems);
        Table table = find(shell, Table.class);
        assertNotNull(table, "the RFY Problems view's table");
        settle(display, () -> table.getItemCount() > 0);
        assertEquals(22, table.getItemCount(), "the sample's 22 explained warnings");
        screenshot(display, shell, "rfy-workbench.png");
    }

    /** The first widget of the type in the window: the Reviews view has the only tree, RFY Problems the only table. */
    private static <T> T find(org.eclipse.swt.widgets.Control root, Class<T> type) {
        if (type.isInstance(root)) {
            return type.cast(root);
        }
        if (root instanceof org.eclipse.swt.widgets.Composite c) {
            for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void screenshot(Display display, Shell shell, String name) throws Exception {
        shell.setSize(1200, 800);
        settle(display, () -> true);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
