package io.rfy.rcp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import io.rfy.store.FolderCopy;

/**
 * Application io.rfy.rcp.workbench ({@code rfy gui [<ws>]}): runs the workbench until it is closed, with the
 * workspace folder given as the argument open as a project; without one, a copy of the sample workspace (so that
 * the repository's files are never edited).
 */
public class WorkbenchApplication implements IApplication {

    /** The rfy command's exit code for bad usage or unreadable input. */
    static final Integer BAD_USAGE = 2;

    @Override
    public Object start(IApplicationContext context) {
        Path folder;
        try {
            folder = folder(System.getProperty(GuiArguments.FOLDER_PROPERTY));
        } catch (IllegalArgumentException e) {
            // before any window: a typo in the folder name should not open an empty workbench
            System.err.println("rfy gui: " + e.getMessage());
            return BAD_USAGE;
        }
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new RfyWorkbenchAdvisor(folder));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** The folder given (see GuiArguments); else the sample workspace's copy (when RFY_HOME names the repository). */
    static Path folder(String argument) {
        Path given = GuiArguments.folder(argument);
        if (given != null) {
            return given;
        }
        String home = System.getenv("RFY_HOME");
        if (home == null || Platform.getInstanceLocation() == null || Platform.getInstanceLocation().getURL() == null) {
            return null;
        }
        Path sample = Path.of(home, "examples", "sample-ws");
        if (!Files.isDirectory(sample)) {
            return null;
        }
        Path copy = Path.of(Platform.getInstanceLocation().getURL().getPath(), "sample-ws");
        try {
            if (!Files.exists(copy)) {
                FolderCopy.copy(sample, copy);
            }
        } catch (IOException e) {
            System.err.println("rfy gui: " + NLS.bind(Messages.Application_cannotCopySample, copy, e.getMessage()));
            return null;
        }
        return copy;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
