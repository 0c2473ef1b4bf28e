package io.rfy.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.rfy.ide.WorkspaceModels;
import io.rfy.ide.WorkspaceProject;
import io.rfy.store.AtomicFile;
import io.rfy.store.FolderCopy;
import io.rfy.store.RfyWorkspace;

/**
 * The shared workspace model as the IDE uses it: a copy of examples/sample-ws opened as an RFY project, files changed
 * on disk and refreshed the way an editor's save or an external edit reaches Eclipse.
 */
class WorkspaceModelsTest {

    private static final String FLOWTRON = "reviews/2020-05/flowtron.md";

    private final WorkspaceModels models = WorkspaceModels.get();
    private final List<WorkspaceModels.Change> changes = new CopyOnWriteArrayList<>();
    private final WorkspaceModels.Listener listener = changes::add;
    private IProject project;
    private Path folder;

    static Path repo() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/sample-ws"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("examples/sample-ws not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    @BeforeEach
    void open() throws Exception {
        folder = Files.createTempDirectory("rfy-ide-").resolve("models-ws");
        FolderCopy.copy(repo().resolve("examples/sample-ws"), folder);
        project = WorkspaceProject.open(folder, null);
        settle();
        models.addListener(listener);
    }

    @AfterEach
    void close() throws CoreException {
        models.removeListener(listener);
        project.delete(true, true, null);
        settle();
    }

    /** Lets the build and the model's reload-and-notify job run. */
    private void settle() {
        try {
            Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
            models.announcer().join(10_000, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (org.eclipse.core.runtime.OperationCanceledException e) {
            // nothing to wait for
        }
    }

    private void edit(String file, String from, String to) throws IOException, CoreException {
        Path path = folder.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " contains " + from);
        // atomically, as the store and most editors save: a reader never sees half a file
        AtomicFile.write(path, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
        project.getFile(file).refreshLocal(IResource.DEPTH_ZERO, null);
    }

    private String title(String reviewId) throws IOException {
        return models.read(project, null, ws -> ws.review(reviewId).getPapers().get(0).getTitle());
    }

    @Test
    void readersShareOneModelThatFollowsSavedFiles() throws Exception {
        RfyWorkspace first = models.read(project, null, ws -> ws);
        assertSame(first, models.read(project, null, ws -> ws), "one model per project, not one per reader");
        String before = title("flowtron");
        edit(FLOWTRON, "title: \"" + before + "\"", "title: \"Flowtron, edited\"");
        // a read right after the refresh already sees the file, before the listeners are told
        assertEquals("Flowtron, edited", title("flowtron"));
        assertSame(first, models.read(project, null, ws -> ws), "the file was reloaded, not the folder");
        settle();
        assertTrue(changes.stream().anyMatch(c -> c.project().equals(project) && c.files().contains(FLOWTRON)
                && c.touches(RfyWorkspace.REVIEWS) && !c.projectChanged()), changes.toString());
    }

    @Test
    void aNewAndADeletedReviewAreSeen() throws Exception {
        int before = models.read(project, null, ws -> ws.reviews().size());
        Path copy = folder.resolve("reviews/2020-05/flowtron-2.md");
        Files.copy(folder.resolve(FLOWTRON), copy);
        project.getFolder("reviews/2020-05").refreshLocal(IResource.DEPTH_ONE, null);
        assertEquals(before + 1, models.read(project, null, ws -> ws.reviews().size()));
        assertTrue(models.read(project, null, ws -> ws.review("flowtron-2") != null));
        project.getFile("reviews/2020-05/flowtron-2.md").delete(true, null);
        assertEquals(before, models.read(project, null, ws -> ws.reviews().size()));
    }

    @Test
    void markersAreNotChangesOfTheModel() throws Exception {
        models.read(project, null, ws -> ws);
        settle();
        changes.clear();
        IFile file = project.getFile(FLOWTRON);
        IMarker marker = file.createMarker(IMarker.PROBLEM);
        marker.setAttribute(IMarker.MESSAGE, "a builder's marker");
        settle();
        assertTrue(changes.isEmpty(), "a marker is no change of the file: " + changes);
        marker.delete();
    }

    @Test
    void aCorpusDocumentIsAnnouncedButNotReadIntoTheModel() throws Exception {
        RfyWorkspace first = models.read(project, null, ws -> ws);
        settle();
        changes.clear();
        Files.writeString(folder.resolve("corpus/extra.txt"), "Flowtron is named here.\n", StandardCharsets.UTF_8);
        project.getFolder("corpus").refreshLocal(IResource.DEPTH_ONE, null);
        settle();
        assertTrue(changes.stream().anyMatch(c -> c.corpusChanged() && c.files().isEmpty()
                && c.touches(RfyWorkspace.CORPUS) && !c.touches(RfyWorkspace.REVIEWS)), changes.toString());
        assertSame(first, models.read(project, null, ws -> ws));
    }

    @Test
    void aFailedWriteDropsTheModelSoItNeverDiffersFromTheFiles() throws Exception {
        RfyWorkspace first = models.read(project, null, ws -> ws);
        IOException thrown = assertThrows(IOException.class, () -> models.write(project, List.of(FLOWTRON), null, ws -> {
            ws.review("flowtron").getPapers().get(0).setTitle("changed in memory, never saved");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", thrown.getMessage());
        RfyWorkspace next = models.read(project, null, ws -> ws);
        assertNotSame(first, next, "loaded again");
        assertFalse(title("flowtron").startsWith("changed in memory"));
    }

    @Test
    void aWriteFirstReadsWhatChangedOnDiskUnnoticed() throws Exception {
        models.read(project, null, ws -> ws);
        Path path = folder.resolve(FLOWTRON);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String title = title("flowtron");
        // changed outside Eclipse and not refreshed: no resource delta
        Files.writeString(path, text.replace("title: \"" + title + "\"", "title: \"Changed outside\""),
                StandardCharsets.UTF_8);
        String seen = models.write(project, List.of(FLOWTRON), null,
                ws -> ws.review("flowtron").getPapers().get(0).getTitle());
        assertEquals("Changed outside", seen);
    }

    @Test
    void readersOnSeveralThreadsWhileFilesChange() throws Exception {
        models.read(project, null, ws -> ws);
        String title = title("flowtron");
        int reviews = models.read(project, null, ws -> ws.reviews().size());
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> readers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            readers.add(pool.submit(() -> {
                int reads = 0;
                while (!stop.get()) {
                    int n = models.read(project, null, ws -> {
                        // walks the whole model: a reload meanwhile would break the iteration or the counts
                        ws.reviews().forEach(r -> r.getPapers().forEach(p -> p.getTitle().length()));
                        ws.batches().forEach(b -> b.getReviews().size());
                        return ws.reviews().size();
                    });
                    assertEquals(reviews, n);
                    reads++;
                }
                return reads;
            }));
        }
        String current = title;
        for (int i = 0; i < 15; i++) {
            String next = "Flowtron " + i;
            edit(FLOWTRON, "title: \"" + current + "\"", "title: \"" + next + "\"");
            current = next;
        }
        stop.set(true);
        int total = 0;
        for (Future<Integer> f : readers) {
            total += f.get(60, TimeUnit.SECONDS); // rethrows what a reader failed with
        }
        pool.shutdown();
        assertTrue(total > 0);
        assertEquals(current, title("flowtron"));
    }

    @Test
    void aClosedProjectIsForgottenAndLoadedAgainWhenOpened() throws Exception {
        RfyWorkspace first = models.read(project, null, ws -> ws);
        project.close(null);
        settle();
        assertFalse(models.isLoaded(project));
        assertTrue(changes.stream().anyMatch(c -> c.project().equals(project) && c.projectChanged()), changes.toString());
        project.open(null);
        settle();
        assertNotSame(first, models.read(project, null, ws -> ws));
    }
}
