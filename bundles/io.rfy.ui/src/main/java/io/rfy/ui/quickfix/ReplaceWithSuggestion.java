package io.rfy.ui.quickfix;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMarkerResolution;

import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.ReviewResource;
import io.rfy.store.SourceLocation;

/**
 * Writes the value the validator proposed (a canonical arXiv, GitHub or OpenReview URL, a bare arXiv id or DOI)
 * in place of the value on the marker's line. The file is changed through the store, so the rest of it stays as
 * written; the builder then sees the change and drops the marker.
 */
final class ReplaceWithSuggestion implements IMarkerResolution {

    private final String suggestion;

    ReplaceWithSuggestion(String suggestion) {
        this.suggestion = suggestion;
    }

    /** The attribute a rule's finding is about, or null for rules this fix does not handle. */
    static EAttribute featureFor(String code) {
        if (code.startsWith("rfy.link.") && code.endsWith("-noncanonical")) {
            return Literals.LINK__URL;
        }
        if (code.startsWith("rfy.id.arxiv-noncanonical")) {
            return Literals.PAPER__ARXIV;
        }
        if (code.startsWith("rfy.id.doi-noncanonical")) {
            return Literals.PAPER__DOI;
        }
        return null;
    }

    @Override
    public String getLabel() {
        return "Replace with " + suggestion;
    }

    @Override
    public void run(IMarker marker) {
        try {
            apply(marker);
        } catch (IOException | CoreException | IllegalStateException e) {
            MessageDialog.openError(Display.getCurrent().getActiveShell(), "Quick fix", e.getMessage());
        }
    }

    /** Public for tests: performs the fix without any dialog. */
    void apply(IMarker marker) throws IOException, CoreException {
        EAttribute feature = featureFor(marker.getAttribute(io.rfy.ui.builder.ProblemMarkers.CODE, ""));
        int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
        IFile file = (IFile) marker.getResource();
        ReviewResource resource = new ReviewResource(URI.createFileURI(file.getLocation().toOSString()));
        resource.load(null);
        if (!resource.isWritable()) {
            throw new IllegalStateException(file.getName() + " cannot be read, so it is not changed: "
                    + resource.getErrors().get(0).getMessage());
        }
        EObject target = null;
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (feature.getEContainingClass().isInstance(o)) {
                SourceLocation.Position at = SourceLocation.of(o, feature);
                if (at != null && at.line() == line) {
                    target = o;
                    break;
                }
            }
        }
        if (target == null) {
            throw new IllegalStateException("nothing to fix at line " + line + " of " + file.getName()
                    + " any more; it may have changed since it was checked");
        }
        target.eSet(feature, suggestion);
        resource.save(null);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
    }
}
