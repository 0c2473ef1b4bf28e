package io.rfy.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;

import io.rfy.model.Batch;
import io.rfy.model.provider.RfyItemProviderAdapterFactory;
import io.rfy.store.FileChangedException;
import io.rfy.store.RfyResource;
import io.rfy.store.RfyWorkspace;

/**
 * The batch editor: the post's metadata, intro and ordered reviews, saved through the store. The whole workspace
 * folder is loaded (a batch names reviews by id, and the list shows their papers and status).
 */
public final class BatchEditor extends FormEditor {

    public static final String ID = "io.rfy.ui.batchEditor";

    private IFile file;
    private RfyWorkspace workspace;
    private Batch batch;
    private AdapterFactoryEditingDomain domain;
    private ComposedAdapterFactory adapterFactory;
    private BatchFormPage page;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException("The batch editor opens workspace files only");
        }
        file = fileInput.getFile();
        super.init(site, input);
        setPartName(file.getName());
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new RfyItemProviderAdapterFactory());
        try {
            load();
        } catch (IOException e) {
            throw new PartInitException("Cannot read " + file.getFullPath() + ": " + e.getMessage(), e);
        }
    }

    private void load() throws IOException {
        workspace = RfyWorkspace.load(WorkspaceIds.root(file.getProject()));
        Path path = Path.of(file.getLocation().toOSString());
        batch = workspace.batches().stream()
                .filter(b -> Path.of(b.eResource().getURI().toFileString()).equals(path)).findFirst().orElse(null);
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack, workspace.resourceSet());
        stack.addCommandStackListener(e -> Display.getDefault().asyncExec(() -> {
            firePropertyChange(PROP_DIRTY);
            if (page != null) {
                page.modelChanged();
            }
        }));
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
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        save(false);
    }

    public boolean save(boolean overwrite) {
        if (batch == null) {
            return false;
        }
        page.commitPending();
        try {
            batch.eResource().save(overwrite ? Map.of(RfyResource.OPTION_OVERWRITE_CHANGED, true) : null);
        } catch (FileChangedException e) {
            return switch (FileChangedPrompt.ask.apply(file.getName())) {
                case OVERWRITE -> save(true);
                case RELOAD -> {
                    reload();
                    yield false;
                }
                case CANCEL -> false;
            };
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Save batch", e.getMessage());
            return false;
        }
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        try {
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (CoreException e) {
            // the builder catches up on the next refresh
        }
        firePropertyChange(PROP_DIRTY);
        return true;
    }

    public void reload() {
        try {
            load();
            page.modelReplaced();
            firePropertyChange(PROP_DIRTY);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Reload batch", e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        super.dispose();
        adapterFactory.dispose();
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    /** The batch, or null when the file could not be read. */
    public Batch batch() {
        return batch;
    }

    public RfyWorkspace workspace() {
        return workspace;
    }

    public IFile file() {
        return file;
    }

    public BatchFormPage formPage() {
        return page;
    }
}
