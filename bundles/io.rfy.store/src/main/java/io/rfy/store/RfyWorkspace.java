package io.rfy.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.InternalEList;

import io.rfy.model.Batch;
import io.rfy.model.CrossLink;
import io.rfy.model.Review;
import io.rfy.model.ReviewCrossLink;
import io.rfy.model.Reviewer;
import io.rfy.model.ReviewerRegistry;
import io.rfy.model.RfyFactory;
import io.rfy.model.RfyPackage;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.StoreProblem.Severity;

/**
 * A workspace folder loaded into one EMF {@link ResourceSet}: {@code reviewers.yaml}, {@code reviews/<yyyy-mm>/*.md}
 * and {@code batches/*.md}, with references between them resolved by id. What cannot be read or resolved is
 * reported as {@link StoreProblem}s with file, line and column; the rest of the workspace still loads.
 */
public final class RfyWorkspace {

    /** The folders, as {@link WorkspaceLayout} names them (kept here for the callers that read them from here). */
    public static final String REVIEWS = WorkspaceLayout.REVIEWS;
    public static final String BATCHES = WorkspaceLayout.BATCHES;
    public static final String CORPUS = WorkspaceLayout.CORPUS;

    /** Files are read in chunks so that progress and cancellation are checked between them. */
    private static final int CHUNK = 512;

    private final Path root;
    private final ResourceSetImpl resourceSet = new ResourceSetImpl();

    // What was read, per file (kept so that one file can be read again without reading the others)
    private Resource reviewersResource;
    private final TreeMap<Path, Resource> reviewResources = new TreeMap<>();
    private final TreeMap<Path, Resource> batchResources = new TreeMap<>();
    private final TreeSet<Path> misplacedFiles = new TreeSet<>();
    /** Folders under reviews/ that could not be listed, with the reason (permissions): reported, never thrown. */
    private final TreeMap<Path, String> unreadableFolders = new TreeMap<>();

    // Derived from the files by assemble(), in the same way after a full load and after a reload
    private final List<StoreProblem> problems = new ArrayList<>();
    private final Map<String, Review> reviewsById = new LinkedHashMap<>();
    private final Map<String, Reviewer> reviewersById = new HashMap<>();
    private final List<Batch> batches = new ArrayList<>();
    private ReviewerRegistry registry;

    /** One file read again by {@link #reload}: its root object before and after (null where there was none). */
    public record Reloaded(String file, EObject before, EObject after) {
    }

    private RfyWorkspace(Path root) {
        this.root = root;
        RfyResourceFactory factory = new RfyResourceFactory();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("md", factory);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("yaml", factory);
        resourceSet.getPackageRegistry().put(RfyPackage.eNS_URI, RfyPackage.eINSTANCE);
    }

    public static RfyWorkspace load(Path root) throws IOException {
        return load(root, null);
    }

    /**
     * @throws IOException when {@code root} is not a readable folder (problems inside files are not thrown)
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static RfyWorkspace load(Path root, IProgressMonitor monitor) throws IOException {
        if (!Files.exists(root)) {
            throw new NoSuchFileException(root.toString(), null, "no such workspace folder");
        }
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(root.toString());
        }
        RfyWorkspace ws = new RfyWorkspace(root.toAbsolutePath().normalize());
        ws.read(monitor);
        return ws;
    }

    private void read(IProgressMonitor monitor) throws IOException {
        List<Path> reviewFiles = reviewFiles();
        List<Path> batchFiles = markdownFiles(root.resolve(BATCHES));
        SubMonitor progress = SubMonitor.convert(monitor, "Loading workspace " + root.getFileName(),
                reviewFiles.size() + batchFiles.size() + 2);
        Path reviewersFile = root.resolve(WorkspaceLayout.REVIEWERS_FILE);
        if (Files.isRegularFile(reviewersFile)) {
            reviewersResource = loadAll(List.of(reviewersFile), progress).get(0);
        }
        List<Resource> reviews = loadAll(reviewFiles, progress);
        for (int i = 0; i < reviewFiles.size(); i++) {
            reviewResources.put(reviewFiles.get(i), reviews.get(i));
        }
        List<Resource> batchList = loadAll(batchFiles, progress);
        for (int i = 0; i < batchFiles.size(); i++) {
            batchResources.put(batchFiles.get(i), batchList.get(i));
        }
        assemble();
        progress.done();
    }

    /**
     * Reads the given files again (changed, added or deleted since they were read; others are left as they are) and
     * re-resolves the references between all files by id, so that the model and {@link #problems()} are what a
     * fresh {@link #load} would give. A file that no longer parses is reported like at load and its old model is
     * dropped, as a full load would not have it either; its resource stays unwritable, so it is never overwritten.
     * Paths outside the files the store reads (corpus documents, caches) are ignored.
     *
     * @param files absolute or workspace-relative paths
     * @return what each file held before and holds now, for the files the store reads
     * @throws IOException declared for folder errors; a file that cannot be read becomes a {@code store.unreadable} finding
     */
    public List<Reloaded> reload(Collection<Path> files) throws IOException {
        List<Reloaded> result = new ArrayList<>();
        // read everything first, so that an unreadable file leaves the workspace as it was
        Map<Path, Resource> fresh = new LinkedHashMap<>();
        RfyResourceFactory factory = new RfyResourceFactory();
        for (Path given : files) {
            Path file = root.resolve(given).toAbsolutePath().normalize();
            if (kindOf(file) != null && Files.isRegularFile(file)) {
                try {
                    fresh.put(file, loadOne(factory, file));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else if (kindOf(file) != null) {
                fresh.put(file, null);
            }
        }
        for (Map.Entry<Path, Resource> e : fresh.entrySet()) {
            Path file = e.getKey();
            Resource now = e.getValue();
            Resource before = switch (kindOf(file)) {
                case REVIEWERS -> replaceReviewers(now);
                case REVIEW -> replace(reviewResources, file, now);
                case BATCH -> replace(batchResources, file, now);
                case MISPLACED -> {
                    if (now == null) {
                        misplacedFiles.remove(file);
                    } else {
                        misplacedFiles.add(file);
                    }
                    yield null;
                }
            };
            result.add(new Reloaded(relative(file), rootOf(before), rootOf(now)));
        }
        assemble();
        return result;
    }

    private enum FileKind {
        REVIEWERS, REVIEW, MISPLACED, BATCH
    }

    /** Which of the store's files a path is, as the full load would see it; null for any other path. */
    private FileKind kindOf(Path file) {
        WorkspaceLayout.Kind kind = WorkspaceLayout.kindOf(root, file);
        return kind == null ? null : switch (kind) {
            case REVIEWERS -> FileKind.REVIEWERS;
            case REVIEW -> FileKind.REVIEW;
            case MISPLACED_REVIEW -> FileKind.MISPLACED;
            case BATCH -> FileKind.BATCH;
            case CORPUS_DOCUMENT -> null;
        };
    }

    private Resource replaceReviewers(Resource now) {
        Resource before = reviewersResource;
        swap(before, now);
        reviewersResource = now;
        return before;
    }

    private Resource replace(TreeMap<Path, Resource> map, Path file, Resource now) {
        Resource before = now == null ? map.remove(file) : map.put(file, now);
        swap(before, now);
        return before;
    }

    /** Puts the new resource where the old one was in the resource set (or at the end, or nowhere). */
    private void swap(Resource before, Resource now) {
        EList<Resource> resources = resourceSet.getResources();
        int at = before == null ? -1 : resources.indexOf(before);
        if (at >= 0 && now != null) {
            resources.set(at, now);
        } else {
            if (at >= 0) {
                resources.remove(at);
            }
            if (now != null) {
                resources.add(now);
            }
        }
        if (before != null) {
            loadProblems.remove(before);
        }
        if (now != null) {
            reportLoadProblems(now);
        }
    }

    private static EObject rootOf(Resource r) {
        return r == null || r.getContents().isEmpty() ? null : r.getContents().get(0);
    }

    /**
     * Derives the registry, the id maps, the batch list, the proxy map and every problem from the files as read,
     * in file order: the one place both a full load and a reload go through, so they cannot disagree.
     */
    private void assemble() {
        problems.clear();
        reviewsById.clear();
        reviewersById.clear();
        batches.clear();
        uriResourceMap().clear();
        for (Path p : misplacedFiles) {
            problems.add(new StoreProblem(Severity.WARNING, "store.misplaced-file", "not read: review files"
                    + " live in reviews/<yyyy-mm>/<id>.md", relative(p), 1, 1));
        }
        for (Map.Entry<Path, String> e : unreadableFolders.entrySet()) {
            problems.add(new StoreProblem(Severity.ERROR, "store.unreadable", "the folder cannot be read (" + e.getValue()
                    + "); the files in it were not loaded", relative(e.getKey()), 1, 1));
        }
        for (Path p : staleTemporaries()) {
            String name = AtomicFile.TEMPORARY.matcher(p.getFileName().toString()).replaceFirst("$1");
            problems.add(new StoreProblem(Severity.WARNING, "store.stale-temp", "a temporary file left by an interrupted"
                    + " save of " + name + " (not read; the next save of " + name + " removes it)", relative(p), 1, 1,
                    "delete"));
        }
        registry = null;
        if (reviewersResource != null) {
            problems.addAll(loadProblems(reviewersResource));
            registry = (ReviewerRegistry) rootOf(reviewersResource);
        } else {
            problems.add(new StoreProblem(Severity.WARNING, "store.no-reviewers", "the workspace has no "
                    + WorkspaceLayout.REVIEWERS_FILE + "; reviewers cannot be resolved", WorkspaceLayout.REVIEWERS_FILE, 0, 0));
        }
        if (registry == null) {
            registry = RfyFactory.eINSTANCE.createReviewerRegistry();
        }
        for (Reviewer r : registry.getReviewers()) {
            if (r.getId() != null) {
                reviewersById.putIfAbsent(r.getId(), r);
            }
        }
        for (Resource r : reviewResources.values()) {
            problems.addAll(loadProblems(r));
        }
        for (Resource r : reviewResources.values()) {
            if (rootOf(r) instanceof Review review) {
                Review earlier = reviewsById.putIfAbsent(review.getId(), review);
                if (earlier != null) {
                    problems.add(problem(Severity.ERROR, "store.duplicate-id", "review id '" + review.getId()
                            + "' is also used by " + relative(earlier.eResource()), review, null));
                } else {
                    uriResourceMap().put(Ids.reviewUri(review.getId()).trimFragment(), r);
                }
            }
        }
        for (Resource r : batchResources.values()) {
            problems.addAll(loadProblems(r));
            if (rootOf(r) instanceof Batch batch) {
                batches.add(batch);
            }
        }
        resolveReferences();
    }

    /** A resource's own problems with the file named relative to the root; computed once per read of the file. */
    private final Map<Resource, List<StoreProblem>> loadProblems = new java.util.IdentityHashMap<>();

    private void reportLoadProblems(Resource r) {
        List<StoreProblem> list = new ArrayList<>();
        for (Resource.Diagnostic d : r.getErrors()) {
            list.add(((StoreProblem) d).withFile(relative(r)));
        }
        for (Resource.Diagnostic d : r.getWarnings()) {
            list.add(((StoreProblem) d).withFile(relative(r)));
        }
        loadProblems.put(r, list);
    }

    private List<StoreProblem> loadProblems(Resource r) {
        List<StoreProblem> list = loadProblems.get(r);
        if (list == null) {
            reportLoadProblems(r);
            list = loadProblems.get(r);
        }
        return list;
    }

    /** Lets {@code rfy:/review/<id>} proxies, e.g. ones created by later edits, resolve without a demand load. */
    private Map<URI, Resource> uriResourceMap() {
        if (resourceSet.getURIResourceMap() == null) {
            resourceSet.setURIResourceMap(new HashMap<>());
        }
        return resourceSet.getURIResourceMap();
    }

    private List<Path> reviewFiles() throws IOException {
        Path reviews = root.resolve(REVIEWS);
        if (!Files.isDirectory(reviews)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(reviews, new java.nio.file.SimpleFileVisitor<Path>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes attrs) {
                // Files.isRegularFile follows a symbolic link, as the loader always did
                if (p.toString().endsWith(WorkspaceLayout.MARKDOWN) && Files.isRegularFile(p)) {
                    (WorkspaceLayout.kindOf(root, p) == WorkspaceLayout.Kind.REVIEW ? files : misplacedFiles).add(p);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                unreadableFolders.put(p, reason(e));
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /** "permission denied" rather than the exception's class name and path. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Our temporary files left by interrupted saves, beside the files the store writes. */
    private List<Path> staleTemporaries() {
        List<Path> stale = new ArrayList<>();
        try {
            stale.addAll(AtomicFile.staleTemporaries(root));
            stale.addAll(AtomicFile.staleTemporaries(root.resolve(BATCHES)));
            Path reviews = root.resolve(REVIEWS);
            if (Files.isDirectory(reviews)) {
                try (Stream<Path> periods = Files.list(reviews)) {
                    for (Path period : (Iterable<Path>) periods.filter(Files::isDirectory).sorted()::iterator) {
                        stale.addAll(AtomicFile.staleTemporaries(period));
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // an unreadable folder is reported on its own
        }
        return stale;
    }

    private List<Path> markdownFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(WorkspaceLayout.MARKDOWN) && Files.isRegularFile(p)).sorted()
                    .toList();
        } catch (java.nio.file.AccessDeniedException e) {
            unreadableFolders.put(dir, reason(e));
            return List.of();
        }
    }

    /** Reads files in parallel (each resource on its own), then adds them to the resource set in order. */
    private List<Resource> loadAll(List<Path> files, SubMonitor progress) throws IOException {
        List<Resource> loaded = new ArrayList<>(files.size());
        RfyResourceFactory factory = new RfyResourceFactory();
        for (int from = 0; from < files.size(); from += CHUNK) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<Path> chunk = files.subList(from, Math.min(files.size(), from + CHUNK));
            try {
                loaded.addAll(chunk.parallelStream().map(p -> loadOne(factory, p)).toList());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            progress.worked(chunk.size());
        }
        ((InternalEList<Resource>) resourceSet.getResources()).addAllUnique(loaded);
        return loaded;
    }

    /**
     * A file that cannot be opened or read (permissions, an I/O error) becomes a resource holding that one error,
     * so one unreadable review is a finding and the rest of the workspace is still checked.
     */
    private static Resource loadOne(RfyResourceFactory factory, Path file) {
        Resource resource = factory.createResource(URI.createFileURI(file.toString()));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            resource.load(in, null);
        } catch (IOException e) {
            resource.getContents().clear();
            resource.getErrors().add(new StoreProblem(Severity.ERROR, "store.unreadable", "the file cannot be read ("
                    + reason(e) + ")", file.toString(), 1, 1));
        }
        return resource;
    }

    /**
     * Points every reference by id (a review's reviewer and review cross-links, a batch's reviews) at the object
     * that now has that id, or back to a proxy when nothing has it, reporting the ids that name nothing. Works
     * from the ids alone, so it is right after a full load and after any reload alike.
     */
    private void resolveReferences() {
        for (Review review : reviewsById.values()) {
            String reviewer = Ids.of(review, Literals.REVIEW__REVIEWER);
            if (reviewer != null) {
                Reviewer target = reviewersById.get(reviewer);
                Object current = review.eGet(Literals.REVIEW__REVIEWER, false);
                if (target != null) {
                    if (current != target) {
                        review.setReviewer(target);
                    }
                } else {
                    if (!((EObject) current).eIsProxy()) {
                        review.setReviewer(ReviewResource.reviewerProxy(review.eResource().getURI(), reviewer));
                    }
                    problems.add(problem(Severity.ERROR, "store.unknown-reviewer", "unknown reviewer '" + reviewer
                            + "': not in " + WorkspaceLayout.REVIEWERS_FILE + closest(reviewer, reviewersById.keySet()), review,
                            Literals.REVIEW__REVIEWER));
                }
            }
            for (CrossLink link : review.getCrossLinks()) {
                if (link instanceof ReviewCrossLink r) {
                    String id = Ids.of(r, Literals.REVIEW_CROSS_LINK__REVIEW);
                    Review target = id == null ? null : reviewsById.get(id);
                    Object current = r.eGet(Literals.REVIEW_CROSS_LINK__REVIEW, false);
                    if (target != null) {
                        if (current != target) {
                            r.setReview(target);
                        }
                    } else if (id != null) {
                        if (!((EObject) current).eIsProxy()) {
                            r.setReview(ReviewResource.reviewProxy(id));
                        }
                        problems.add(problem(Severity.ERROR, StoreProblem.UNKNOWN_REVIEW, "cross-link to unknown review '"
                                + id + "'" + closest(id, reviewsById.keySet()), link, null));
                    }
                }
            }
        }
        for (Batch batch : batches) {
            @SuppressWarnings("unchecked")
            InternalEList<Review> refs = (InternalEList<Review>) batch.eGet(Literals.BATCH__REVIEWS, false);
            for (int i = 0; i < refs.size(); i++) {
                Review ref = refs.basicGet(i);
                String id = Ids.of(ref);
                Review target = reviewsById.get(id);
                if (target != null) {
                    if (ref != target) {
                        refs.setUnique(i, target);
                    }
                } else {
                    if (!ref.eIsProxy()) {
                        refs.setUnique(i, ReviewResource.reviewProxy(id));
                    }
                    SourceLocation.Position at = SourceLocation.of(batch, Literals.BATCH__REVIEWS, i);
                    problems.add(new StoreProblem(Severity.ERROR, StoreProblem.UNKNOWN_REVIEW, "the batch lists unknown review '"
                            + id + "'" + closest(id, reviewsById.keySet()), relative(batch.eResource()),
                            at == null ? 0 : at.line(), at == null ? 0 : at.column()));
                }
            }
        }
    }

    /** ", did you mean 'x'?" for a near miss (edit distance at most 2), else nothing. */
    public static String closest(String id, Iterable<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = EditDistance.of(id, k, bestDistance);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    private StoreProblem problem(Severity severity, String code, String message, EObject object, EReference feature) {
        SourceLocation.Position at = feature == null ? SourceLocation.of(object) : SourceLocation.of(object, feature);
        return new StoreProblem(severity, code, message, relative(object.eResource()), at == null ? 0 : at.line(),
                at == null ? 0 : at.column());
    }

    /** The path of a resource's file relative to the workspace root, with '/' separators. */
    public String relative(Resource resource) {
        return relative(Path.of(resource.getURI().toFileString()));
    }

    private String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    public Path root() {
        return root;
    }

    public ResourceSet resourceSet() {
        return resourceSet;
    }

    public ReviewerRegistry reviewers() {
        return registry;
    }

    /** Reviews in file order (by period folder, then id). */
    public List<Review> reviews() {
        return List.copyOf(reviewsById.values());
    }

    public Review review(String id) {
        return reviewsById.get(id);
    }

    public Reviewer reviewer(String id) {
        return reviewersById.get(id);
    }

    public List<Batch> batches() {
        return Collections.unmodifiableList(batches);
    }

    /** Everything found while loading, errors first, then by file and line. */
    public List<StoreProblem> problems() {
        List<StoreProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(StoreProblem::severity).thenComparing(StoreProblem::file)
                .thenComparingInt(StoreProblem::getLine).thenComparingInt(StoreProblem::getColumn));
        return sorted;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** The corpus documents as files: {@code corpus/<doc-id>.<ext>}, sorted by id. */
    public List<Path> corpusFiles() throws IOException {
        Path dir = root.resolve(CORPUS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> WorkspaceLayout.kindOf(root, p) == WorkspaceLayout.Kind.CORPUS_DOCUMENT).sorted().toList();
        }
    }
}
