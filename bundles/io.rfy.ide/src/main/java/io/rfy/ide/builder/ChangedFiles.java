package io.rfy.ide.builder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

import io.rfy.store.AtomicFile;
import io.rfy.store.WorkspaceLayout;

/**
 * What a resource delta changed, in the builder's terms: the files the store reads, whether a corpus document
 * changed, and whether anything happened that the incremental path does not model (then the builder starts over):
 * the link cache changed, or a temporary file of an interrupted save came or went.
 */
final class ChangedFiles {

    /** The link-check cache: the markers show what it holds, so a new check means a full re-check. */
    static final String LINK_CACHE = io.rfy.validation.LinkCache.FILE;

    /** Workspace-relative paths of changed, added or removed review, batch and reviewers.yaml files. */
    final List<Path> storeFiles = new ArrayList<>();
    boolean reviewersChanged;
    boolean corpusChanged;
    /** Something the incremental path cannot follow: a changed link cache, a project-level change. */
    boolean fullCheckNeeded;

    static ChangedFiles of(IResourceDelta delta) throws CoreException {
        ChangedFiles changes = new ChangedFiles();
        if ((delta.getFlags() & (IResourceDelta.OPEN | IResourceDelta.DESCRIPTION | IResourceDelta.MOVED_FROM)) != 0) {
            changes.fullCheckNeeded = true;
        }
        delta.accept(d -> {
            IResource r = d.getResource();
            if (r.getType() != IResource.FILE || !contentChanged(d)) {
                return true;
            }
            IPath path = r.getProjectRelativePath();
            if (path.toString().equals(LINK_CACHE)) {
                changes.fullCheckNeeded = true;
            } else if (d.getKind() != IResourceDelta.CHANGED && AtomicFile.TEMPORARY.matcher(r.getName()).matches()
                    && !path.segment(0).equals(WorkspaceLayout.CACHE)) {
                // a temporary file of an interrupted save came or went (e.g. deleted by its quick fix): the store
                // reports such files when it loads (store.stale-temp), and a reload of the changed files does not
                changes.fullCheckNeeded = true;
            } else if (RfyBuilder.isWorkspaceFile(path)) {
                WorkspaceLayout.Kind kind = WorkspaceLayout.kindOf(path.toString());
                if (kind == WorkspaceLayout.Kind.CORPUS_DOCUMENT) {
                    changes.corpusChanged = true;
                } else {
                    changes.reviewersChanged |= kind == WorkspaceLayout.Kind.REVIEWERS;
                    changes.storeFiles.add(Path.of(path.toString()));
                }
            }
            return true;
        });
        return changes;
    }

    /** Added, removed, or changed in content (marker changes and the like are not changes of the file). */
    static boolean contentChanged(IResourceDelta d) {
        return d.getKind() != IResourceDelta.CHANGED
                || (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0;
    }

    boolean isEmpty() {
        return storeFiles.isEmpty() && !corpusChanged && !fullCheckNeeded;
    }
}
