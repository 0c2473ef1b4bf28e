package io.rfy.rcp;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.internal.ide.application.IDEWorkbenchAdvisor;
import org.eclipse.ui.navigator.CommonNavigator;
import org.osgi.service.prefs.BackingStoreException;

import io.rfy.ui.WorkspaceProject;

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
    private static final Pattern BATCH_NAME = Pattern.compile("(\\d{4}-\\d{2})-part-(\\d+)\\.md");

    private final Path folder;

    public RfyWorkbenchAdvisor(Path folder) {
        this.folder = folder;
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
        if (folder == null) {
            return;
        }
        WorkspaceJob open = new WorkspaceJob("Opening " + folder) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                boolean known = knownProject(folder);
                IProject project = WorkspaceProject.open(folder, monitor);
                Display.getDefault().asyncExec(() -> reveal(project, !known));
                return Status.OK_STATUS;
            }
        };
        open.setUser(true);
        open.schedule();
    }

    private static boolean knownProject(Path folder) {
        IPath location = IPath.fromOSString(folder.toString());
        return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
                .anyMatch(p -> location.equals(p.getLocation()));
    }

    /** Shows the project's batches and reviews; a folder opened for the first time also gets its newest batch open. */
    private static void reveal(IProject project, boolean firstTime) {
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
        if (firstTime && page.getEditorReferences().length == 0) {
            newestBatch(project).ifPresent(batch -> {
                try {
                    IDE.openEditor(page, batch, true);
                } catch (PartInitException e) {
                    // the batch stays one double-click away in the Project Explorer; the error is in the log
                    org.eclipse.core.runtime.ILog.of(RfyWorkbenchAdvisor.class).log(e.getStatus());
                }
            });
        }
    }

    /** batches/<yyyy-mm>-part-<n>.md with the latest period and, within it, the highest part. */
    public static Optional<IFile> newestBatch(IProject project) {
        IFolder batches = project.getFolder("batches");
        if (!batches.exists()) {
            return Optional.empty();
        }
        try {
            return Arrays.stream(batches.members())
                    .filter(r -> r.getType() == IResource.FILE && BATCH_NAME.matcher(r.getName()).matches())
                    .map(IFile.class::cast)
                    .max(Comparator.comparing((IFile f) -> group(f, 1)).thenComparing(f -> Integer.parseInt(group(f, 2))));
        } catch (CoreException e) {
            return Optional.empty();
        }
    }

    private static String group(IFile file, int group) {
        Matcher m = BATCH_NAME.matcher(file.getName());
        m.matches();
        return m.group(group);
    }
}
