package io.rfy.habr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

import io.rfy.model.Review;
import io.rfy.model.Reviewer;
import io.rfy.model.ReviewerRegistry;
import io.rfy.model.RfyFactory;
import io.rfy.store.BatchResource;
import io.rfy.store.ReviewResource;
import io.rfy.store.ReviewersResource;
import io.rfy.store.RfyResource;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.WorkspaceLayout;

/**
 * Writes an imported batch into a workspace folder: one file per review, the batch file, and the reviewers added
 * to {@code reviewers.yaml} (a reviewer already there, by Slack handle or name, is reused, not duplicated).
 * All or nothing: every file is first written to a staging folder under {@code .rfy/}, and only when all of them
 * are written are they moved into place. An existing file with other content is never overwritten.
 */
public final class WorkspaceImport {

    /** The import would overwrite something, or the workspace cannot be read. */
    public static final class ConflictException extends IOException {
        private static final long serialVersionUID = 1L;

        ConflictException(String message) {
            super(message);
        }
    }

    private static final String REVIEWERS = WorkspaceLayout.REVIEWERS_FILE;

    private WorkspaceImport() {
    }

    /** Moves one staged file into place; a seam for tests that make the n-th move fail. */
    interface Mover {
        void move(Path staged, Path target) throws IOException;
    }

    private static final Mover ATOMIC_MOVE = (staged, target) -> {
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    /** @return the workspace-relative paths of the files written (files already there with the same content are not) */
    public static List<String> write(ImportedBatch imported, Path workspace) throws IOException {
        return write(imported, workspace, ATOMIC_MOVE);
    }

    /**
     * What {@link #write} would write, checked the same way but writing nothing: the workspace-relative paths of the
     * new or changed files (reviewers.yaml among them when reviewers are added), for a wizard's preview.
     *
     * @throws ConflictException when the import would be refused (an id taken, a file with other content, too large)
     */
    public static List<String> check(ImportedBatch imported, Path workspace) throws IOException {
        return new ArrayList<>(toWrite(workspace, plan(imported, workspace), Set.of(REVIEWERS)).keySet());
    }

    static List<String> write(ImportedBatch imported, Path workspace, Mover mover) throws IOException {
        Files.createDirectories(workspace);
        return writeFiles(workspace, plan(imported, workspace), Set.of(REVIEWERS), mover);
    }

    /** Every file of the import, by workspace-relative path, after the checks against the workspace's ids. */
    private static Map<String, byte[]> plan(ImportedBatch imported, Path workspace) throws IOException {
        RfyWorkspace existing = RfyWorkspace.load(workspace);
        byte[] reviewers = mergeReviewers(imported.reviewers(), existing);

        Map<String, EObject> files = new LinkedHashMap<>();
        for (Review review : imported.reviews()) {
            String period = imported.batch().getPeriod() == null ? "undated" : imported.batch().getPeriod();
            Review other = existing.review(review.getId());
            String path = WorkspaceLayout.reviewPath(period, review.getId());
            if (other != null && !existing.relative(other.eResource()).equals(path)) {
                throw new ConflictException("review id '" + review.getId() + "' is already used by "
                        + existing.relative(other.eResource()));
            }
            if (files.put(path, review) != null) {
                throw new ConflictException("two imported reviews have the id '" + review.getId() + "'");
            }
        }
        files.put(WorkspaceLayout.batchPath(imported.batch().getId()), imported.batch());

        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (Map.Entry<String, EObject> f : files.entrySet()) {
            contents.put(f.getKey(), render(f.getKey(), f.getValue()));
        }
        if (reviewers != null) {
            contents.put(REVIEWERS, reviewers);
        }
        return contents;
    }

    /**
     * Writes files into a workspace, all or nothing: staged under {@code .rfy/}, then moved in; if a move fails, the
     * files moved so far are taken out again and a replaced file is put back.
     *
     * @param contents workspace-relative path ({@code /}-separated) to the file's bytes
     * @param replaceable the paths that may replace an existing file with other content; any other existing file with
     *        other content stops the whole write ({@link ConflictException}) before anything is written
     * @return the paths written (a file already there with the same bytes is not written again)
     */
    public static List<String> writeFiles(Path workspace, Map<String, byte[]> contents, Set<String> replaceable)
            throws IOException {
        return writeFiles(workspace, contents, replaceable, ATOMIC_MOVE);
    }

    static List<String> writeFiles(Path workspace, Map<String, byte[]> contents, Set<String> replaceable, Mover mover)
            throws IOException {
        Files.createDirectories(workspace);
        Map<String, byte[]> toWrite = toWrite(workspace, contents, replaceable);
        Path staging = workspace.resolve(WorkspaceLayout.CACHE).resolve("import-" + System.nanoTime());
        try {
            List<String> written = new ArrayList<>();
            for (Map.Entry<String, byte[]> c : toWrite.entrySet()) {
                Path staged = staging.resolve("new").resolve(c.getKey());
                Files.createDirectories(staged.getParent());
                Files.write(staged, c.getValue());
                written.add(c.getKey());
            }
            moveIn(written, staging, workspace, mover);
            return written;
        } finally {
            deleteTree(staging);
        }
    }

    /** The files that {@link #writeFiles} would write, after every check that can refuse the whole write. */
    private static Map<String, byte[]> toWrite(Path workspace, Map<String, byte[]> contents, Set<String> replaceable)
            throws IOException {
        Map<String, byte[]> toWrite = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> c : contents.entrySet()) {
            if (c.getValue().length > io.rfy.store.RfyResource.DEFAULT_MAX_BYTES) {
                // the store would refuse to read it back: refuse to write it
                throw new ConflictException(String.format(java.util.Locale.ROOT, "%s would be %.1f MB, over the"
                        + " %.0f MB limit of a workspace file; nothing was imported", c.getKey(),
                        c.getValue().length / 1048576.0, io.rfy.store.RfyResource.DEFAULT_MAX_BYTES / 1048576.0));
            }
        }
        for (Map.Entry<String, byte[]> c : contents.entrySet()) {
            Path target = workspace.resolve(c.getKey());
            checkFolders(workspace, c.getKey());
            if (Files.exists(target)) {
                if (Arrays.equals(Files.readAllBytes(target), c.getValue())) {
                    continue; // imported before: nothing to do
                }
                if (!replaceable.contains(c.getKey())) {
                    throw new ConflictException(c.getKey() + " already exists with other content; move it away or"
                            + " import into another workspace");
                }
            }
            toWrite.put(c.getKey(), c.getValue());
        }
        return toWrite;
    }

    /**
     * The imported reviewers merged into the workspace's {@code reviewers.yaml}: one already there (same Slack
     * handle, else same name) is reused and the imported one takes its id; a new one is added with a free id.
     *
     * @return the new text of {@code reviewers.yaml}, or null when it stays as it is
     */
    public static byte[] mergeReviewers(List<Reviewer> imported, RfyWorkspace existing) throws ConflictException {
        if (existing.hasErrors() && existing.reviewers().eResource() != null
                && !((RfyResource) existing.reviewers().eResource()).isWritable()) {
            throw new ConflictException(existing.root().resolve(REVIEWERS) + " cannot be read; fix it before importing");
        }
        ReviewerRegistry registry = existing.reviewers().eResource() != null ? existing.reviewers()
                : RfyFactory.eINSTANCE.createReviewerRegistry();
        return mergeReviewers(imported, registry) ? renderReviewers(registry, existing) : null;
    }

    /** Refuses, before anything is written, a path whose folder is taken by a file ({@code batches} as a file). */
    private static void checkFolders(Path workspace, String path) throws ConflictException {
        Path folder = workspace;
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            folder = folder.resolve(parts[i]);
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new ConflictException(workspace.relativize(folder) + " is a file, but the import needs it as a folder"
                        + " (for " + path + ")");
            }
        }
    }

    /**
     * Moves the staged files into the workspace; if one move fails, the ones already moved are taken out again and a
     * replaced file (only reviewers.yaml is ever replaced) is put back, so the workspace is as it was.
     */
    private static void moveIn(List<String> paths, Path staging, Path workspace, Mover mover) throws IOException {
        List<Path> moved = new ArrayList<>();
        List<Path> createdFolders = new ArrayList<>();
        Map<Path, Path> backups = new LinkedHashMap<>();
        try {
            for (String path : paths) {
                Path target = workspace.resolve(path);
                if (Files.exists(target)) {
                    Path backup = staging.resolve("old").resolve(path);
                    Files.createDirectories(backup.getParent());
                    Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
                    backups.put(target, backup);
                }
                List<Path> missing = new ArrayList<>();
                for (Path f = target.getParent(); f != null && !Files.exists(f); f = f.getParent()) {
                    missing.add(0, f);
                }
                for (Path f : missing) {
                    Files.createDirectory(f);
                    createdFolders.add(f);
                }
                mover.move(staging.resolve("new").resolve(path), target);
                moved.add(target);
            }
        } catch (IOException | RuntimeException e) {
            for (Path target : moved) {
                try {
                    Path backup = backups.get(target);
                    if (backup != null) {
                        Files.copy(backup, target, StandardCopyOption.REPLACE_EXISTING);
                    } else {
                        Files.deleteIfExists(target);
                    }
                } catch (IOException undo) {
                    e.addSuppressed(undo);
                }
            }
            for (int i = createdFolders.size() - 1; i >= 0; i--) {
                try {
                    Files.deleteIfExists(createdFolders.get(i));
                } catch (IOException undo) {
                    e.addSuppressed(undo);
                }
            }
            throw e;
        }
    }

    /** Adds the imported reviewers that are new, and points the imported ones at the ids already in use. */
    private static boolean mergeReviewers(List<Reviewer> imported, ReviewerRegistry registry) {
        boolean changed = false;
        Set<String> ids = new HashSet<>();
        registry.getReviewers().forEach(r -> ids.add(r.getId()));
        for (Reviewer r : imported) {
            Reviewer same = registry.getReviewers().stream().filter(e -> sameSlack(e, r)
                    || e.getName() != null && e.getName().equals(r.getName())).findFirst().orElse(null);
            if (same != null) {
                r.setId(same.getId());
                continue;
            }
            String id = r.getId();
            for (int n = 2; ids.contains(id); n++) {
                id = r.getId() + "-" + n;
            }
            r.setId(id);
            ids.add(id);
            Reviewer copy = RfyFactory.eINSTANCE.createReviewer();
            copy.setId(id);
            copy.setName(r.getName());
            copy.setSlack(r.getSlack());
            copy.setHabr(r.getHabr());
            registry.getReviewers().add(copy);
            changed = true;
        }
        return changed;
    }

    private static boolean sameSlack(Reviewer a, Reviewer b) {
        return a.getSlack() != null && b.getSlack() != null
                && a.getSlack().toLowerCase(Locale.ROOT).equals(b.getSlack().toLowerCase(Locale.ROOT));
    }

    /** The file's text as the store writes it, without touching the disk (the resource is never attached). */
    public static byte[] render(String path, EObject root) {
        URI uri = URI.createFileURI("/" + path);
        RfyResource resource = WorkspaceLayout.kindOf(path) == WorkspaceLayout.Kind.BATCH ? new BatchResource(uri)
                : new ReviewResource(uri);
        resource.getContents().add(root);
        return resource.serialize().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] renderReviewers(ReviewerRegistry registry, RfyWorkspace existing) {
        RfyResource resource = registry.eResource() instanceof RfyResource r ? r
                : new ReviewersResource(URI.createFileURI(existing.root().resolve(WorkspaceLayout.REVIEWERS_FILE).toString()));
        if (registry.eResource() == null) {
            resource.getContents().add(registry);
        }
        return resource.serialize().getBytes(StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
