package io.rfy.ide.links;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.rfy.store.RfyWorkspace;
import io.rfy.store.StoreProblem.Severity;
import io.rfy.ide.builder.ProblemMarkers;
import io.rfy.validation.LinkCache;
import io.rfy.validation.LinkCheckSettings;
import io.rfy.validation.LinkChecker;
import io.rfy.validation.ReportEntry;
import io.rfy.validation.ValidationSettings;
import io.rfy.validation.WorkspaceValidation;
import io.rfy.ide.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Validates a project with live link checking ({@code rfy validate --online} in the IDE) and puts the whole report,
 * link findings included, into the project's RFY problem markers. The network part does not hold any workspace
 * rule, so the builder and editors go on while links are checked; only the marker update takes the project.
 * The answers are kept in {@code .rfy/link-check.tsv}, which the builder reads (offline) from then on.
 */
public final class CheckLinksJob extends Job {

    /** The family of these jobs, for tests and for waiting on them. */
    public static final Object FAMILY = CheckLinksJob.class;

    private final IProject project;
    private final LinkCheckSettings links;
    private final ValidationSettings rules;
    private volatile List<ReportEntry> report;

    public CheckLinksJob(IProject project, LinkCheckSettings links, ValidationSettings rules) {
        super(NLS.bind(Messages.CheckLinksJob_name, project.getName()));
        this.project = project;
        this.links = links;
        this.rules = rules;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        Path root = Path.of(project.getLocation().toOSString());
        try {
            progress.subTask(NLS.bind(Messages.CheckLinksJob_loading, project.getName()));
            RfyWorkspace ws = RfyWorkspace.load(root);
            progress.worked(10);
            LinkCache cache = LinkCache.open(root, links.cacheTtl());
            List<ReportEntry> entries = WorkspaceValidation.run(ws, rules, new LinkChecker(links, cache),
                    progress.split(80));
            cache.save();
            IWorkspace workspace = ResourcesPlugin.getWorkspace();
            // the markers now, at once; refreshing the cache file then makes the builder re-check everything from
            // the cached answers, so the link findings stay on the markers through later incremental builds
            workspace.run(m -> {
                ProblemMarkers.update(project, entries, m);
                project.getFile(LinkCache.FILE).refreshLocal(IResource.DEPTH_ZERO, m);
            }, project, IWorkspace.AVOID_UPDATE, progress.split(10));
            report = entries;
            long broken = entries.stream().filter(e -> e.code().equals("rfy.link.broken")).count();
            long moved = entries.stream().filter(e -> e.code().equals("rfy.link.moved")).count();
            long errors = entries.stream().filter(e -> e.severity() == Severity.ERROR).count();
            // OK, not INFO: the problems are in the Problems view; the message stays in the Progress view
            return new Status(IStatus.OK, "io.rfy.ide", NLS.bind(Messages.CheckLinksJob_done,
                    new Object[] {project.getName(), broken, moved, errors}));
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException e) {
            return Status.error(NLS.bind(Messages.CheckLinksJob_failed, project.getName(), e.getMessage()), e);
        } catch (CoreException e) {
            return e.getStatus();
        } finally {
            monitor.done();
        }
    }

    /** The report of the last run, or null before it finished. */
    public List<ReportEntry> report() {
        return report;
    }
}
