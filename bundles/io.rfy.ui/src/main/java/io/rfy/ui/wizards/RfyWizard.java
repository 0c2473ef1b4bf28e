package io.rfy.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.rfy.ui.editor.WorkspaceIds;

/**
 * What every RFY wizard does the same way: remember the selection it was started on (to preselect its project),
 * write a new file through the store, and open what it wrote.
 */
abstract class RfyWizard extends Wizard implements IWorkbenchWizard {

    private IStructuredSelection selection;

    RfyWizard(String title) {
        setWindowTitle(title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.selection = selection;
    }

    IStructuredSelection selection() {
        return selection;
    }

    /**
     * Saves {@code root} as a new file at {@code relative} in the project through the store's resource (so it is
     * written atomically and in the store's format), then refreshes the folder so the workbench sees it.
     */
    static IFile saveNew(IProject project, String relative, Function<URI, Resource> resourceFor, EObject root)
            throws IOException, CoreException {
        Path file = WorkspaceIds.root(project).resolve(relative);
        Files.createDirectories(file.getParent());
        Resource resource = resourceFor.apply(URI.createFileURI(file.toString()));
        new ResourceSetImpl().getResources().add(resource);
        resource.getContents().add(root);
        resource.save(null);
        IFile created = project.getFile(relative);
        created.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
        return created;
    }

    /** Opens the file in its editor when there is a workbench window; the file is there either way. */
    static void open(IFile file) {
        if (file != null && PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
            try {
                IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
            } catch (PartInitException e) {
                // opening is a convenience; the wizard's work is done
            }
        }
    }
}
