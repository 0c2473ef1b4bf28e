package io.rfy.ui.commands;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.dialogs.PreferencesUtil;

import io.rfy.ide.builder.RfyNature;
import io.rfy.ide.links.CheckLinksJob;
import io.rfy.ide.preferences.RfyPreferences;
import io.rfy.ui.internal.Messages;

/** Project > Check Links: a {@link CheckLinksJob} for the selected (or the only) RFY project, with the preferences. */
public final class CheckLinksHandler extends AbstractHandler {

    public static final String PREFERENCE_PAGE = "io.rfy.ui.preferences.links";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!RfyPreferences.linkCheckingEnabled()) {
            if (MessageDialog.openQuestion(shell, Messages.CheckLinks_title, Messages.CheckLinks_off)) {
                PreferencesUtil.createPreferenceDialogOn(shell, PREFERENCE_PAGE, null, null).open();
            }
            if (!RfyPreferences.linkCheckingEnabled()) {
                return null;
            }
        }
        IProject project = project(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
        if (project == null) {
            MessageDialog.openInformation(shell, Messages.CheckLinks_title, Messages.CheckLinks_noProject);
            return null;
        }
        CheckLinksJob job = new CheckLinksJob(project, RfyPreferences.linkCheckSettings(),
                RfyPreferences.validationSettings());
        // the result message stays in the Progress view
        job.setProperty(org.eclipse.ui.progress.IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
        job.schedule();
        return null;
    }

    /** The project of the selection, else of the active editor's file, else the only open RFY project. */
    static IProject project(ISelection selection, IEditorPart editor) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof IAdaptable a) {
            IResource r = a.getAdapter(IResource.class);
            if (r != null && isRfy(r.getProject())) {
                return r.getProject();
            }
        }
        if (editor != null) {
            IResource r = editor.getEditorInput().getAdapter(IResource.class);
            if (r != null && isRfy(r.getProject())) {
                return r.getProject();
            }
        }
        List<IProject> rfy = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
                .filter(CheckLinksHandler::isRfy).toList();
        return rfy.size() == 1 ? rfy.get(0) : null;
    }

    private static boolean isRfy(IProject p) {
        try {
            return p != null && p.isOpen() && p.hasNature(RfyNature.ID);
        } catch (CoreException e) {
            return false;
        }
    }
}
