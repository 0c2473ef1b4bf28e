package io.rfy.ide.builder;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

import io.rfy.store.RfyWorkspace;
import io.rfy.validation.LinkCache;
import io.rfy.validation.LinkChecker;
import io.rfy.validation.ReportEntry;
import io.rfy.validation.WorkspaceValidation;
import io.rfy.ide.preferences.RfyPreferences;

/**
 * The validation the CLI runs ({@code rfy validate}): the store's load problems plus every rule, with the Habr rules
 * of Preferences > RFY > Habr Rules. Web links are not checked here (a build must not wait on the network) but what
 * the last check found, kept in {@code .rfy/link-check.tsv}, is reported: so a permanent redirect found by Project >
 * Check Links or {@code rfy validate --online} becomes a marker that carries its target.
 */
public final class ValidationCheck implements WorkspaceCheck {

    private LinkChecker cachedLinks;

    @Override
    public List<ReportEntry> run(RfyWorkspace workspace, Set<String> files, IProgressMonitor monitor) {
        if (cachedLinks == null) {
            try {
                cachedLinks = LinkChecker.cacheOnly(LinkCache.open(workspace.root(),
                        RfyPreferences.linkCheckSettings().cacheTtl()));
            } catch (IOException e) {
                cachedLinks = null; // an unreadable cache only means no link findings until it is rebuilt
            }
        }
        return WorkspaceValidation.runOn(workspace, RfyPreferences.validationSettings(), files, cachedLinks, monitor);
    }
}
