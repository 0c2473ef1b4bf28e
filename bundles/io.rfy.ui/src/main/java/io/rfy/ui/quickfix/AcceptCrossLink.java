package io.rfy.ui.quickfix;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;

import io.rfy.corpus.CrossLinks;
import io.rfy.corpus.Mention;
import io.rfy.corpus.MentionIndex;
import io.rfy.model.Review;
import io.rfy.store.RfyWorkspace;
import io.rfy.ide.WorkspaceModels;
import io.rfy.ide.builder.CrossLinkSuggestions;
import io.rfy.store.WorkspaceLayout;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Accepts a cross-link suggestion ({@code rfy.crosslink.suggestion}): the mention the marker names (document and
 * start offset) is found again in the workspace as it is now and written into the review's {@code crosslinks},
 * anchored by quote, prefix and suffix, by {@link CrossLinks#accept} (through the store: atomic, the rest of the
 * file kept as written).
 */
final class AcceptCrossLink implements IMarkerResolution {

    private final String suggestion;

    AcceptCrossLink(String suggestion) {
        this.suggestion = suggestion;
    }

    @Override
    public String getLabel() {
        return NLS.bind(Messages.AcceptCrossLink_label, suggestion);
    }

    @Override
    public void run(IMarker marker) {
        try {
            // the workspace is loaded to find the mention again: seconds for a large one, so with progress
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                try {
                    apply(marker, monitor);
                } catch (IOException | CoreException | IllegalStateException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            ReviewFiles.showError((Exception) e.getCause());
        } catch (InterruptedException | OperationCanceledException e) {
            // cancelled: nothing was written
        }
    }

    void apply(IMarker marker, IProgressMonitor monitor) throws IOException, CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.AcceptCrossLink_progress, 3);
        IFile file = (IFile) marker.getResource();
        String id = WorkspaceLayout.idOf(file.getName());
        String relative = file.getProjectRelativePath().toString();
        WorkspaceModels.get().write(file.getProject(), List.of(relative), progress.split(2), ws -> {
            accept(ws, id, relative);
            return null;
        });
        progress.worked(1);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
    }

    private void accept(RfyWorkspace ws, String id, String relative) throws IOException {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        Review review = ws.review(id);
        if (review == null || !ws.relative(review.eResource()).equals(relative)) {
            throw new IllegalStateException(NLS.bind(Messages.AcceptCrossLink_notAReview, name));
        }
        Mention chosen = null;
        try (MentionIndex index = MentionIndex.open(ws)) {
            for (Mention m : index.corpusMentions(id)) {
                if (CrossLinkSuggestions.suggestion(m).equals(suggestion)) {
                    chosen = m;
                }
            }
        }
        if (chosen == null) {
            throw new IllegalStateException(NLS.bind(Messages.AcceptCrossLink_gone, suggestion, id));
        }
        CrossLinks.accept(ws, review, chosen);
    }
}
