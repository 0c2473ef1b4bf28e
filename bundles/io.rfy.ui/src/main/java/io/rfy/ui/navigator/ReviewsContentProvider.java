package io.rfy.ui.navigator;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonContentProvider;

import io.rfy.ide.WorkspaceModels;
import io.rfy.ui.internal.Messages;
import io.rfy.ui.views.ReviewsTree;

/**
 * Project Explorer content for RFY projects: "Habr posts" and "Reviews by period" beside the project's folders. A
 * project is read by the store in a background job (a placeholder shows meanwhile) and read again when one of its
 * workspace files changes; the tree nodes compare by position, so expansion survives the refresh.
 */
public final class ReviewsContentProvider implements ICommonContentProvider {

    private static final Object[] NONE = {};

    private final WorkspaceModels.Listener listener = this::modelChanged;
    private final Map<IProject, Object[]> groups = new ConcurrentHashMap<>();
    private final Set<IProject> loading = ConcurrentHashMap.newKeySet();
    /** Projects that changed while being read: read once more when the current read ends. */
    private final Set<IProject> again = ConcurrentHashMap.newKeySet();
    private StructuredViewer viewer;

    @Override
    public void init(ICommonContentExtensionSite site) {
        WorkspaceModels.get().addListener(listener);
    }

    @Override
    public void inputChanged(Viewer v, Object oldInput, Object newInput) {
        viewer = v instanceof StructuredViewer s ? s : null;
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof IProject project) {
            if (!isRfy(project)) {
                return NONE;
            }
            Object[] known = groups.get(project);
            if (known != null) {
                return known;
            }
            load(project);
            return new Object[] {ReviewsTree.loading(project)};
        }
        if (parent instanceof ReviewsTree.Node n) {
            return n.children().toArray();
        }
        return NONE;
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof ReviewsTree.Node n) {
            return n.parent() != null ? n.parent() : n.project();
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof ReviewsTree.Node n) {
            return !n.children().isEmpty();
        }
        return element instanceof IProject p && isRfy(p);
    }

    private static boolean isRfy(IProject project) {
        return WorkspaceModels.isRfy(project);
    }

    /** Reads the project in the background; the viewer is refreshed at the project when done. */
    private void load(IProject project) {
        if (!loading.add(project)) {
            again.add(project);
            return;
        }
        Job job = Job.create(NLS.bind(Messages.ReviewsContent_job, project.getName()), (IProgressMonitor monitor) -> {
            try {
                Object[] read;
                try {
                    read = WorkspaceModels.get().read(project, monitor, ws -> ReviewsTree.groups(project, ws).toArray());
                } catch (IOException | RuntimeException e) {
                    read = new Object[] {ReviewsTree.problem(project, NLS.bind(Messages.ReviewsContent_cannotRead, e.getMessage()))};
                }
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                groups.put(project, read);
                refresh(project);
                return Status.OK_STATUS;
            } finally {
                loading.remove(project);
                if (again.remove(project)) {
                    load(project);
                }
            }
        });
        // a refresh in the background: it yields to the builder and to what the user waits for
        job.setPriority(Job.DECORATE);
        job.schedule(groups.containsKey(project) ? 300 : 0);
    }

    private void refresh(IProject project) {
        StructuredViewer v = viewer;
        if (v == null) {
            return;
        }
        Control control = v.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) {
                v.refresh(project);
            }
        });
    }

    /** Reviews, batches or reviewers.yaml changed (not corpus documents), or the project came, went or changed. */
    private void modelChanged(WorkspaceModels.Change change) {
        IProject project = change.project();
        if (!change.projectChanged() && change.files().isEmpty()) {
            return;
        }
        if (isRfy(project)) {
            // keep showing the old tree until the new one is read: no flicker to "Reading reviews…"
            load(project);
        } else {
            groups.remove(project);
            refresh(project);
        }
    }

    @Override
    public void dispose() {
        WorkspaceModels.get().removeListener(listener);
        groups.clear();
    }

    @Override
    public void restoreState(IMemento memento) {
        // nothing kept between sessions: the files are read again
    }

    @Override
    public void saveState(IMemento memento) {
        // see restoreState
    }
}
