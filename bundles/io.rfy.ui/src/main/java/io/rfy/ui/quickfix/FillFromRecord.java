package io.rfy.ui.quickfix;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.progress.IProgressConstants;

import io.rfy.ide.MetadataServices;
import io.rfy.metadata.MetadataException;
import io.rfy.metadata.PaperFill;
import io.rfy.metadata.PaperIdentifier;
import io.rfy.metadata.PaperRecord;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.ReviewResource;

/**
 * "Fill from arXiv/Crossref/OpenReview" on {@code rfy.paper.fillable}: the record of the paper's identifier is fetched
 * in a job (progress in the Progress view, cancellable) by the lookup {@code rfy papers fill} uses, then
 * {@link PaperFill} fills the fields nobody wrote, and only those, through the store. A failed or cancelled lookup
 * writes nothing; a failure is shown with the service's words.
 */
final class FillFromRecord extends ReviewFileFix {

    /** The family of the lookup jobs, for waiting on them. */
    static final Object FAMILY = FillFromRecord.class;

    private final String service;
    private PaperRecord record;

    FillFromRecord(String service) {
        this.service = service;
    }

    /** The label's service for the identifier the marker's paper has, or null when it has none. */
    static String serviceOf(IMarker marker) {
        try {
            IFile file = (IFile) marker.getResource();
            ReviewResource resource = ReviewFiles.load(file);
            return paperAt(resource, marker).flatMap(PaperIdentifier::of).map(PaperIdentifier::service).orElse(null);
        } catch (java.io.IOException | IllegalStateException e) {
            return null;
        }
    }

    @Override
    public String getLabel() {
        return "Fill from " + service;
    }

    @Override
    public void run(IMarker marker) {
        IFile file = (IFile) marker.getResource();
        PaperIdentifier id;
        try {
            id = paperAt(ReviewFiles.load(file), marker).flatMap(PaperIdentifier::of)
                    .orElseThrow(() -> new IllegalStateException("the paper at line "
                            + marker.getAttribute(IMarker.LINE_NUMBER, -1) + " of " + file.getName()
                            + " has no identifier any more; it may have changed since it was checked"));
        } catch (java.io.IOException | IllegalStateException e) {
            ReviewFiles.showError(e);
            return;
        }
        Display display = Display.getDefault(); // the workbench's, whichever thread the fix runs on
        Path root = Path.of(file.getProject().getLocation().toOSString());
        Job job = new Job("Fill from " + id.service() + ": " + id) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Asking " + id.service() + " for " + id, IProgressMonitor.UNKNOWN);
                try {
                    PaperRecord found = MetadataServices.lookup(root, id, monitor);
                    display.asyncExec(() -> {
                        record = found;
                        apply(marker);
                    });
                    return Status.OK_STATUS;
                } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (MetadataException e) {
                    String message = id + ": " + e.getMessage() + "\n\nNothing was written to " + file.getName() + ".";
                    display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), getLabel(), message));
                    return Status.error(message, e);
                } finally {
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        // the error is shown by the dialog above, with the fix's title; the platform's own prompt would repeat it
        job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        job.setUser(true);
        job.schedule();
    }

    @Override
    void edit(Review review, ReviewResource resource, IMarker marker) {
        Paper paper = paperAt(resource, marker).orElseThrow(() -> new IllegalStateException("no paper at line "
                + marker.getAttribute(IMarker.LINE_NUMBER, -1) + " of " + resource.getURI().lastSegment()
                + " any more; it may have changed while " + service + " was asked"));
        List<String> filled = PaperFill.fill(paper, record);
        if (filled.isEmpty()) {
            throw new IllegalStateException("the record of " + PaperIdentifier.of(paper).map(Object::toString).orElse("the paper")
                    + " has nothing for the fields left empty; nothing was written");
        }
    }

    /** The paper whose identifier (arxiv:, doi: or a link) the marker's line holds. */
    private static Optional<Paper> paperAt(ReviewResource resource, IMarker marker) {
        int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
        for (var feature : List.of(Literals.PAPER__ARXIV, Literals.PAPER__DOI)) {
            if (ReviewFiles.elementAt(resource, feature, line) instanceof Paper p) {
                return Optional.of(p);
            }
        }
        for (Paper p : ReviewFiles.review(resource).getPapers()) {
            io.rfy.store.SourceLocation.Position at = io.rfy.store.SourceLocation.of(p, Literals.PAPER__LINKS);
            if (at != null && at.line() == line) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
