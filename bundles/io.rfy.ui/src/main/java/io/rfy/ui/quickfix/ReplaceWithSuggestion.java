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
 * Writes the value the validator proposed (a canonical arXiv, GitHub or OpenReview URL, a bare arXiv id or DOI, a
 * link without the credentials it carried, a repository's page for its clone URL, the title or the author list of
 * the paper's record) in place of the value on the marker's line. The file is changed through the store, so the rest of it stays as
 * written; the builder then sees the change and drops the marker.
 */
final class ReplaceWithSuggestion extends ReviewFileFix {

    private final String suggestion;

    ReplaceWithSuggestion(String suggestion) {
        this.suggestion = suggestion;
    }

    /** The attribute a rule's finding is about, or null for rules this fix does not handle. */
    static EAttribute featureFor(String code) {
        if (code.startsWith("rfy.link.") && code.endsWith("-noncanonical") || code.equals("rfy.link.credentials")
                || code.equals("rfy.link.not-http")) {
            return Literals.LINK__URL;
        }
        if (code.startsWith("rfy.id.arxiv-noncanonical")) {
            return Literals.PAPER__ARXIV;
        }
        if (code.startsWith("rfy.id.doi-noncanonical")) {
            return Literals.PAPER__DOI;
        }
        if (code.equals(METADATA_MISMATCH)) {
            return Literals.PAPER__TITLE; // or the authors: the marker's line tells which, see edit
        }
        return null;
    }

    private static final String METADATA_MISMATCH = io.rfy.validation.Rule.PAPER_METADATA_MISMATCH.code();

    @Override
    public String getLabel() {
        return NLS.bind(Messages.ReplaceWithSuggestion_label, suggestion);
    }

    @Override
    void edit(Review review, ReviewResource resource, IMarker marker) {
        String code = marker.getAttribute(io.rfy.ide.builder.ProblemMarkers.CODE, "");
        EAttribute feature = featureFor(code);
        int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
        EObject target = ReviewFiles.elementAt(resource, feature, line);
        if (target == null && code.equals(METADATA_MISMATCH)) {
            // the record's author list, as the finding joins it; the list in the file becomes the record's names
            target = ReviewFiles.elementAt(resource, Literals.PAPER__AUTHORS, line);
            if (target instanceof io.rfy.model.Paper paper) {
                paper.getAuthors().clear();
                paper.getAuthors().addAll(java.util.List.of(suggestion.split(", ")));
                return;
            }
        }
        if (target == null) {
            throw new IllegalStateException(NLS.bind(Messages.ReplaceWithSuggestion_gone, line,
                    resource.getURI().lastSegment()));
        }
        target.eSet(feature, suggestion);
    }
}
