package io.rfy.store;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Creates the right resource for a workspace file from its place in the workspace: {@code reviewers.yaml},
 * {@code batches/*.md}, and any other {@code .md} (a review). Register it for the {@code md} and {@code yaml}
 * extensions.
 */
public final class RfyResourceFactory implements Resource.Factory {

    @Override
    public Resource createResource(URI uri) {
        if (WorkspaceLayout.REVIEWERS_FILE.equals(uri.lastSegment())) {
            return new ReviewersResource(uri);
        }
        int n = uri.segmentCount();
        if (n >= 2 && WorkspaceLayout.BATCHES.equals(uri.segment(n - 2))) {
            return new BatchResource(uri);
        }
        return new ReviewResource(uri);
    }
}
