package io.rfy.ui.builder;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.rfy.store.RfyWorkspace;
import io.rfy.validation.ReportEntry;
import io.rfy.validation.WorkspaceValidation;
import io.rfy.ui.preferences.RfyPreferences;

/**
 * The validation the CLI runs ({@code rfy validate}, offline): the store's load problems plus every rule, with the Habr
 * rules of Preferences > RFY > Habr Rules.
 */
public final class ValidationCheck implements WorkspaceCheck {

    @Override
    public List<ReportEntry> run(RfyWorkspace workspace, IProgressMonitor monitor) {
        return WorkspaceValidation.run(workspace, RfyPreferences.validationSettings(), monitor);
    }
}
