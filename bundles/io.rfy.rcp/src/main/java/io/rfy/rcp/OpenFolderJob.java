package io.rfy.rcp;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import io.rfy.ide.WorkspaceProject;

/**
 * Opens a workspace folder as an RFY project (nature and builder on) in the background, then shows it; a folder
 * seen for the first time also gets its newest batch opened. Used at start-up and by File > Open Workspace Folder.
 */
public final class OpenFolderJob extends WorkspaceJob {

    private final Path folder;
    private IProject project;

    public OpenFolderJob(Path folder) {
        super(NLS.bind(Messages.OpenFolderJob_name, folder));
        this.folder = folder;
        setUser(true);
        setRule(ResourcesPlugin.getWorkspace().getRoot());
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        boolean known = knownProject(folder);
        project = WorkspaceProject.open(folder, monitor);
        IProject opened = project;
        Display display = Display.getDefault();
        if (!display.isDisposed()) {
            display.asyncExec(() -> ProjectReveal.reveal(opened, !known));
        }
        return Status.OK_STATUS;
    }

    /** The project opened (null until the job has run). */
    public IProject project() {
        return project;
    }

    private static boolean knownProject(Path folder) {
        IPath location = IPath.fromOSString(folder.toString());
        return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
                .anyMatch(p -> location.equals(p.getLocation()));
    }
}
