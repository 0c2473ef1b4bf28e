package io.rfy.ui.quickfix;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import io.rfy.model.Review;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.ReviewResource;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Writes the value the validator proposed (a canonical arXiv, GitHub or OpenReview URL, a bare arXiv id or DOI)
 * in place of the value on the marker's line. The file is changed through the store, so the rest of it stays as
 * written; the builder then sees the change and drops the marker.
 */
final class ReplaceWithSuggestion extends ReviewFileFix {

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
        return NLS.bind(Messages.ReplaceWithSuggestion_label, suggestion);
    }

    @Override
    void edit(Review review, ReviewResource resource, IMarker marker) {
        EAttribute feature = featureFor(marker.getAttribute(io.rfy.ide.builder.ProblemMarkers.CODE, ""));
        int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
        EObject target = ReviewFiles.elementAt(resource, feature, line);
        if (target == null) {
            throw new IllegalStateException(NLS.bind(Messages.ReplaceWithSuggestion_gone, line,
                    resource.getURI().lastSegment()));
        }
        target.eSet(feature, suggestion);
    }
}
