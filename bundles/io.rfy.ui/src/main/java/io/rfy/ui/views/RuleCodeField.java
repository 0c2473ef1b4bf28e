package io.rfy.ui.views;

import org.eclipse.ui.views.markers.MarkerField;
import org.eclipse.ui.views.markers.MarkerItem;

/** The rule code of a problem marker ({@code rfy.link.moved}), the one rfy validate prints and the docs list. */
public final class RuleCodeField extends MarkerField {

    /** The marker attribute the builder writes the code into. */
    static final String CODE = io.rfy.ide.builder.ProblemMarkers.CODE;

    @Override
    public String getValue(MarkerItem item) {
        return item.getMarker() == null ? "" : item.getAttributeValue(CODE, "");
    }

    @Override
    public int getDefaultColumnWidth(org.eclipse.swt.widgets.Control control) {
        return 210; // "rfy.paper.reviewed-twice" at the default font
    }
}
