package io.rfy.ide;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.rfy.ide.builder.RfyNature;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.WorkspaceLayout;
import io.rfy.ide.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The one loaded {@link RfyWorkspace} per RFY project that the editors, views, wizards and quick fixes read, instead
 * of each loading the folder and listening to resource changes itself. It is loaded on first use and kept current
 * through {@link RfyWorkspace#reload} from a single resource-change listener; who wants to know about changes
 * registers a {@link Listener}.
 * <p>
 * Thread safety: an EMF resource set is not thread-safe, so the model is only handed out inside
 * {@link #read} / {@link #write}, which hold the project's lock (a reload waits for them, and they for it). The
 * resource listener itself takes no lock (it runs inside whatever workspace operation made the change): it only
 * records the changed paths; a read applies what is recorded first, so it sees every change the workspace has
 * reported, and a job applies them otherwise and then tells the listeners. Readers must not wait on the UI thread
 * while they hold the model (no {@code syncExec}), and must not keep EMF objects after they return.
 */
public final class WorkspaceModels {

    /** What changed in one project. */
    public record Change(IProject project, List<String> files, boolean corpusChanged, boolean projectChanged) {

        /** Whether a file under {@code folder} (e.g. {@link RfyWorkspace#REVIEWS}) or the project as a whole changed. */
        public boolean touches(String folder) {
            return projectChanged || folder.equals(RfyWorkspace.CORPUS) && corpusChanged
                    || files.stream().anyMatch(f -> f.startsWith(folder + "/"));
        }
    }

    /** Told after a project's model took in a change (in a background job, never on the UI thread). */
    public interface Listener {
        void changed(Change change);
    }

    /** What {@link #read} and {@link #write} run on the model. */
    public interface Work<T> {
        T run(RfyWorkspace workspace) throws IOException;
    }

    private static WorkspaceModels instance;

    private final Map<IProject, Model> models = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Changes recorded by the resource listener and not yet told to the listeners, by project. */
    private final Map<IProject, Pending> unannounced = new ConcurrentHashMap<>();
    private final Job announce = Job.create(Messages.WorkspaceModels_announce, this::announce);
    private final IResourceChangeListener resourceListener = this::resourceChanged;

    /** One project's model and the file changes it has not read yet. */
    private static final class Model {
        final ReentrantLock lock = new ReentrantLock();
        RfyWorkspace workspace; // null until loaded, or after a change it could not follow
        final Set<Path> unread = new LinkedHashSet<>();
        boolean stale; // a project-level change: load again rather than reload files
    }

    /** Accumulated changes of one project, for one notification. */
    private static final class Pending {
        final Set<String> files = new LinkedHashSet<>();
        boolean corpus;
        boolean project;
    }

    private WorkspaceModels(IWorkspace workspace) {
        announce.setSystem(true);
        announce.setPriority(Job.SHORT);
        workspace.addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE
                | IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
    }

    /** The service of the running workspace (created, and its listener registered, on first use). */
    public static synchronized WorkspaceModels get() {
        if (instance == null) {
            instance = new WorkspaceModels(ResourcesPlugin.getWorkspace());
        }
        return instance;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Whether a project is one this service models: open, local, with the RFY nature. */
    public static boolean isRfy(IProject project) {
        try {
            return project != null && project.isOpen() && project.getLocation() != null
                    && project.hasNature(RfyNature.ID);
        } catch (CoreException e) {
            return false;
        }
    }

    /** The open RFY projects of the workspace. */
    public static List<IProject> projects() {
        List<IProject> result = new ArrayList<>();
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (isRfy(p)) {
                result.add(p);
            }
        }
        return result;
    }

    /**
     * Runs {@code work} on the project's model, loaded on first use (with progress), with every change the workspace
     * has reported read in; no reload happens meanwhile. The model is read-only here: use {@link #write} to change it.
     *
     * @throws IOException when the folder cannot be read at all (problems inside files are the model's problems)
     */
    public <T> T read(IProject project, IProgressMonitor monitor, Work<T> work) throws IOException {
        Model model = models.computeIfAbsent(project, p -> new Model());
        lock(model, monitor);
        try {
            return work.run(current(project, model, monitor));
        } finally {
            model.lock.unlock();
        }
    }

    /**
     * A workspace of the caller's own, read from the folder, for an editor that edits objects inside it (the batch
     * editor edits the batch's references to the reviews): its unsaved edits must not show in the shared model that
     * {@link #read} hands to views and the builder. Every other reader uses the shared model.
     */
    public static RfyWorkspace editableCopy(Path root, IProgressMonitor monitor) throws IOException {
        return RfyWorkspace.load(root, monitor);
    }

    /**
     * {@link #read}, after reading the given files from disk again: for work that must see them as they are now even
     * if Eclipse has not been told of a change yet (an export writes what the files hold, not what was last seen).
     *
     * @param files project-relative paths
     */
    public <T> T read(IProject project, List<String> files, IProgressMonitor monitor, Work<T> work) throws IOException {
        return read(project, monitor, ws -> {
            ws.reload(files.stream().map(Path::of).toList());
            return work.run(ws);
        });
    }

    /**
     * Runs {@code work}, which changes the model and saves what it changed through the store. The files it is about
     * to change are read again first (a change on disk that Eclipse has not been told about yet is not written
     * over). When it fails the model is dropped (it may be half changed; the next use loads the folder again), so it
     * never differs from the files. The caller refreshes the saved files afterwards, outside of this call (a refresh
     * takes the workspace, which must never be waited for while holding the model).
     *
     * @param files project-relative paths of the files {@code work} changes
     */
    public <T> T write(IProject project, List<String> files, IProgressMonitor monitor, Work<T> work)
            throws IOException {
        Model model = models.computeIfAbsent(project, p -> new Model());
        lock(model, monitor);
        boolean done = false;
        try {
            RfyWorkspace ws = current(project, model, monitor);
            ws.reload(files.stream().map(Path::of).toList());
            T result = work.run(ws);
            done = true;
            return result;
        } finally {
            if (!done) {
                model.workspace = null; // the next use loads the folder, which reads every recorded change too
            }
            model.lock.unlock();
        }
    }

    /** Waits for the lock, giving up when the monitor is cancelled. */
    private static void lock(Model model, IProgressMonitor monitor) {
        try {
            while (!model.lock.tryLock(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
    }

    /** The model as the files are now; the caller holds the lock. */
    private RfyWorkspace current(IProject project, Model model, IProgressMonitor monitor) throws IOException {
        Path root = root(project);
        boolean stale;
        synchronized (model.unread) {
            stale = model.stale;
        }
        if (model.workspace != null && (stale || root == null || !root.equals(model.workspace.root()))) {
            model.workspace = null;
        }
        if (model.workspace == null) {
            if (root == null) {
                throw new IOException(NLS.bind(Messages.WorkspaceModels_notAFolder, project.getName()));
            }
            synchronized (model.unread) {
                model.unread.clear();
                model.stale = false;
            }
            model.workspace = RfyWorkspace.load(root, SubMonitor.convert(monitor));
            return model.workspace;
        }
        List<Path> files;
        synchronized (model.unread) {
            files = new ArrayList<>(model.unread);
            model.unread.clear();
        }
        if (!files.isEmpty()) {
            try {
                model.workspace.reload(files);
            } catch (IOException | RuntimeException e) {
                model.workspace = null; // half read: load it all again next time
                throw e;
            }
        }
        return model.workspace;
    }

    private static Path root(IProject project) {
        IPath location = project.getLocation();
        return location == null ? null : Path.of(location.toOSString()).toAbsolutePath().normalize();
    }

    /** Records what changed, cheaply and without locks: this runs inside the operation that changed it. */
    private void resourceChanged(IResourceChangeEvent event) {
        if (event.getType() != IResourceChangeEvent.POST_CHANGE) {
            if (event.getResource() instanceof IProject p) {
                // closing or deleting: drop the model without waiting for a reader that may hold it
                Model model = models.remove(p);
                if (model != null) {
                    synchronized (model.unread) {
                        model.stale = true;
                    }
                }
                Pending pending = pending(p);
                synchronized (pending) {
                    pending.project = true;
                }
                announce.schedule();
            }
            return;
        }
        if (event.getDelta() == null) {
            return;
        }
        boolean any = false;
        for (IResourceDelta projectDelta : event.getDelta().getAffectedChildren()) {
            if (projectDelta.getResource() instanceof IProject project) {
                any |= record(project, projectDelta);
            }
        }
        if (any) {
            announce.schedule(50);
        }
    }

    private boolean record(IProject project, IResourceDelta projectDelta) {
        boolean projectChanged = projectDelta.getKind() != IResourceDelta.CHANGED || (projectDelta.getFlags()
                & (IResourceDelta.OPEN | IResourceDelta.DESCRIPTION | IResourceDelta.MOVED_FROM)) != 0;
        List<String> files = new ArrayList<>();
        boolean[] corpus = {false};
        try {
            projectDelta.accept(d -> {
                IResource r = d.getResource();
                if (r.getType() == IResource.FILE && textChanged(d)) {
                    String path = r.getProjectRelativePath().toString();
                    WorkspaceLayout.Kind kind = WorkspaceLayout.kindOf(path);
                    if (kind == WorkspaceLayout.Kind.CORPUS_DOCUMENT) {
                        corpus[0] = true;
                    } else if (kind != null) {
                        files.add(path);
                    }
                }
                return true;
            });
        } catch (CoreException e) {
            projectChanged = true;
        }
        if (!projectChanged && files.isEmpty() && !corpus[0]) {
            return false;
        }
        Model model = models.get(project);
        if (model != null) {
            synchronized (model.unread) {
                model.stale |= projectChanged;
                files.forEach(f -> model.unread.add(Path.of(f)));
            }
        }
        Pending p = pending(project);
        synchronized (p) {
            p.files.addAll(files);
            p.corpus |= corpus[0];
            p.project |= projectChanged;
        }
        return true;
    }

    private Pending pending(IProject project) {
        return unannounced.computeIfAbsent(project, k -> new Pending());
    }

    /**
     * A file added, removed, moved or with new contents; not the builder's marker updates, which arrive as changes
     * of the same files and would make every reader read again after every build.
     */
    public static boolean textChanged(IResourceDelta d) {
        return d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & (IResourceDelta.CONTENT
                | IResourceDelta.REPLACED | IResourceDelta.ENCODING | IResourceDelta.MOVED_FROM
                | IResourceDelta.MOVED_TO)) != 0;
    }

    /** Reads the recorded changes into the loaded models, then tells the listeners, project by project. */
    private IStatus announce(IProgressMonitor monitor) {
        for (IProject project : new ArrayList<>(unannounced.keySet())) {
            Pending p = unannounced.remove(project);
            if (p == null) {
                continue;
            }
            Model model = models.get(project);
            if (model != null && model.workspace != null && !p.project) {
                model.lock.lock();
                try {
                    current(project, model, monitor);
                } catch (IOException | RuntimeException e) {
                    // dropped by current(): the next reader loads the folder and gets the error itself
                } finally {
                    model.lock.unlock();
                }
            }
            Change change;
            synchronized (p) {
                change = new Change(project, List.copyOf(p.files), p.corpus, p.project);
            }
            for (Listener l : listeners) {
                try {
                    l.changed(change);
                } catch (RuntimeException e) {
                    ILog.get().log(Status.error("An RFY model listener failed: " + e, e));
                }
            }
        }
        return Status.OK_STATUS;
    }

    /** For tests: the job that reads changes in and notifies; join it to see a change's effect. */
    public Job announcer() {
        return announce;
    }

    /** Whether the project's model is loaded now (for tests: a second reader must not load it again). */
    public boolean isLoaded(IProject project) {
        Model model = models.get(project);
        return model != null && model.workspace != null;
    }
}
