package io.rfy.ui.quickfix;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IMarkerResolution;

import io.rfy.store.AtomicFile;
import io.rfy.ui.internal.Messages;

/**
 * A temporary file left by an interrupted save ({@code store.stale-temp}, fix "delete"): deleted through the
 * workspace, so the Project Explorer and the builder see it go. Only a file named as our saves name their temporary
 * files ({@link AtomicFile#TEMPORARY}) is ever deleted; its content is a partial copy of a file that is still there.
 */
final class DeleteStaleTemporary implements IMarkerResolution {

    static final String CODE = "store.stale-temp";

    private final String name;

    DeleteStaleTemporary(IMarker marker) {
        IFile file = fileOf(marker);
        this.name = file == null ? "" : file.getName();
    }

    @Override
    public String getLabel() {
        return NLS.bind(Messages.DeleteStaleTemporary_label, name);
    }

    @Override
    public void run(IMarker marker) {
        IFile file = fileOf(marker);
        if (file == null || !AtomicFile.TEMPORARY.matcher(file.getName()).matches()) {
            ReviewFiles.showError(new IllegalStateException(NLS.bind(Messages.DeleteStaleTemporary_notOurs,
                    file == null ? marker.getAttribute(IMarker.LOCATION, "") : file.getName())));
            return;
        }
        try {
            // the file may have been removed on disk already (the next save of its target removes it)
            file.refreshLocal(IResource.DEPTH_ZERO, null);
            if (file.exists()) {
                file.delete(true, false, null);
            } else if (marker.exists()) {
                marker.delete();
            }
        } catch (CoreException e) {
            ReviewFiles.showError(e);
        }
    }

    /**
     * The temporary file: the marker's resource, or for a file the workspace did not know when the marker was made
     * (the marker is then on the project) the path the marker's location names, {@code <path>:<line>}.
     */
    static IFile fileOf(IMarker marker) {
        IResource r = marker.getResource();
        if (r instanceof IFile f) {
            return f;
        }
        if (r instanceof IProject project) {
            String location = marker.getAttribute(IMarker.LOCATION, "").replaceFirst(":\\d+$", "");
            return location.isEmpty() ? null : project.getFile(location);
        }
        return null;
    }
}
