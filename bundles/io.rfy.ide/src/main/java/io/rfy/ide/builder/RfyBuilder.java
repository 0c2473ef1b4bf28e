package io.rfy.ide.builder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import io.rfy.model.Review;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.WorkspaceLayout;
import io.rfy.validation.Dependants;
import io.rfy.validation.ReportEntry;
import io.rfy.ide.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Keeps the Problems view current. The first build of a session (and every full or clean build) loads the project's
 * workspace folder through the store and checks every file; the loaded workspace and each file's findings are kept.
 * A later delta reloads only the changed files ({@link RfyWorkspace#reload}) and re-checks them and their
 * {@link Dependants}; only files whose findings changed get their markers rewritten. On any doubt (a failure, a
 * cancelled build, a changed link cache, a project-level change) the kept state is dropped and the next build is full.
 */
public final class RfyBuilder extends IncrementalProjectBuilder {

    public static final String ID = "io.rfy.ui.builder";

    /** The duration of the last build in this session, for the UI benchmark (nanoseconds). */
    public static volatile long lastBuildNanos;
    /** Of the last check: loading (or reloading) files, running the checks, updating markers (nanoseconds). */
    public static volatile long lastLoadNanos, lastChecksNanos, lastMarkersNanos;
    /** Whether the last build was incremental, and how many files it re-checked: for tests and the benchmark. */
    public static volatile boolean lastWasIncremental;
    public static volatile int lastCheckedFiles;

    /** What the builder keeps between builds of its project. */
    private static final class State {
        final RfyWorkspace ws;
        final ValidationCheck validation = new ValidationCheck();
        final CrossLinkSuggestions suggestions = new CrossLinkSuggestions();
        final Dependants dependants = new Dependants();
        /** Each check's entries by file; a file without entries may be missing. */
        final Map<String, List<ReportEntry>> validationByFile = new HashMap<>();
        final Map<String, List<ReportEntry>> suggestionsByFile = new HashMap<>();

        State(RfyWorkspace ws) {
            this.ws = ws;
        }
    }

    private State state;

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD || state == null ? null : getDelta(getProject());
        long start = System.nanoTime();
        try {
            if (delta == null) {
                fullCheck(monitor);
            } else {
                ChangedFiles changes = ChangedFiles.of(delta);
                if (changes.isEmpty()) {
                    return null;
                }
                if (changes.fullCheckNeeded || !sameRoot()) {
                    fullCheck(monitor);
                } else {
                    incrementalCheck(changes, monitor);
                }
            }
        } catch (CoreException | RuntimeException e) {
            state = null; // whatever was kept may be half updated
            if (e instanceof OperationCanceledException) {
                throw e;
            }
            throw e instanceof CoreException c ? c
                    : new CoreException(Status.error(NLS.bind(Messages.RfyBuilder_failed, getProject().getName(), e), e));
        }
        lastBuildNanos = System.nanoTime() - start;
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        state = null;
        ProblemMarkers.clear(getProject());
    }

    private boolean sameRoot() {
        IPath location = getProject().getLocation();
        return location != null && Path.of(location.toOSString()).toAbsolutePath().normalize().equals(state.ws.root());
    }

    private void fullCheck(IProgressMonitor monitor) throws CoreException {
        state = null;
        IPath location = getProject().getLocation();
        if (location == null) {
            return;
        }
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.RfyBuilder_checking, getProject().getName()), 10);
        long t0 = System.nanoTime();
        RfyWorkspace ws;
        try {
            ws = RfyWorkspace.load(Path.of(location.toOSString()), progress.split(5));
        } catch (IOException e) {
            throw new CoreException(Status.error(NLS.bind(Messages.RfyBuilder_cannotRead, location, e.getMessage()), e));
        }
        State next = new State(ws);
        long t1 = System.nanoTime();
        Set<String> all = allFiles(ws);
        SubMonitor checks = SubMonitor.convert(progress.split(4), 2);
        put(next.validationByFile, all, next.validation.run(ws, all, checks.split(1)));
        put(next.suggestionsByFile, all, next.suggestions.run(ws, all, checks.split(1)));
        long t2 = System.nanoTime();
        ProblemMarkers.update(getProject(), merged(next, null), null);
        state = next;
        record(false, all.size(), t0, t1, t2);
    }

    private void incrementalCheck(ChangedFiles changes, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.RfyBuilder_checking, getProject().getName()), 10);
        State s = state;
        long t0 = System.nanoTime();
        List<RfyWorkspace.Reloaded> reloaded;
        try {
            reloaded = s.ws.reload(changes.storeFiles);
        } catch (IOException e) {
            state = null;
            throw new CoreException(Status.error(NLS.bind(Messages.RfyBuilder_cannotReadChanged, getProject().getName(),
                    e.getMessage()), e));
        }
        long t1 = System.nanoTime();
        Set<String> toValidate = changes.reviewersChanged ? allFiles(s.ws)
                : s.dependants.of(s.ws, reloaded, changes.corpusChanged, s.validationByFile);
        // suggestions depend on a review's own papers and cross-links, and on the corpus
        Set<String> toSuggest = new HashSet<>();
        if (changes.corpusChanged || namesChanged(reloaded)) {
            s.suggestions.invalidate();
        }
        if (changes.corpusChanged) {
            toSuggest.addAll(allFiles(s.ws));
        } else {
            reloaded.forEach(r -> toSuggest.add(r.file()));
        }
        progress.worked(2);
        put(s.validationByFile, toValidate, s.validation.run(s.ws, toValidate, progress.split(6)));
        put(s.suggestionsByFile, toSuggest, s.suggestions.run(s.ws, toSuggest, progress.split(1)));
        long t2 = System.nanoTime();
        Set<String> touched = new HashSet<>(toValidate);
        touched.addAll(toSuggest);
        ProblemMarkers.update(getProject(), merged(s, touched), touched);
        progress.worked(1);
        record(true, touched.size(), t0, t1, t2);
    }

    private static void record(boolean incremental, int files, long t0, long t1, long t2) {
        lastWasIncremental = incremental;
        lastCheckedFiles = files;
        lastLoadNanos = t1 - t0;
        lastChecksNanos = t2 - t1;
        lastMarkersNanos = System.nanoTime() - t2;
    }

    /** Every file that can have findings: what the store read, plus the files its problems name (reviewers.yaml). */
    private static Set<String> allFiles(RfyWorkspace ws) {
        Set<String> files = new HashSet<>();
        // only the files: a proxy resolved on demand may have added an rfy:/review/<id> resource that is none
        ws.resourceSet().getResources().stream().filter(r -> r.getURI().isFile()).forEach(r -> files.add(ws.relative(r)));
        ws.problems().forEach(p -> files.add(p.file()));
        files.add(WorkspaceLayout.REVIEWERS_FILE);
        return files;
    }

    /** Replaces the entries of {@code files} (each gets exactly the entries naming it, maybe none). */
    private static void put(Map<String, List<ReportEntry>> byFile, Set<String> files, List<ReportEntry> report) {
        files.forEach(byFile::remove);
        for (ReportEntry e : report) {
            byFile.computeIfAbsent(e.file(), k -> new java.util.ArrayList<>()).add(e);
        }
    }

    /**
     * Both checks' entries by file, for the marker update: all files, or (with {@code only}) the touched files plus
     * those whose markers land on the project (a file that is not there), which are needed together.
     */
    private Map<String, List<ReportEntry>> merged(State s, Set<String> only) {
        Map<String, List<ReportEntry>> all = new LinkedHashMap<>();
        for (Map<String, List<ReportEntry>> m : List.of(s.validationByFile, s.suggestionsByFile)) {
            m.forEach((file, entries) -> {
                if (only == null || only.contains(file) || getProject().findMember(file) == null) {
                    all.computeIfAbsent(file, k -> new java.util.ArrayList<>()).addAll(entries);
                }
            });
        }
        return all;
    }

    /** Whether a changed review's paper names (what the mention index looks for) differ from before. */
    private static boolean namesChanged(List<RfyWorkspace.Reloaded> reloaded) {
        for (RfyWorkspace.Reloaded r : reloaded) {
            if ((r.before() instanceof Review || r.after() instanceof Review) && !names(r.before()).equals(names(r.after()))) {
                return true;
            }
        }
        return false;
    }

    private static String names(Object root) {
        if (!(root instanceof Review review)) {
            return "";
        }
        StringBuilder b = new StringBuilder(review.getId()).append('\n');
        review.getPapers().forEach(p -> {
            b.append(p.getTitle()).append('\t').append(p.getArxiv()).append('\t').append(p.getAliases()).append('\t');
            p.getLinks().forEach(l -> b.append(l.getUrl()).append(' '));
            b.append('\n');
        });
        return b.toString();
    }

    /**
     * reviewers.yaml, reviews/**.md, batches/*.md and corpus documents: what the store and the checks read, by the
     * store's {@link WorkspaceLayout}.
     */
    public static boolean isWorkspaceFile(IPath path) {
        return WorkspaceLayout.kindOf(path.toString()) != null;
    }

    /** Loads and checks a project's workspace folder once, outside a build (e.g. a "check now" action). */
    public static void check(IProject project, IProgressMonitor monitor) throws CoreException {
        project.build(FULL_BUILD, ID, Map.of(), monitor);
    }
}
