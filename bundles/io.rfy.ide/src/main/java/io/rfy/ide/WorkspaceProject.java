package io.rfy.ide;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.rfy.ide.builder.RfyNature;
import io.rfy.ide.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** A workspace folder as an Eclipse project with the RFY nature (created where the folder is, files untouched). */
public final class WorkspaceProject {

    private WorkspaceProject() {
    }

    /** The open project for {@code folder}, created (named after the folder) if there is none yet. */
    public static IProject open(Path folder, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.WorkspaceProject_opening, folder), 4);
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IPath location = IPath.fromOSString(folder.toAbsolutePath().normalize().toString());
        for (IProject p : workspace.getRoot().getProjects()) {
            if (location.equals(p.getLocation())) {
                return prepare(p, progress);
            }
        }
        String name = folder.getFileName().toString();
        IProject project = workspace.getRoot().getProject(name);
        for (int n = 2; project.exists(); n++) {
            project = workspace.getRoot().getProject(name + "-" + n);
        }
        IProjectDescription description = workspace.newProjectDescription(project.getName());
        if (!location.equals(workspace.getRoot().getLocation().append(project.getName()))) {
            description.setLocation(location);
        }
        description.setNatureIds(new String[] {RfyNature.ID});
        if (!Files.isDirectory(folder)) {
            throw new CoreException(org.eclipse.core.runtime.Status.error(NLS.bind(Messages.WorkspaceProject_notAFolder, folder)));
        }
        project.create(description, progress.split(1));
        return prepare(project, progress);
    }

    private static IProject prepare(IProject project, SubMonitor progress) throws CoreException {
        if (!project.isOpen()) {
            project.open(progress.split(1));
        }
        project.refreshLocal(IProject.DEPTH_INFINITE, progress.split(1));
        if (!project.hasNature(RfyNature.ID)) {
            IProjectDescription d = project.getDescription();
            String[] natures = java.util.Arrays.copyOf(d.getNatureIds(), d.getNatureIds().length + 1);
            natures[natures.length - 1] = RfyNature.ID;
            d.setNatureIds(natures);
            project.setDescription(d, progress.split(1));
        }
        // idempotent: makes sure the builder is in the build spec however the nature got there
        project.getNature(RfyNature.ID).configure();
        return project;
    }
}
