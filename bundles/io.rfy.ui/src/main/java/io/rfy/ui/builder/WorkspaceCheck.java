package io.rfy.ui.builder;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.rfy.store.RfyWorkspace;
import io.rfy.validation.ReportEntry;

/**
 * One kind of check the builder runs over a freshly loaded workspace. The hook where further checks (e.g. corpus
 * cross-link suggestions as info markers) plug in without touching the builder.
 */
public interface WorkspaceCheck {

    List<ReportEntry> run(RfyWorkspace workspace, IProgressMonitor monitor);
}
