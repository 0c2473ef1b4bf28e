package io.rfy.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.rfy.ui.editor.WorkspaceIds;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

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

    /** Work for the wizard's container: reports progress on {@code progress}, returns what it made (not null). */
    interface Work<T> {
        T run(SubMonitor progress) throws Exception;
    }

    /**
     * Runs {@code work} in the wizard's container, forked, with its progress bar and Cancel button. When it fails or
     * is cancelled, {@code page} says so and nothing is returned.
     *
     * @param notDone what did not happen, for the message ("Nothing imported"), or null to show the failure alone
     */
    <T> Optional<T> inContainer(WizardPage page, String task, int ticks, String notDone, Work<T> work) {
        Object[] out = new Object[1];
        try {
            getContainer().run(true, true, monitor -> {
                SubMonitor progress = SubMonitor.convert(monitor, task, ticks);
                if (progress.isCanceled()) {
                    throw new InterruptedException();
                }
                try {
                    out[0] = work.run(progress);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException();
                } catch (InterruptedException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            String why = e.getCause().getMessage() == null ? e.getCause().toString() : e.getCause().getMessage();
            page.setErrorMessage(notDone == null ? why : notDone + ": " + why);
            return Optional.empty();
        } catch (InterruptedException e) {
            page.setErrorMessage(notDone == null ? Messages.RfyWizard_cancelled
                    : NLS.bind(Messages.RfyWizard_cancelledNotDone, notDone.toLowerCase(Locale.ROOT)));
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        T result = (T) out[0];
        return Optional.ofNullable(result);
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
