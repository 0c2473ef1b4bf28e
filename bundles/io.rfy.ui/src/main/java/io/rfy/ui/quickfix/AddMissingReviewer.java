package io.rfy.ui.quickfix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IMarkerResolution;

import io.rfy.model.Reviewer;
import io.rfy.model.ReviewerRegistry;
import io.rfy.model.RfyFactory;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.Ids;
import io.rfy.store.ReviewersResource;
import io.rfy.store.WorkspaceLayout;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** Adds the reviewer id a review names to reviewers.yaml (name = id, to be completed), through the store. */
final class AddMissingReviewer implements IMarkerResolution {

    @Override
    public String getLabel() {
        return Messages.AddMissingReviewer_label;
    }

    @Override
    public void run(IMarker marker) {
        try {
            apply(marker);
        } catch (IOException | CoreException | IllegalStateException e) {
            ReviewFiles.showError(e);
        }
    }

    void apply(IMarker marker) throws IOException, CoreException {
        IFile reviewFile = (IFile) marker.getResource();
        String id = Ids.of(ReviewFiles.review(ReviewFiles.load(reviewFile)), Literals.REVIEW__REVIEWER);
        if (id == null) {
            throw new IllegalStateException(NLS.bind(Messages.AddMissingReviewer_none, reviewFile.getName()));
        }
        IProject project = reviewFile.getProject();
        Path registryFile = Path.of(project.getLocation().toOSString(), WorkspaceLayout.REVIEWERS_FILE);
        ReviewersResource registry = new ReviewersResource(URI.createFileURI(registryFile.toString()));
        if (Files.exists(registryFile)) {
            registry.load(null);
            if (!registry.isWritable()) {
                throw new IllegalStateException(NLS.bind(Messages.ReviewFiles_unreadable,
                        WorkspaceLayout.REVIEWERS_FILE, registry.getErrors().get(0).getMessage()));
            }
        } else {
            registry.getContents().add(RfyFactory.eINSTANCE.createReviewerRegistry());
        }
        ReviewerRegistry root = (ReviewerRegistry) registry.getContents().get(0);
        if (root.getReviewers().stream().noneMatch(r -> id.equals(r.getId()))) {
            Reviewer reviewer = RfyFactory.eINSTANCE.createReviewer();
            reviewer.setId(id);
            reviewer.setName(id);
            root.getReviewers().add(reviewer);
            registry.save(null);
        }
        project.getFile(WorkspaceLayout.REVIEWERS_FILE).refreshLocal(IResource.DEPTH_ZERO, null);
    }
}
