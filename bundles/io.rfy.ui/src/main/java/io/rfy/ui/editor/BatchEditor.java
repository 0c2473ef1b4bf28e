package io.rfy.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.ui.PartInitException;

import io.rfy.model.Batch;
import io.rfy.store.RfyResource;
import io.rfy.store.RfyWorkspace;

/**
 * The batch editor: the post's metadata, intro and ordered reviews, saved through the store. The whole workspace
 * folder is loaded (a batch names reviews by id, and the list shows their papers and status).
 */
public final class BatchEditor extends ModelFileEditor {

    public static final String ID = "io.rfy.ui.batchEditor";

    private RfyWorkspace workspace;
    private Batch batch;
    private BatchFormPage page;

    @Override
    protected String kind() {
        return "batch";
    }

    @Override
    protected void load() throws IOException {
        workspace = RfyWorkspace.load(WorkspaceIds.root(file().getProject()));
        Path path = Path.of(file().getLocation().toOSString());
        batch = workspace.batches().stream()
                .filter(b -> Path.of(b.eResource().getURI().toFileString()).equals(path)).findFirst().orElse(null);
        newDomain(workspace.resourceSet());
    }

    @Override
    protected void addPages() {
        try {
            page = new BatchFormPage(this);
            addPage(page);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
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
        page.refreshChecks();
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
