package io.rfy.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;

import io.rfy.habr.HabrExport;
import io.rfy.model.Batch;
import io.rfy.store.RfyResource;
import io.rfy.store.RfyWorkspace;
import io.rfy.ui.internal.Messages;

/**
 * The batch editor: the post's metadata, intro and ordered reviews, saved through the store. The whole workspace
 * folder is loaded (a batch names reviews by id, and the list shows their papers and status) and validated, in a
 * {@link BatchCheckJob}: on a large project that takes seconds, which the UI thread must not wait for.
 */
public final class BatchEditor extends ModelFileEditor {

    public static final String ID = "io.rfy.ui.batchEditor";

    private RfyWorkspace workspace;
    private Batch batch;
    private BatchFormPage page;
    private PreviewPage preview;
    private int previewIndex = -1;
    /** The load or check running; a result from any other run is dropped. */
    private BatchCheckJob job;
    private boolean checking;
    private String loadError;

    @Override
    protected String kind() {
        return Messages.Editor_kindBatch;
    }

    /**
     * Starts reading the workspace in a job and returns at once: until it is done the form shows "Checking..." and
     * takes no edits (there is no model yet; the empty history keeps the editor clean).
     */
    @Override
    protected void load() throws IOException {
        workspace = null;
        batch = null;
        loadError = null;
        newDomain(null);
        check(true);
    }

    /**
     * Reads and validates the workspace folder as on disk in a job; a run still going is cancelled. {@code replace}:
     * the model read becomes the editor's (open, reload); otherwise only its checks are shown (after a save: the model
     * being edited is never read off the UI thread, the job reads its own copy of the saved files).
     */
    private void check(boolean replace) {
        if (job != null) {
            job.cancel();
        }
        checking = true;
        BatchCheckJob[] self = new BatchCheckJob[1];
        self[0] = new BatchCheckJob(file().getName(), WorkspaceIds.root(file().getProject()),
                Path.of(file().getLocation().toOSString()), Display.getDefault(), result -> {
                    if (job != self[0]) {
                        return; // a newer run replaced this one
                    }
                    job = null;
                    checking = false;
                    delivered(result, replace);
                });
        job = self[0];
        job.schedule();
        if (page != null) {
            page.showChecking();
        }
    }

    private void delivered(BatchCheckJob.Result result, boolean replace) {
        if (result.error() != null) {
            loadError = result.error();
            if (replace && page != null) {
                page.modelReplaced();
            }
            return;
        }
        if (replace) {
            workspace = result.workspace();
            batch = result.batch();
            newDomain(workspace.resourceSet());
            firePropertyChange(PROP_DIRTY);
            if (page != null) {
                page.modelReplaced();
            }
        }
        if (page != null) {
            page.showChecks(result.checks());
        }
    }

    /** Waits for the load and checks running, and shows their result (tests, and the benchmark). */
    public void join() throws InterruptedException {
        Job running = job;
        if (running != null) {
            running.join();
        }
        Display display = Display.getCurrent();
        while (display != null && display.readAndDispatch()) {
            // the result is shown by an asyncExec
        }
    }

    /** Whether the workspace is being read or checked. */
    public boolean isChecking() {
        return checking;
    }

    /** Why the workspace folder could not be read, or null. */
    public String loadError() {
        return loadError;
    }

    @Override
    protected void addPages() {
        try {
            page = new BatchFormPage(this);
            addPage(page);
            // the whole post, as Export for Habr writes it and habr.com shows it
            preview = new PreviewPage(() -> batch == null ? null : new PreviewPage.Content(
                    HabrExport.write(batch, HabrExport.Format.HTML).text(), batch.getTitle()), Messages.Editor_wholePost);
            previewIndex = addPage(preview.create(getContainer()));
            setPageText(previewIndex, Messages.Editor_preview);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void pageChange(int newPageIndex) {
        if (getCurrentPage() == 0 && newPageIndex != 0 && page != null) {
            page.commitPending(); // what is typed in a field is in the post the preview shows
        }
        super.pageChange(newPageIndex);
        if (newPageIndex == previewIndex) {
            preview.render();
        }
    }

    public int previewPageIndex() {
        return previewIndex;
    }

    /** What the Preview page shows, as a reader sees it (waits for the browser to load). */
    public String previewText() {
        return preview.shownText();
    }

    /** Runs a script in the preview's page (tests); null where no browser engine is installed. */
    public Object previewEvaluate(String script) {
        return preview.evaluate(script);
    }

    public void showPage(int index) {
        setActivePage(index);
    }

    @Override
    protected boolean prepareSave() {
        if (batch == null) {
            return false;
        }
        page.commitPending();
        return true;
    }

    @Override
    protected void write(boolean overwrite) throws IOException {
        batch.eResource().save(overwrite ? Map.of(RfyResource.OPTION_OVERWRITE_CHANGED, true) : null);
    }

    @Override
    protected void written() {
        check(false);
    }

    @Override
    public void dispose() {
        if (job != null) {
            job.cancel();
            job = null;
        }
        super.dispose();
    }

    @Override
    protected void reloaded() {
        page.modelReplaced();
    }

    @Override
    protected void modelChanged() {
        if (page != null) {
            page.modelChanged();
        }
        if (preview != null && getActivePage() == previewIndex) {
            preview.render();
        }
    }

    /** The batch, or null when the file could not be read. */
    public Batch batch() {
        return batch;
    }

    public RfyWorkspace workspace() {
        return workspace;
    }

    public BatchFormPage formPage() {
        return page;
    }
}
