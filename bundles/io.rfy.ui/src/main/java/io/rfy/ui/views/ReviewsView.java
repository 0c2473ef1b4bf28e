package io.rfy.ui.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

import io.rfy.ide.WorkspaceModels;
import io.rfy.ui.internal.Messages;


/**
 * Reviews grouped by batch (in publication order) and by period, for every RFY project; double-click opens the
 * file in its editor. Reloaded in the background when workspace files change.
 */
public final class ReviewsView extends ViewPart {

    public static final String ID = "io.rfy.ui.reviewsView";

    private TreeViewer viewer;
    private final Job reload = Job.create(Messages.ReviewsView_reading, this::reload);
    private final WorkspaceModels.Listener listener = this::modelChanged;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return ((ReviewsTree.Node) parentElement).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return ((ReviewsTree.Node) element).parent();
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((ReviewsTree.Node) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(new org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider(new ReviewsLabelProvider()));
        viewer.setInput(List.of());
        viewer.addDoubleClickListener(e -> {
            if (((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement() instanceof ReviewsTree.Node n && n.file() != null) {
                try {
                    IDE.openEditor(getSite().getPage(), n.file());
                } catch (PartInitException ex) {
                    getViewSite().getActionBars().getStatusLineManager().setErrorMessage(ex.getMessage());
                }
            }
        });
        WorkspaceModels.get().addListener(listener);
        reload.schedule();
    }

    /** Reviews, batches or reviewers.yaml changed (not corpus documents), or a project came or went. */
    private void modelChanged(WorkspaceModels.Change change) {
        if (change.projectChanged() || !change.files().isEmpty()) {
            reload.schedule(300);
        }
    }

    private IStatus reload(IProgressMonitor monitor) {
        List<ReviewsTree.Node> roots = new ArrayList<>();
        for (IProject project : WorkspaceModels.projects()) {
            try {
                roots.add(WorkspaceModels.get().read(project, monitor, ws -> ReviewsTree.of(project, ws)));
            } catch (IOException e) {
                roots.add(ReviewsTree.problem(project, project.getName() + ": " + e.getMessage()));
            }
        }
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.setInput(roots);
                    viewer.expandToLevel(3);
                }
            });
        }
        return Status.OK_STATUS;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        WorkspaceModels.get().removeListener(listener);
        reload.cancel();
        super.dispose();
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** For tests: waits until the background reload is done. */
    public void join() throws InterruptedException {
        reload.join();
    }
}
