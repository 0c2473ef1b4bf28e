package io.rfy.ui.builder;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.rfy.store.RfyWorkspace;
import io.rfy.validation.LinkCache;
import io.rfy.validation.LinkCheckSettings;
import io.rfy.validation.LinkChecker;
import io.rfy.validation.ValidationSettings;
import io.rfy.validation.WorkspaceValidation;

/**
 * "Check links": every web link of a project checked live, as {@code rfy validate --online} does, in the background
 * with progress and cancellation. The answers go to {@code .rfy/link-check.tsv}; refreshing that file makes the
 * builder check again, and its markers then show broken and moved links (a permanent redirect with its target, for
 * the quick fix). What was checked before a cancel is kept.
 */
public final class CheckLinksJob extends Job {

    public static final Object FAMILY = CheckLinksJob.class;

    private final IProject project;
    private final LinkCheckSettings settings;

    public CheckLinksJob(IProject project, LinkCheckSettings settings) {
        super("Checking the links of " + project.getName());
        this.project = project;
        this.settings = settings;
        setUser(true);
        setRule(project); // not while the builder or another check works on the same files
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        Path root = Path.of(project.getLocation().toOSString());
        LinkCache cache;
        try {
            cache = LinkCache.open(root, ValidationCheck.CACHE_TTL);
        } catch (IOException e) {
            return Status.error("cannot read " + root.resolve(ChangedFiles.LINK_CACHE) + ": " + e.getMessage(), e);
        }
        try {
            RfyWorkspace ws = RfyWorkspace.load(root, progress.split(2));
            WorkspaceValidation.run(ws, ValidationSettings.defaults(), new LinkChecker(settings, cache), progress.split(8));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException e) {
            return Status.error("cannot read the workspace folder " + root + ": " + e.getMessage(), e);
        } finally {
            try {
                cache.save();
                project.getFile(ChangedFiles.LINK_CACHE).refreshLocal(IResource.DEPTH_ZERO, null);
            } catch (IOException | CoreException e) {
                // the answers are lost, not the files: the next check asks again
            }
        }
    }
}
