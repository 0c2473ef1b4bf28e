package io.rfy.ide.builder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import io.rfy.store.StoreProblem.Severity;
import io.rfy.validation.ReportEntry;
import io.rfy.ide.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The RFY problem markers ({@value #TYPE}): one per report entry, on the file it names, with the line, the severity,
 * the rule's code ({@value #CODE}) and, when the rule knows the fix, the value that fixes it ({@value #SUGGESTION}).
 */
public final class ProblemMarkers {

    public static final String TYPE = "io.rfy.ui.problem";
    /** The stable rule code, e.g. {@code rfy.link.arxiv-noncanonical} or {@code store.unknown-reviewer}. */
    public static final String CODE = "code";
    /** The value that would fix the problem (a canonical URL or id), when there is one. */
    public static final String SUGGESTION = "suggestion";

    private ProblemMarkers() {
    }

    /**
     * Replaces the markers of the files whose problems changed; files with the same problems as before keep their
     * markers (so the Problems view does not flicker and large projects update quickly).
     */
    public static void update(IProject project, List<ReportEntry> report, IProgressMonitor monitor) throws CoreException {
        Map<String, List<ReportEntry>> byFile = new LinkedHashMap<>();
        for (ReportEntry e : report) {
            byFile.computeIfAbsent(e.file() == null ? "" : e.file(), k -> new ArrayList<>()).add(e);
        }
        update(project, byFile, null);
    }

    /**
     * Brings the markers of some files up to date.
     *
     * @param byFile every file's entries, as the builder keeps them (a file missing here has none)
     * @param files the files whose entries may have changed, or null for all: then markers on any other file go too
     */
    public static void update(IProject project, Map<String, List<ReportEntry>> byFile, Set<String> files)
            throws CoreException {
        // where each file's markers go: the file, or the project for a file that is not there (e.g. reviewers.yaml)
        Map<IResource, List<ReportEntry>> wanted = new LinkedHashMap<>();
        for (String file : files == null ? byFile.keySet() : files) {
            IResource target = target(project, file);
            List<ReportEntry> list = wanted.computeIfAbsent(target, k -> new ArrayList<>());
            if (target != project) {
                list.addAll(byFile.getOrDefault(file, List.of()));
            }
        }
        if (wanted.containsKey(project)) {
            List<ReportEntry> list = wanted.get(project);
            byFile.forEach((file, entries) -> {
                if (target(project, file) == project) {
                    list.addAll(entries);
                }
            });
        }
        Map<IResource, List<IMarker>> existing = new LinkedHashMap<>();
        if (files == null) {
            for (IMarker m : project.findMarkers(TYPE, false, IResource.DEPTH_INFINITE)) {
                existing.computeIfAbsent(m.getResource(), k -> new ArrayList<>()).add(m);
                wanted.computeIfAbsent(m.getResource(), k -> new ArrayList<>());
            }
        } else {
            for (IResource r : wanted.keySet()) {
                if (r.exists()) {
                    existing.put(r, List.of(r.findMarkers(TYPE, false, IResource.DEPTH_ZERO)));
                }
            }
        }
        for (Map.Entry<IResource, List<ReportEntry>> w : wanted.entrySet()) {
            IResource resource = w.getKey();
            List<ReportEntry> entries = w.getValue();
            List<IMarker> markers = existing.getOrDefault(resource, List.of());
            if (!resource.exists() || sameProblems(markers, entries, resource.getType() == IResource.PROJECT)) {
                continue;
            }
            for (IMarker m : markers) {
                m.delete();
            }
            for (ReportEntry e : entries) {
                create(resource, e, resource.getType() == IResource.PROJECT && !e.file().isEmpty());
            }
        }
    }

    private static IResource target(IProject project, String file) {
        IResource r = file.isEmpty() ? null : project.findMember(file);
        return r == null || r.getType() != IResource.FILE ? project : r;
    }

    private static void create(IResource resource, ReportEntry e, boolean fileMissing) throws CoreException {
        Map<String, Object> attributes = new LinkedHashMap<>();
        String location = e.file() + (e.line() > 0 ? ":" + e.line() : "");
        attributes.put(IMarker.MESSAGE, message(e));
        attributes.put(IMarker.SEVERITY, severity(e.severity()));
        attributes.put(CODE, e.code());
        if (e.suggestion() != null) {
            attributes.put(SUGGESTION, e.suggestion());
        }
        if (e.line() > 0 && !fileMissing) {
            attributes.put(IMarker.LINE_NUMBER, e.line());
            attributes.put(IMarker.LOCATION, NLS.bind(Messages.ProblemMarkers_line, e.line()));
        } else {
            attributes.put(IMarker.LOCATION, location);
        }
        resource.createMarker(TYPE, attributes);
    }

    /** The marker's text: the finding's message, with the fix when it has one. */
    private static String message(ReportEntry e) {
        return e.suggestion() == null ? e.message() : NLS.bind(Messages.ProblemMarkers_withFix, e.message(), e.suggestion());
    }

    private static boolean sameProblems(List<IMarker> markers, List<ReportEntry> entries, boolean onProject)
            throws CoreException {
        if (markers.size() != entries.size()) {
            return false;
        }
        Set<String> have = new HashSet<>();
        for (IMarker m : markers) {
            have.add(key(m.getAttribute(IMarker.LINE_NUMBER, 0), m.getAttribute(IMarker.SEVERITY, -1),
                    m.getAttribute(CODE, ""), m.getAttribute(IMarker.MESSAGE, "")));
        }
        for (ReportEntry e : entries) {
            String message = message(e);
            int line = onProject && !e.file().isEmpty() ? 0 : e.line();
            if (!have.contains(key(line, severity(e.severity()), e.code(), message))) {
                return false;
            }
        }
        return true;
    }

    private static String key(int line, int severity, String code, String message) {
        return line + "\u0000" + severity + "\u0000" + code + "\u0000" + Objects.toString(message);
    }

    static int severity(Severity s) {
        return switch (s) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        };
    }

    public static void clear(IProject project) throws CoreException {
        project.deleteMarkers(TYPE, false, IResource.DEPTH_INFINITE);
    }
}
