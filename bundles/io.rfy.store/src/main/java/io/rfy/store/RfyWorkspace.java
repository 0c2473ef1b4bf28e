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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    public static final String REVIEWS = "reviews";
    public static final String BATCHES = "batches";
    public static final String CORPUS = "corpus";

    /** Files are read in chunks so that progress and cancellation are checked between them. */
    private static final int CHUNK = 512;

    private final Path root;
    private final ResourceSetImpl resourceSet = new ResourceSetImpl();
    private final List<StoreProblem> problems = new ArrayList<>();
    private final Map<String, Review> reviewsById = new LinkedHashMap<>();
    private final Map<String, Reviewer> reviewersById = new HashMap<>();
    private final List<Batch> batches = new ArrayList<>();
    private ReviewerRegistry registry;

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

        Path reviewersFile = root.resolve(Ids.REVIEWERS_FILE);
        if (Files.isRegularFile(reviewersFile)) {
            Resource r = loadAll(List.of(reviewersFile), progress).get(0);
            registry = r.getContents().isEmpty() ? null : (ReviewerRegistry) r.getContents().get(0);
        } else {
            problems.add(new StoreProblem(Severity.WARNING, "store.no-reviewers", "the workspace has no "
                    + Ids.REVIEWERS_FILE + "; reviewers cannot be resolved", Ids.REVIEWERS_FILE, 0, 0));
        }
        if (registry == null) {
            registry = RfyFactory.eINSTANCE.createReviewerRegistry();
        }
        for (Reviewer r : registry.getReviewers()) {
            if (r.getId() != null) {
                reviewersById.putIfAbsent(r.getId(), r);
            }
        }
        for (Resource r : loadAll(reviewFiles, progress)) {
            if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Review review) {
                Review earlier = reviewsById.putIfAbsent(review.getId(), review);
                if (earlier != null) {
                    problems.add(problem(Severity.ERROR, "store.duplicate-id", "review id '" + review.getId()
                            + "' is also used by " + relative(earlier.eResource()), review, null));
                } else {
                    uriResourceMap().put(Ids.reviewUri(review.getId()).trimFragment(), r);
                }
            }
        }
        for (Resource r : loadAll(batchFiles, progress)) {
            if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Batch batch) {
                batches.add(batch);
            }
        }
        resolveReferences();
        progress.done();
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
        try (Stream<Path> walk = Files.walk(reviews)) {
            for (Path p : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted()::iterator) {
                if (p.getParent().getParent().equals(reviews)) {
                    files.add(p);
                } else {
                    problems.add(new StoreProblem(Severity.WARNING, "store.misplaced-file", "not read: review files"
                            + " live in reviews/<yyyy-mm>/<id>.md", relative(p), 0, 0));
                }
            }
        }
        return files;
    }

    private static List<Path> markdownFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
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
        for (Resource r : loaded) {
            for (Resource.Diagnostic d : r.getErrors()) {
                problems.add(((StoreProblem) d).withFile(relative(r)));
            }
            for (Resource.Diagnostic d : r.getWarnings()) {
                problems.add(((StoreProblem) d).withFile(relative(r)));
            }
        }
        return loaded;
    }

    private static Resource loadOne(RfyResourceFactory factory, Path file) {
        Resource resource = factory.createResource(URI.createFileURI(file.toString()));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            resource.load(in, null);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return resource;
    }

    /** Replaces the id proxies the files hold with the objects they name, reporting the ids that name nothing. */
    private void resolveReferences() {
        for (Review review : reviewsById.values()) {
            String reviewer = Ids.of(review, Literals.REVIEW__REVIEWER);
            if (reviewer != null) {
                Reviewer target = reviewersById.get(reviewer);
                if (target != null) {
                    review.setReviewer(target);
                } else {
                    problems.add(problem(Severity.ERROR, "store.unknown-reviewer", "unknown reviewer '" + reviewer
                            + "': not in " + Ids.REVIEWERS_FILE + closest(reviewer, reviewersById.keySet()), review,
                            Literals.REVIEW__REVIEWER));
                }
            }
            for (CrossLink link : review.getCrossLinks()) {
                if (link instanceof ReviewCrossLink r) {
                    String id = Ids.of(r, Literals.REVIEW_CROSS_LINK__REVIEW);
                    Review target = id == null ? null : reviewsById.get(id);
                    if (target != null) {
                        r.setReview(target);
                    } else if (id != null) {
                        problems.add(problem(Severity.ERROR, "store.unknown-review", "cross-link to unknown review '"
                                + id + "'" + closest(id, reviewsById.keySet()), link, null));
                    }
                }
            }
        }
        for (Batch batch : batches) {
            @SuppressWarnings("unchecked")
            EList<Review> refs = (EList<Review>) batch.eGet(Literals.BATCH__REVIEWS, false);
            for (int i = 0; i < refs.size(); i++) {
                Review ref = refs.get(i);
                if (!ref.eIsProxy()) {
                    continue;
                }
                String id = ((InternalEObject) ref).eProxyURI().fragment();
                Review target = reviewsById.get(id);
                if (target != null) {
                    refs.set(i, target);
                } else {
                    SourceLocation.Position at = SourceLocation.of(batch, Literals.BATCH__REVIEWS, i);
                    problems.add(new StoreProblem(Severity.ERROR, "store.unknown-review", "the batch lists unknown review '"
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
            return list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .toList();
        }
    }
}
