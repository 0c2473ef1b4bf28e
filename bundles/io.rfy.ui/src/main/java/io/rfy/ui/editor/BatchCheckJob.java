package io.rfy.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import io.rfy.ide.WorkspaceModels;
import io.rfy.ide.builder.ValidationCheck;
import io.rfy.model.Batch;
import io.rfy.model.Review;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.WorkspaceLayout;
import io.rfy.validation.ReportEntry;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Reads the workspace folder and validates it off the UI thread, for the batch editor: a workspace of 1,000 reviews
 * takes seconds. The editor edits the batch inside this workspace (its references to the reviews), so it is the
 * editor's own copy ({@link WorkspaceModels#editableCopy}), not the shared one: unsaved edits must not show elsewhere.
 * The result (a workspace no other thread has seen, and the checks that concern the batch and its reviews) is handed to {@code done} on the UI thread, unless the job was cancelled (a newer run replaces it).
 */
final class BatchCheckJob extends Job {

    /** What one run found; {@code error} is set (and the rest null) when the folder could not be read. */
    record Result(RfyWorkspace workspace, Batch batch, List<ReportEntry> checks, String error) {
    }

    private final Path root;
    private final Path batchFile;
    private final Display display;
    private final Consumer<Result> done;

    BatchCheckJob(String name, Path root, Path batchFile, Display display, Consumer<Result> done) {
        super(NLS.bind(Messages.BatchCheckJob_name, name));
        this.root = root;
        this.batchFile = batchFile;
        this.display = display;
        this.done = done;
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        Result result;
        try {
            RfyWorkspace ws = WorkspaceModels.editableCopy(root, progress.split(4));
            Batch batch = WorkspaceLayout.batchAt(ws, batchFile).orElse(null);
            List<ReportEntry> checks = List.of();
            if (batch != null) {
                List<String> files = new ArrayList<>(List.of(ws.relative(batch.eResource())));
                for (Object o : batch.getReviews()) {
                    Review r = (Review) o;
                    if (!r.eIsProxy() && r.eResource() != null) {
                        files.add(ws.relative(r.eResource()));
                    }
                }
                // the builder's validation (Preferences > RFY > Habr Rules, the link-check cache), so this list and
                // the Problems view report the same
                checks = new ValidationCheck().run(ws, new LinkedHashSet<>(files), progress.split(6));
            }
            result = new Result(ws, batch, checks, null);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            result = new Result(null, null, null, NLS.bind(Messages.BatchCheckJob_cannotRead, root, e.getMessage()));
        }
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        Result delivered = result;
        if (!display.isDisposed()) {
            display.asyncExec(() -> done.accept(delivered));
        }
        return Status.OK_STATUS;
    }
}
