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
 * Check Links or {@code rfy validate --online} becomes a marker that carries its target. In the same way the papers
 * are compared with the records already in the metadata cache ({@code rfy.paper.metadata-mismatch}, fix: the
 * record's value); a paper whose record was never fetched is not compared.
 */
public final class ValidationCheck implements WorkspaceCheck {

    private LinkChecker cachedLinks;
    private io.rfy.metadata.MetadataLookup cachedRecords;

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
        if (cachedRecords == null) {
            cachedRecords = io.rfy.ide.MetadataServices.lookup(workspace.root(), true);
        }
        List<ReportEntry> report = new java.util.ArrayList<>(
                WorkspaceValidation.runOn(workspace, RfyPreferences.validationSettings(), files, cachedLinks, monitor));
        // a record not in the cache is simply not compared: the build never goes online
        report.addAll(WorkspaceValidation.metadataMismatchesOn(workspace, files, cachedRecords, failure -> { }));
        return WorkspaceValidation.sort(report);
    }
}
