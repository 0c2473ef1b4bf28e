package io.rfy.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.rfy.store.RfyWorkspace;
import io.rfy.validation.ReportEntry;
import io.rfy.validation.ValidationSettings;
import io.rfy.validation.WorkspaceValidation;

/**
 * The workspace the workbench shows, loaded and validated by the core bundles in a background job (with progress
 * and cancellation), shared by the views. Which folder: the system property {@code rfy.workspace} ({@code ./rfy gui
 * <ws>} sets it), else the repository's sample workspace.
 */
public final class WorkspaceModel {

    /** A loaded workspace and its validation report. */
    public record Snapshot(RfyWorkspace workspace, List<ReportEntry> report) {
    }

    private static final WorkspaceModel INSTANCE = new WorkspaceModel();
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile Snapshot current;
    private volatile Job job;

    public static WorkspaceModel get() {
        return INSTANCE;
    }

    public static Path location() {
        String set = System.getProperty("rfy.workspace");
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        String home = System.getenv("RFY_HOME");
        Path base = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        for (Path p = base; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/sample-ws"))) {
                return p.resolve("examples/sample-ws");
            }
        }
        return base;
    }

    public Snapshot current() {
        return current;
    }

    /** Calls back (in the job's thread) with every new snapshot, and at once with the current one. */
    public void addListener(Consumer<Snapshot> listener) {
        listeners.add(listener);
        if (current != null) {
            listener.accept(current);
        } else if (job == null) {
            reload();
        }
    }

    public void removeListener(Consumer<Snapshot> listener) {
        listeners.remove(listener);
    }

    public synchronized Job reload() {
        Path root = location();
        job = Job.create("Loading RFY workspace " + root.getFileName(), (IProgressMonitor monitor) -> {
            try {
                RfyWorkspace ws = RfyWorkspace.load(root, monitor);
                List<ReportEntry> report = WorkspaceValidation.run(ws, ValidationSettings.defaults(), monitor);
                current = new Snapshot(ws, report);
                listeners.forEach(l -> l.accept(current));
                return Status.OK_STATUS;
            } catch (java.io.IOException e) {
                return Status.error("Cannot read the workspace " + root + ": " + e.getMessage(), e);
            }
        });
        job.schedule();
        return job;
    }

    /** For tests: waits for the running load. */
    public void join() throws InterruptedException {
        Job j = job;
        if (j != null) {
            j.join();
        }
    }
}
