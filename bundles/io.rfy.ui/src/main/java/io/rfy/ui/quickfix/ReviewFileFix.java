package io.rfy.ui.quickfix;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IMarkerResolution;

import io.rfy.model.Review;
import io.rfy.store.ReviewResource;

/**
 * A quick fix that edits the review file its marker is on: the file is read through the store (and left alone when
 * it cannot be read without errors), changed in the model, and saved through the store, so the save is atomic and
 * the rest of the file stays as written. The builder then sees the change and drops the marker.
 */
abstract class ReviewFileFix implements IMarkerResolution {

    @Override
    public void run(IMarker marker) {
        apply(marker);
    }

    /** Loads the marker's file, lets {@link #edit} change it and saves it; on any failure shows why and writes nothing. */
    final void apply(IMarker marker) {
        try {
            IFile file = (IFile) marker.getResource();
            ReviewResource resource = ReviewFiles.load(file);
            edit(ReviewFiles.review(resource), resource, marker);
            resource.save(null);
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (IOException | CoreException | IllegalStateException e) {
            ReviewFiles.showError(e);
        }
    }

    /**
     * Changes the model of the marker's file.
     *
     * @throws IllegalStateException when there is nothing to fix any more; nothing is then written
     */
    abstract void edit(Review review, ReviewResource resource, IMarker marker);
}
