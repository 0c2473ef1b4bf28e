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

    /** The project of the selection the wizard was started on, if it is one of {@code projects}. */
    static int selectedIndex(IStructuredSelection selection, List<IProject> projects) {
        if (selection != null && selection.getFirstElement() instanceof IAdaptable a) {
            IResource r = a.getAdapter(IResource.class);
            if (r != null) {
                return Math.max(0, projects.indexOf(r.getProject()));
            }
        }
        return 0;
    }
}
