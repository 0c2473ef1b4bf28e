package io.rfy.ui.wizards;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import io.rfy.ui.internal.Messages;

/** The Messages.ProjectChoice_workspace row of an RFY wizard page: the open RFY projects, preselecting the one the wizard started on. */
final class ProjectChoice {

    static final String NONE = Messages.ProjectChoice_none;

    private final List<IProject> projects;
    final Combo combo;

    ProjectChoice(Composite parent, IStructuredSelection selection) {
        projects = WizardFields.rfyProjects();
        combo = WizardFields.combo(parent, Messages.ProjectChoice_workspace, projects.stream().map(IProject::getName).toList(),
                SWT.READ_ONLY);
        combo.select(WizardFields.selectedIndex(selection, projects));
    }

    boolean isEmpty() {
        return projects.isEmpty();
    }

    /** The chosen project, or null when there is none. */
    IProject project() {
        return projects.isEmpty() ? null : projects.get(Math.max(0, combo.getSelectionIndex()));
    }
}
