package io.rfy.ui.builder;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.rfy.store.RfyWorkspace;
import io.rfy.validation.ReportEntry;
import io.rfy.validation.ValidationSettings;
import io.rfy.validation.WorkspaceValidation;

/** The validation the CLI runs ({@code rfy validate}, offline): the store's load problems plus every rule. */
public final class ValidationCheck implements WorkspaceCheck {

    @Override
    public List<ReportEntry> run(RfyWorkspace workspace, IProgressMonitor monitor) {
        return WorkspaceValidation.run(workspace, ValidationSettings.defaults(), monitor);
    }
}
