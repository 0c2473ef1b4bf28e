package io.rfy.ide.builder;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

import io.rfy.store.RfyWorkspace;
import io.rfy.validation.ReportEntry;

/**
 * One kind of check the builder runs over the loaded workspace. A check reports on the files it is given only, but
 * may look at the whole workspace to do so; which files a change affects is {@link io.rfy.validation.Dependants}' business. A check
 * instance lives as long as the builder keeps the workspace, so it may keep caches of its own.
 */
public interface WorkspaceCheck {

    /** @param files workspace-relative paths (as {@link ReportEntry#file()} names them) to report on */
    List<ReportEntry> run(RfyWorkspace workspace, Set<String> files, IProgressMonitor monitor);
}
