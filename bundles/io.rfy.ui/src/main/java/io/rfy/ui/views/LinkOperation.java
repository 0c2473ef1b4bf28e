package io.rfy.ui.views;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;

import io.rfy.corpus.CrossLinks;
import io.rfy.corpus.Mention;
import io.rfy.model.CorpusCrossLink;
import io.rfy.model.CrossLink;
import io.rfy.model.Review;
import io.rfy.model.ReviewCrossLink;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.Ids;
import io.rfy.store.RfyWorkspace;
import io.rfy.ide.WorkspaceModels;
import io.rfy.ui.editor.ReviewEditor;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Accepting a mention or a selected passage as a {@code crosslinks} entry of a review, as an undoable operation
 * (Edit > Undo in the Corpus and Mentions views removes the entry again). The workspace is read afresh each time, so
 * the entry is added to what is on disk now, and written through the store (atomic, rest of the file kept). A review
 * open in an editor with unsaved changes is refused rather than changed under the editor; a clean one is reloaded.
 */
public final class LinkOperation extends AbstractOperation {

    /** Where the views' link operations are undone (Edit > Undo while the view is active). */
    public static final IUndoContext CONTEXT = new IUndoContext() {
        @Override
        public String getLabel() {
            return Messages.LinkOperation_context;
        }

        @Override
        public boolean matches(IUndoContext context) {
            return context == this;
        }
    };

    private final IProject project;
    private final String reviewId;
    private final Mention mention;
    private final IFile file;

    /** @param file the review's file (to find its editors before anything is read) */
    public LinkOperation(IProject project, String reviewId, IFile file, Mention mention) {
        super(NLS.bind(Messages.LinkOperation_label, shorten(mention.quote()), reviewId));
        this.project = project;
        this.reviewId = reviewId;
        this.file = file;
        this.mention = mention;
        addContext(CONTEXT);
    }

    public Mention mention() {
        return mention;
    }

    public String reviewId() {
        return reviewId;
    }

    public IProject project() {
        return project;
    }

    /**
     * Why the review cannot be changed now (open in an editor with unsaved changes), or null. Call on the UI thread
     * before scheduling the operation.
     */
    public String refusal() {
        for (ReviewEditor editor : editors(file)) {
            if (editor.isDirty()) {
                return NLS.bind(Messages.LinkOperation_unsaved, file.getName());
            }
        }
        return null;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        SubMonitor progress = SubMonitor.convert(monitor, getLabel(), 3);
        try {
            WorkspaceModels.get().write(project, List.of(fileName()), progress.split(2), ws -> {
                CrossLinks.accept(ws, review(ws), mention);
                return null;
            });
            progress.split(1);
            afterWrite();
            return Status.OK_STATUS;
        } catch (IOException e) {
            throw new ExecutionException(NLS.bind(Messages.LinkOperation_notWritten, fileName(), e.getMessage()), e);
        }
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return execute(monitor, info);
    }

    /** Removes the entry this operation wrote (the last one of the same target), keeping the rest of the file. */
    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        String why = refusal();
        if (why != null) {
            return Status.error(why);
        }
        try {
            boolean removed = WorkspaceModels.get().write(project, List.of(fileName()), monitor, ws -> {
                Review review = review(ws);
                List<CrossLink> links = review.getCrossLinks();
                for (int i = links.size() - 1; i >= 0; i--) {
                    if (written(links.get(i))) {
                        links.remove(i);
                        review.eResource().save(null);
                        return true;
                    }
                }
                return false;
            });
            if (removed) {
                afterWrite();
                return Status.OK_STATUS;
            }
            return Status.warning(NLS.bind(Messages.LinkOperation_nothingToUndo, fileName()));
        } catch (IOException e) {
            throw new ExecutionException(NLS.bind(Messages.LinkOperation_notRemoved, fileName(), e.getMessage()), e);
        }
    }

    private boolean written(CrossLink link) {
        if (mention.document().startsWith("review:")) {
            return link instanceof ReviewCrossLink r
                    && mention.document().equals("review:" + Ids.of(r, Literals.REVIEW_CROSS_LINK__REVIEW));
        }
        return link instanceof CorpusCrossLink c && mention.document().equals(c.getDocument())
                && mention.quote().equals(c.getQuote()) && eq(mention.prefix(), c.getPrefix())
                && eq(mention.suffix(), c.getSuffix());
    }

    private static boolean eq(String a, String b) {
        return (a == null ? "" : a).equals(b == null ? "" : b);
    }

    private Review review(RfyWorkspace ws) throws IOException {
        Review review = ws.review(reviewId);
        if (review == null || review.eResource() == null) {
            throw new IOException(NLS.bind(Messages.LinkOperation_noReview, reviewId, project.getName()));
        }
        return review;
    }

    private String fileName() {
        return file.getProjectRelativePath().toString();
    }

    /** Lets Eclipse see the new file contents, and a clean editor on the file show them. */
    private void afterWrite() {
        try {
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (CoreException e) {
            // the next refresh catches up; the file itself is written
        }
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
        if (display != null) {
            display.asyncExec(() -> editors(file).stream().filter(e -> !e.isDirty()).forEach(ReviewEditor::reload));
        }
    }

    /** The review editors open on a file, in every window (UI thread only). */
    static List<ReviewEditor> editors(IFile file) {
        List<ReviewEditor> found = new java.util.ArrayList<>();
        if (!PlatformUI.isWorkbenchRunning() || Display.getCurrent() == null) {
            return found;
        }
        FileEditorInput input = new FileEditorInput(file);
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference ref : page.findEditors(input, ReviewEditor.ID, IWorkbenchPage.MATCH_INPUT
                        | IWorkbenchPage.MATCH_ID)) {
                    if (ref.getEditor(false) instanceof ReviewEditor editor) {
                        found.add(editor);
                    }
                }
            }
        }
        return found;
    }

    static String shorten(String quote) {
        String flat = quote.replaceAll("\\s+", " ").strip();
        return flat.length() <= 40 ? flat : flat.substring(0, 39) + "…";
    }

    /** The workbench's history, where the views execute and undo these operations. */
    public static IOperationHistory history() {
        return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
    }
}
