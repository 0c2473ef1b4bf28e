package io.rfy.rcp;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.ide.application.IDEWorkbenchAdvisor;
import org.eclipse.ui.part.ISetSelectionTarget;

import io.rfy.ui.WorkspaceProject;

/**
 * The IDE's workbench advisor (menus, the images and adapters the Project Explorer and Problems view need, saving
 * the Eclipse workspace on exit), opening on the RFY perspective and on the workspace folder given to {@code rfy gui}.
 * IDEWorkbenchAdvisor is internal API, but it is the only way to get a complete IDE window without copying it.
 */
@SuppressWarnings("restriction")
public class RfyWorkbenchAdvisor extends IDEWorkbenchAdvisor {

    private final Path folder;

    public RfyWorkbenchAdvisor(Path folder) {
        this.folder = folder;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return RfyPerspective.ID;
    }

    @Override
    public void postStartup() {
        super.postStartup();
        if (folder == null) {
            return;
        }
        WorkspaceJob open = new WorkspaceJob("Opening " + folder) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                IProject project = WorkspaceProject.open(folder, monitor);
                Display.getDefault().asyncExec(() -> reveal(project));
                return Status.OK_STATUS;
            }
        };
        open.setUser(true);
        open.schedule();
    }

    private static void reveal(IProject project) {
        IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
        IWorkbenchPage page = windows.length == 0 ? null : windows[0].getActivePage();
        IViewPart explorer = page == null ? null : page.findView(IPageLayout.ID_PROJECT_EXPLORER);
        if (explorer instanceof ISetSelectionTarget target) {
            target.selectReveal(new StructuredSelection(project));
        }
    }
}
