package io.rfy.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
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

import io.rfy.store.RfyWorkspace;
import io.rfy.ui.builder.RfyBuilder;
import io.rfy.ui.builder.RfyNature;

/**
 * Reviews grouped by batch (in publication order) and by period, for every RFY project; double-click opens the
 * file in its editor. Reloaded in the background when workspace files change.
 */
public final class ReviewsView extends ViewPart {

    public static final String ID = "io.rfy.ui.reviewsView";

    private TreeViewer viewer;
    private final Job reload = Job.create("Reading RFY workspaces", this::reload);
    private final IResourceChangeListener listener = this::resourcesChanged;

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
        ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
        reload.schedule();
    }

    private void resourcesChanged(IResourceChangeEvent event) {
        try {
            boolean[] relevant = {false};
            event.getDelta().accept(d -> {
                if (d.getResource() instanceof IProject p && (d.getFlags() & (org.eclipse.core.resources.IResourceDelta.OPEN
                        | org.eclipse.core.resources.IResourceDelta.DESCRIPTION)) != 0) {
                    relevant[0] = true;
                }
                // contents, not the builder's marker updates (a reload after every build otherwise)
                if (d.getResource().getType() == org.eclipse.core.resources.IResource.FILE
                        && RfyBuilder.isWorkspaceFile(d.getResource().getProjectRelativePath())
                        && TextChanges.of(d)) {
                    relevant[0] = true;
                }
                return !relevant[0];
            });
            if (relevant[0]) {
                reload.schedule(300);
            }
        } catch (CoreException e) {
            reload.schedule(300);
        }
    }

    private IStatus reload(IProgressMonitor monitor) {
        List<ReviewsTree.Node> roots = new ArrayList<>();
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            try {
                if (project.isOpen() && project.hasNature(RfyNature.ID) && project.getLocation() != null) {
                    RfyWorkspace ws = RfyWorkspace.load(Path.of(project.getLocation().toOSString()), monitor);
                    roots.add(ReviewsTree.of(project, ws));
                }
            } catch (CoreException | IOException e) {
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
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(listener);
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
