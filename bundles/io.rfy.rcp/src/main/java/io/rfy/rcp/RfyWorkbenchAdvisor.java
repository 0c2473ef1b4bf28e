package io.rfy.rcp;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.internal.ide.application.IDEWorkbenchAdvisor;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The IDE's workbench advisor (menus, the images and adapters the Project Explorer and Problems view need, saving
 * the Eclipse workspace on exit), opening on the RFY perspective and on the workspace folder given to {@code rfy gui}.
 * IDEWorkbenchAdvisor is internal API, but it is the only way to get a complete IDE window without copying it.
 */
@SuppressWarnings("restriction")
public class RfyWorkbenchAdvisor extends IDEWorkbenchAdvisor {

    /** The IDE's preference for the name shown first in the window title (else the hidden .rfy-workbench folder). */
    private static final String IDE_BUNDLE = "org.eclipse.ui.ide";
    private static final String WORKSPACE_NAME = "WORKSPACE_NAME";

    private final Path folder;

    public RfyWorkbenchAdvisor(Path folder) {
        this.folder = folder;
    }

    /** An error thrown out of RFY code on the UI thread: logged and shown (see {@link InternalErrorHandler}). */
    @Override
    public void eventLoopException(Throwable exception) {
        if (InternalErrorHandler.fromRfy(exception)) {
            InternalErrorHandler.handle(exception);
        } else {
            super.eventLoopException(exception);
        }
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return RfyPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new RfyWindowAdvisor(this, configurer);
    }

    @Override
    public void preStartup() {
        super.preStartup();
        if (folder != null) {
            // "sample-ws - RFY Workbench" rather than the Eclipse workspace's folder name
            var prefs = InstanceScope.INSTANCE.getNode(IDE_BUNDLE);
            prefs.put(WORKSPACE_NAME, folder.getFileName().toString());
            try {
                prefs.flush();
            } catch (BackingStoreException e) {
                // only the title is affected, and only for the next start
            }
        }
    }

    @Override
    public void postStartup() {
        super.postStartup();
        if (folder != null) {
            new OpenFolderJob(folder).schedule();
            // rfy gui (not a test run, which names no folder): the guide's start page the first time
            FirstStart.showIfFirst();
        }
    }
}
