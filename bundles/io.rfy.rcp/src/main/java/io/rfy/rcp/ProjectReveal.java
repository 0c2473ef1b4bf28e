package io.rfy.rcp;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;

import io.rfy.store.WorkspaceLayout;

/** What the user sees of a workspace folder just opened: its project expanded, and (the first time) its newest batch. */
public final class ProjectReveal {


    private ProjectReveal() {
    }

    /** On the UI thread: selects and expands the project; with {@code openBatch} and no editor open, opens its newest batch. */
    public static void reveal(IProject project, boolean openBatch) {
        IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
        IWorkbenchPage page = windows.length == 0 ? null : windows[0].getActivePage();
        if (page == null) {
            return;
        }
        IViewPart explorer = page.findView(IPageLayout.ID_PROJECT_EXPLORER);
        if (explorer instanceof CommonNavigator navigator) {
            navigator.selectReveal(new StructuredSelection(project));
            navigator.getCommonViewer().expandToLevel(project, 1);
        }
        if (openBatch && page.getEditorReferences().length == 0) {
            newestBatch(project).ifPresent(batch -> {
                try {
                    IDE.openEditor(page, batch, true);
                } catch (PartInitException e) {
                    // the batch stays one double-click away in the Project Explorer; the reason goes to the log
                    ILog.of(ProjectReveal.class).log(e.getStatus());
                }
            });
        }
    }

    /** The newest batch file by the store's rule ({@link WorkspaceLayout#newestBatchName}). */
    public static Optional<IFile> newestBatch(IProject project) {
        IFolder batches = project.getFolder(WorkspaceLayout.BATCHES);
        if (!batches.exists()) {
            return Optional.empty();
        }
        try {
            return WorkspaceLayout.newestBatchName(Arrays.stream(batches.members())
                    .filter(r -> r.getType() == IResource.FILE).map(IResource::getName).toList())
                    .map(batches::getFile);
        } catch (CoreException e) {
            return Optional.empty();
        }
    }
}
