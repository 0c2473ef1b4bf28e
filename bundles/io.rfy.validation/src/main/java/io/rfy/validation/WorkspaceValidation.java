package io.rfy.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import io.rfy.model.RfyPackage;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.SourceLocation;
import io.rfy.store.StoreProblem;

/**
 * Validates a loaded workspace: the store's load problems plus every rule of {@link RfyValidator}, as one list of
 * {@link ReportEntry}s with positions, errors first.
 */
public final class WorkspaceValidation {

    private WorkspaceValidation() {
    }

    public static List<ReportEntry> run(RfyWorkspace ws, ValidationSettings settings, IProgressMonitor monitor) {
        return run(ws, settings, null, monitor);
    }

    /** @param links checks every web link live when given (slow, and needs the network); null to stay offline */
    public static List<ReportEntry> run(RfyWorkspace ws, ValidationSettings settings, LinkChecker links,
            IProgressMonitor monitor) {
        return check(ws, settings, ws.reviews(), ws.batches(), problem -> true, true, links, monitor);
    }

    /**
     * The report of some files only (workspace-relative paths, as {@link ReportEntry#file()} names them): their load
     * problems and the rules on their reviews and batches, checked against the whole workspace, so that each entry is
     * the one {@link #run} gives for that file. The IDE's builder re-checks the files a change can affect this way.
     *
     * @param links a checker for the web links of these files (e.g. {@link LinkChecker#cacheOnly}), or null for none
     */
    public static List<ReportEntry> runOn(RfyWorkspace ws, ValidationSettings settings, java.util.Set<String> files,
            LinkChecker links, IProgressMonitor monitor) {
        List<io.rfy.model.Review> reviews = new ArrayList<>();
        for (io.rfy.model.Review r : ws.reviews()) {
            if (files.contains(ws.relative(r.eResource()))) {
                reviews.add(r);
            }
        }
        List<io.rfy.model.Batch> batches = new ArrayList<>();
        for (io.rfy.model.Batch b : ws.batches()) {
            if (files.contains(ws.relative(b.eResource()))) {
                batches.add(b);
            }
        }
        boolean corpus = files.stream().anyMatch(f -> f.startsWith(RfyWorkspace.CORPUS + "/"));
        return check(ws, settings, reviews, batches, problem -> files.contains(problem.file()), corpus, links, monitor);
    }

    /**
     * The load problems the filter keeps, the rules on these reviews and batches, and their web links if asked; with
     * {@code corpus}, the corpus documents that cannot be read (the filter applies to them too).
     */
    private static List<ReportEntry> check(RfyWorkspace ws, ValidationSettings settings, List<io.rfy.model.Review> reviews,
            List<io.rfy.model.Batch> batches, java.util.function.Predicate<StoreProblem> problems, boolean corpus,
            LinkChecker links, IProgressMonitor monitor) {
        List<EObject> roots = new ArrayList<>(reviews);
        roots.addAll(batches);
        SubMonitor progress = SubMonitor.convert(monitor, "Validating " + ws.root().getFileName(),
                roots.size() + (links == null ? 0 : 4 * roots.size()));
        List<ReportEntry> report = new ArrayList<>();
        for (StoreProblem p : ws.problems()) {
            if (problems.test(p)) {
                report.add(new ReportEntry(p.severity(), p.code(), io.rfy.habr.SafeUrl.shortenLongWords(p.getMessage()),
                        p.file(), p.getLine(), p.getColumn(), p.suggestion()));
            }
        }
        // a registry of our own, so that nothing global has to be set up and plug-ins' validators do not interfere
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(RfyPackage.eINSTANCE, new RfyValidator());
        Diagnostician diagnostician = new Diagnostician(registry);
        Map<Object, Object> context = new HashMap<>(diagnostician.createDefaultContext());
        WorkspaceIndex index = new WorkspaceIndex(ws, settings);
        context.put(WorkspaceIndex.class, index);
        if (corpus) {
            for (StoreProblem p : index.unreadableDocuments()) {
                if (problems.test(p)) {
                    report.add(new ReportEntry(p.severity(), p.code(), io.rfy.habr.SafeUrl.shortenLongWords(p.getMessage()),
                            p.file(), p.getLine(), p.getColumn(), p.suggestion()));
                }
            }
        }
        for (EObject root : roots) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(root);
            diagnostician.validate(root, diagnostics, context);
            for (Diagnostic d : diagnostics.getChildren()) {
                if (d.getData().size() > 1 && d.getData().get(1) instanceof Finding f) {
                    report.add(entry(ws, f));
                }
            }
            progress.worked(1);
        }
        if (links != null) {
            for (Finding f : OnlineChecks.run(reviews, batches, links, progress.split(4 * roots.size()))) {
                report.add(entry(ws, f));
            }
        }
        report.sort(ORDER);
        return report;
    }

    /**
     * The online check of the papers' metadata ({@code rfy.paper.metadata-mismatch}): each paper with an identifier
     * against the record of it. To be added to a report of {@link #run}; then {@link #sort} it.
     *
     * @param failures told of each lookup that failed (the paper is then not checked)
     */
    public static List<ReportEntry> metadataMismatches(RfyWorkspace ws, io.rfy.metadata.MetadataLookup lookup,
            java.util.function.Consumer<String> failures) {
        List<ReportEntry> report = new ArrayList<>();
        for (Finding f : MetadataChecks.run(ws.reviews(), lookup, failures)) {
            report.add(entry(ws, f));
        }
        return report;
    }

    /**
     * {@link #metadataMismatches} for the reviews of some files only (workspace-relative paths). The IDE's builder calls
     * it with a lookup that answers from the cache alone, so records fetched once (by a fill, a new review or
     * {@code rfy validate --online}) are compared on every build without going online.
     */
    public static List<ReportEntry> metadataMismatchesOn(RfyWorkspace ws, java.util.Set<String> files,
            io.rfy.metadata.MetadataLookup lookup, java.util.function.Consumer<String> failures) {
        List<io.rfy.model.Review> reviews = ws.reviews().stream()
                .filter(r -> files.contains(ws.relative(r.eResource()))).toList();
        List<ReportEntry> report = new ArrayList<>();
        for (Finding f : MetadataChecks.run(reviews, lookup, failures)) {
            report.add(entry(ws, f));
        }
        return report;
    }

    /** A report in the order {@link #run} gives it: errors first, then by file and position. */
    public static List<ReportEntry> sort(List<ReportEntry> report) {
        List<ReportEntry> sorted = new ArrayList<>(report);
        sorted.sort(ORDER);
        return sorted;
    }

    private static final Comparator<ReportEntry> ORDER = Comparator.comparing(ReportEntry::severity)
            .thenComparing(ReportEntry::file).thenComparingInt(ReportEntry::line).thenComparingInt(ReportEntry::column);

    /**
     * The keys by which the rule {@code rfy.paper.reviewed-twice} recognises two entries as one paper (arXiv id, DOI,
     * normalised title): reviews sharing a key depend on each other's findings.
     */
    public static List<String> paperKeys(io.rfy.model.Paper paper) {
        return WorkspaceIndex.paperKeys(paper);
    }

    private static ReportEntry entry(RfyWorkspace ws, Finding f) {
        SourceLocation.Position at;
        if (f.bodyOffset() >= 0) {
            at = bodyPosition(f);
        } else if (f.index() >= 0) {
            at = SourceLocation.of(f.object(), f.feature(), f.index());
        } else {
            at = f.feature() == null ? SourceLocation.of(f.object()) : SourceLocation.of(f.object(), f.feature());
        }
        String file = f.object().eResource() == null ? "" : ws.relative(f.object().eResource());
        // a message names the URL it is about: a huge one is cut (the suggestion, a fix, and the url key stay whole)
        return new ReportEntry(f.rule().severity(), f.rule().code(), io.rfy.habr.SafeUrl.shortenLongWords(f.message()),
                file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), f.suggestion(), f.url());
    }

    /** A position inside the body: the body's first line plus the lines before the offset. */
    private static SourceLocation.Position bodyPosition(Finding f) {
        SourceLocation.Position start = SourceLocation.of(f.object(), f.feature());
        String body = (String) f.object().eGet(f.feature());
        int line = start == null ? 1 : start.line();
        int lineStart = 0;
        for (int i = 0; i < f.bodyOffset(); i++) {
            if (body.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation.Position(line, body.codePointCount(lineStart, f.bodyOffset()) + 1);
    }

    /** Whether the report holds an error (what makes {@code rfy validate} exit with 1). */
    public static boolean hasErrors(List<ReportEntry> report) {
        return report.stream().anyMatch(e -> e.severity() == StoreProblem.Severity.ERROR);
    }
}
