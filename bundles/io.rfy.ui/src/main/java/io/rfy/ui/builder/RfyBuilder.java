package io.rfy.ui.builder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import io.rfy.store.RfyWorkspace;
import io.rfy.validation.ReportEntry;

/**
 * Keeps the Problems view current: when a workspace file (a review, a batch, reviewers.yaml, a corpus document)
 * changes, the workspace is loaded through the store and checked, and only the files whose problems changed get
 * their markers rewritten. Any file can be a dependant of any other (a cross-link, a batch listing, a paper reviewed
 * twice), so the check covers the whole workspace; what stays incremental is that unrelated changes (other files,
 * .rfy caches) trigger nothing and unchanged files keep their markers untouched.
 */
public final class RfyBuilder extends IncrementalProjectBuilder {

    public static final String ID = "io.rfy.ui.builder";

    /** The checks the builder runs, in order; extend here (or through a future extension point). */
    private static final List<WorkspaceCheck> CHECKS = List.of(new ValidationCheck());

    /** The duration of the last build in this session, for the UI benchmark (nanoseconds). */
    public static volatile long lastBuildNanos;
    /** Of the last check: loading the workspace, running the checks, updating markers (nanoseconds). */
    public static volatile long lastLoadNanos, lastChecksNanos, lastMarkersNanos;

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        if (delta != null && !touchesWorkspaceFiles(delta)) {
            return null;
        }
        long start = System.nanoTime();
        check(getProject(), monitor);
        lastBuildNanos = System.nanoTime() - start;
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        ProblemMarkers.clear(getProject());
    }

    /** Loads and checks the project's workspace folder and brings its markers up to date. */
    public static void check(IProject project, IProgressMonitor monitor) throws CoreException {
        IPath location = project.getLocation();
        if (location == null) {
            return;
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Checking " + project.getName(), 10);
        RfyWorkspace ws;
        long t0 = System.nanoTime();
        try {
            ws = RfyWorkspace.load(Path.of(location.toOSString()), progress.split(5));
        } catch (IOException e) {
            throw new CoreException(Status.error("cannot read the workspace folder " + location + ": " + e.getMessage(), e));
        }
        long t1 = System.nanoTime();
        List<ReportEntry> report = new ArrayList<>();
        SubMonitor checks = SubMonitor.convert(progress.split(4), CHECKS.size());
        for (WorkspaceCheck check : CHECKS) {
            report.addAll(check.run(ws, checks.split(1)));
        }
        long t2 = System.nanoTime();
        ProblemMarkers.update(project, report, progress.split(1));
        lastLoadNanos = t1 - t0;
        lastChecksNanos = t2 - t1;
        lastMarkersNanos = System.nanoTime() - t2;
    }

    /** Whether the change concerns a file the store reads; edits under .rfy/ (caches) or elsewhere do not. */
    static boolean touchesWorkspaceFiles(IResourceDelta delta) throws CoreException {
        boolean[] relevant = {false};
        delta.accept(d -> {
            if (relevant[0]) {
                return false;
            }
            IResource r = d.getResource();
            if (r.getType() == IResource.FILE && isWorkspaceFile(r.getProjectRelativePath())
                    && (d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & IResourceDelta.CONTENT) != 0
                            || (d.getFlags() & IResourceDelta.REPLACED) != 0)) {
                relevant[0] = true;
            }
            return true;
        });
        return relevant[0];
    }

    /** reviewers.yaml, reviews/**.md, batches/*.md and corpus documents: what the store and the checks read. */
    public static boolean isWorkspaceFile(IPath path) {
        if (path.segmentCount() == 1) {
            return path.lastSegment().equals("reviewers.yaml");
        }
        String top = path.segment(0);
        return (top.equals(RfyWorkspace.REVIEWS) || top.equals(RfyWorkspace.BATCHES)) && "md".equals(path.getFileExtension())
                || top.equals(RfyWorkspace.CORPUS);
    }
}
