package io.rfy.ui.wizards;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IAdaptable;

import io.rfy.ide.builder.RfyNature;

/** Labelled fields and the RFY project choice shared by the wizards. */
final class WizardFields {

    private WizardFields() {
    }

    static Text text(Composite parent, String label, String value, String hint) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER | SWT.SINGLE);
        t.setText(value);
        t.setMessage(hint);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    static Combo combo(Composite parent, String label, List<String> items, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Combo c = new Combo(parent, style);
        items.forEach(c::add);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (!items.isEmpty()) {
            c.select(0);
        }
        return c;
    }

    /** Open projects with the RFY nature. */
    static List<IProject> rfyProjects() {
        return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(p -> {
            try {
                return p.isOpen() && p.hasNature(RfyNature.ID);
            } catch (CoreException e) {
                return false;
            }
        }).toList();
    }

    /**
     * The project the user is working in, if it is one of {@code projects}: that of the selection the wizard was
     * started on (a resource, a node of the RFY trees, a model object of an editor's form), else that of the active
     * editor's file (File > New while an editor has the focus), else the first.
     */
    static int selectedIndex(IStructuredSelection selection, List<IProject> projects) {
        IProject project = selection == null ? null : projectOf(selection.getFirstElement());
        if (project == null || !projects.contains(project)) {
            project = activeEditorProject();
        }
        return project == null ? 0 : Math.max(0, projects.indexOf(project));
    }

    private static IProject projectOf(Object element) {
        if (element instanceof io.rfy.ui.views.ReviewsTree.Node node) {
            return node.project();
        }
        if (element instanceof IAdaptable a && a.getAdapter(IResource.class) != null) {
            return a.getAdapter(IResource.class).getProject();
        }
        if (element instanceof org.eclipse.emf.ecore.EObject o && o.eResource() != null
                && o.eResource().getURI().isFile()) {
            var files = ResourcesPlugin.getWorkspace().getRoot()
                    .findFilesForLocationURI(java.net.URI.create(o.eResource().getURI().toString()));
            return files.length == 0 ? null : files[0].getProject();
        }
        return null;
    }

    /** The file the wizard was started on: the selected one, else the active editor's. */
    static IResource selectedFile(IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        if (first instanceof io.rfy.ui.views.ReviewsTree.Node node && node.file() != null) {
            return node.file();
        }
        if (first instanceof IAdaptable a && a.getAdapter(IResource.class) != null
                && a.getAdapter(IResource.class).getType() == IResource.FILE) {
            return a.getAdapter(IResource.class);
        }
        var editor = activeEditor();
        return editor == null ? null : editor.getEditorInput().getAdapter(IResource.class);
    }

    private static org.eclipse.ui.IEditorPart activeEditor() {
        if (!org.eclipse.ui.PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        var window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
    }

    private static IProject activeEditorProject() {
        if (!org.eclipse.ui.PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        var window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        var editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
        IResource r = editor == null ? null : editor.getEditorInput().getAdapter(IResource.class);
        return r == null ? null : r.getProject();
    }
}
