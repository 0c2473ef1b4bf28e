package io.rfy.ui.views;

import org.eclipse.ui.views.markers.MarkerSupportView;

/**
 * The Problems view with a Rule column: every problem marker, grouped by severity, with the rule's code beside the
 * description (the platform's Problems view has a fixed set of columns, which an extension cannot add to).
 */
public final class RfyProblemsView extends MarkerSupportView {

    public static final String ID = "io.rfy.ui.problemsView";

    public RfyProblemsView() {
        super("io.rfy.ui.problemsGenerator");
    }
}
