package io.rfy.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import io.rfy.model.Batch;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.validation.ReportEntry;

/** The workspace's reviews grouped by batch (and those in no batch yet), each with its status and problem count. */
public class ReviewsView extends ViewPart {

    public static final String ID = "io.rfy.ui.reviews";
    static final String UNBATCHED = "Not in a batch";

    private TreeViewer viewer;
    private final Consumer<WorkspaceModel.Snapshot> listener = snapshot -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> show(snapshot));
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new Labels());
        setContentDescription("Loading " + WorkspaceModel.location() + " ...");
        WorkspaceModel.get().addListener(listener);
    }

    private void show(WorkspaceModel.Snapshot snapshot) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(snapshot);
        viewer.expandAll();
        long errors = snapshot.report().stream().filter(e -> e.severity() == io.rfy.store.StoreProblem.Severity.ERROR)
                .count();
        setContentDescription(snapshot.workspace().root() + ": " + snapshot.workspace().reviews().size() + " reviews, "
                + errors + " errors, " + (snapshot.report().size() - errors) + " other problems");
    }

    TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        WorkspaceModel.get().removeListener(listener);
        super.dispose();
    }

    /** Batches, then a group for the reviews no batch lists; below them the reviews. */
    private static final class Content implements ITreeContentProvider {
        private WorkspaceModel.Snapshot snapshot;

        @Override
        public void inputChanged(org.eclipse.jface.viewers.Viewer v, Object oldInput, Object newInput) {
            snapshot = (WorkspaceModel.Snapshot) newInput;
        }

        @Override
        public Object[] getElements(Object input) {
            List<Object> roots = new ArrayList<>(snapshot.workspace().batches());
            if (!unbatched().isEmpty()) {
                roots.add(UNBATCHED);
            }
            return roots.toArray();
        }

        private List<Review> unbatched() {
            List<Review> all = new ArrayList<>(snapshot.workspace().reviews());
            snapshot.workspace().batches().forEach(b -> all.removeAll(b.getReviews()));
            return all;
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof Batch b) {
                return io.rfy.habr.RubricLayout.reviews(b).toArray();
            }
            return UNBATCHED.equals(parent) ? unbatched().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }

    private static final class Labels extends LabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof Batch b) {
                return b.getTitle() + "  [" + b.getId() + "]";
            }
            if (element instanceof Review r) {
                WorkspaceModel.Snapshot s = WorkspaceModel.get().current();
                String file = r.eResource() == null || s == null ? "" : s.workspace().relative(r.eResource());
                long problems = s == null ? 0 : s.report().stream().map(ReportEntry::file).filter(file::equals).count();
                String papers = String.join("; ", r.getPapers().stream().map(Paper::getShortName).toList());
                return r.getId() + " — " + papers + " (" + r.getStatus().getLiteral() + ")"
                        + (problems == 0 ? "" : ", " + problems + " problem" + (problems == 1 ? "" : "s"));
            }
            return String.valueOf(element);
        }
    }
}
