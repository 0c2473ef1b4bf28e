package io.rfy.rcp.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Waiting on the UI thread and PNG screenshots of a shell under target/screenshots/. */
final class Screens {

    private Screens() {
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

    static void settle(long millis) {
        waitFor(() -> false, millis);
    }

    /** The shell's client area as target/screenshots/<name>.png, read back from the screen (what a user sees). */
    static Path shot(String name, Shell shell) throws IOException {
        shell.forceActive();
        settle(400); // layouts and deferred painting
        Display display = shell.getDisplay();
        Rectangle area = shell.getClientArea();
        Point origin = shell.toDisplay(0, 0);
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
