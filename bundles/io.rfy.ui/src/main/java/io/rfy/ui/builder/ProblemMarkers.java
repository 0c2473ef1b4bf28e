package io.rfy.ui.builder;

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
        Map<IResource, List<ReportEntry>> wanted = new LinkedHashMap<>();
        for (ReportEntry e : report) {
            IResource target = e.file() == null || e.file().isEmpty() ? project : project.findMember(e.file());
            wanted.computeIfAbsent(target == null ? project : target, k -> new ArrayList<>()).add(e);
        }
        Map<IResource, List<IMarker>> existing = new LinkedHashMap<>();
        for (IMarker m : project.findMarkers(TYPE, false, IResource.DEPTH_INFINITE)) {
            existing.computeIfAbsent(m.getResource(), k -> new ArrayList<>()).add(m);
        }
        Set<IResource> touched = new HashSet<>(wanted.keySet());
        touched.addAll(existing.keySet());
        for (IResource resource : touched) {
            List<ReportEntry> entries = wanted.getOrDefault(resource, List.of());
            List<IMarker> markers = existing.getOrDefault(resource, List.of());
            if (sameProblems(markers, entries, resource.getType() == IResource.PROJECT)) {
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

    private static void create(IResource resource, ReportEntry e, boolean fileMissing) throws CoreException {
        Map<String, Object> attributes = new LinkedHashMap<>();
        String location = e.file() + (e.line() > 0 ? ":" + e.line() : "");
        attributes.put(IMarker.MESSAGE, e.message() + (e.suggestion() == null ? "" : " (fix: " + e.suggestion() + ")"));
        attributes.put(IMarker.SEVERITY, severity(e.severity()));
        attributes.put(CODE, e.code());
        if (e.suggestion() != null) {
            attributes.put(SUGGESTION, e.suggestion());
        }
        if (e.line() > 0 && !fileMissing) {
            attributes.put(IMarker.LINE_NUMBER, e.line());
            attributes.put(IMarker.LOCATION, "line " + e.line());
        } else {
            attributes.put(IMarker.LOCATION, location);
        }
        resource.createMarker(TYPE, attributes);
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
            String message = e.message() + (e.suggestion() == null ? "" : " (fix: " + e.suggestion() + ")");
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
