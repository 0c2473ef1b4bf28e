package io.rfy.ui.builder;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.rfy.validation.LinkCheckSettings;

/** Starts a {@link CheckLinksJob} for the selected RFY project, the active editor's, or else every open one. */
public final class CheckLinksHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Set<IProject> projects = new LinkedHashSet<>();
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
            for (Object o : selection) {
                IResource r = Adapters.adapt(o, IResource.class);
                if (r != null) {
                    projects.add(r.getProject());
                }
            }
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (projects.isEmpty() && editor != null) {
            IResource r = Adapters.adapt(editor.getEditorInput(), IResource.class);
            if (r != null) {
                projects.add(r.getProject());
            }
        }
        if (projects.isEmpty()) {
            projects.addAll(Set.of(ResourcesPlugin.getWorkspace().getRoot().getProjects()));
        }
        for (IProject p : projects) {
            try {
                if (p.isOpen() && p.hasNature(RfyNature.ID)) {
                    new CheckLinksJob(p, LinkCheckSettings.defaults()).schedule();
                }
            } catch (CoreException e) {
                // a project that cannot say its natures is not checked
            }
        }
        return null;
    }
}
