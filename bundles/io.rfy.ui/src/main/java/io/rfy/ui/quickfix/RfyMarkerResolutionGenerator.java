package io.rfy.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import io.rfy.ide.builder.CrossLinkSuggestions;
import io.rfy.ide.builder.ProblemMarkers;

/** Quick fixes for RFY problem markers, chosen by the rule code the marker carries. */
public final class RfyMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        // asked for every marker the Problems view shows: decided by the code, without reading the file
        if (FILLABLE.equals(marker.getAttribute(ProblemMarkers.CODE, ""))) {
            return true;
        }
        return getResolutions(marker).length > 0;
    }

    /** The code of {@code io.rfy.validation.Rule.PAPER_FILLABLE}: a paper with an identifier and empty fields. */
    private static final String FILLABLE = io.rfy.validation.Rule.PAPER_FILLABLE.code();

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        String code = marker.getAttribute(ProblemMarkers.CODE, "");
        String suggestion = marker.getAttribute(ProblemMarkers.SUGGESTION, null);
        List<IMarkerResolution> fixes = new ArrayList<>();
        if (suggestion != null) {
            switch (code) {
                case "rfy.link.moved" -> fixes.add(new FollowRedirect(suggestion));
                case "rfy.body.broken-review-link" -> fixes.add(new RepairReviewLink(suggestion));
                case CrossLinkSuggestions.CODE -> fixes.add(new AcceptCrossLink(suggestion));
                default -> {
                    if (ReplaceWithSuggestion.featureFor(code) != null) {
                        fixes.add(new ReplaceWithSuggestion(suggestion));
                    }
                }
            }
        }
        if (code.equals(FILLABLE)) {
            String service = FillFromRecord.serviceOf(marker);
            if (service != null) {
                fixes.add(new FillFromRecord(service));
            }
        }
        if (code.equals("store.unknown-reviewer")) {
            fixes.add(new AddMissingReviewer());
        }
        if (code.equals(DeleteStaleTemporary.CODE)) {
            fixes.add(new DeleteStaleTemporary(marker));
        }
        return fixes.toArray(IMarkerResolution[]::new);
    }
}
