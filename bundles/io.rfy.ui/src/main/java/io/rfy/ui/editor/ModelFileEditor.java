package io.rfy.ui.editor;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;

import io.rfy.model.provider.RfyItemProviderAdapterFactory;
import io.rfy.store.FileChangedException;

/**
 * What the review and batch editors share: a workspace file read into an EMF model, edited through one EMF.Edit
 * command stack (one undo history, the dirty state), saved through the store (atomic; a file changed on disk since it
 * was read is not overwritten without asking: Overwrite, Reload or Cancel) and reloaded on request.
 * Subclasses read and write their own kind of file and own their pages.
 */
public abstract class ModelFileEditor extends FormEditor {

    private IFile file;
    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;

    /** "review" or "batch": names the editor in messages. */
    protected abstract String kind();

    /** Reads the file (the first time and on reload); calls {@link #newDomain} when the model's objects are new. */
    protected abstract void load() throws IOException;

    /** Before writing: carries pending edits into the model; false (having told the user why) when it cannot be saved. */
    protected abstract boolean prepareSave();

    /** Writes the model through the store; {@code overwrite} when the user chose to overwrite a change on disk. */
    protected abstract void write(boolean overwrite) throws IOException;

    /** After a successful write, before the dirty state is cleared: what the subclass keeps in step with the disk. */
    protected void written() {
    }

    /** After a reload: show the new model. */
    protected abstract void reloaded();

    /** A command ran, was undone or redone, or the file was saved: refresh the pages. */
    protected abstract void modelChanged();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException("The " + kind() + " editor opens workspace files only");
        }
        file = fileInput.getFile();
        super.init(site, input);
        setPartName(file.getName());
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new RfyItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        try {
            load();
        } catch (IOException e) {
            throw new PartInitException("Cannot read " + file.getFullPath() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new editing domain, with an empty undo history, over {@code resourceSet} (null: a resource set of its own).
     * Commands name model objects, so a model read anew needs a new history.
     */
    protected final void newDomain(ResourceSet resourceSet) {
        BasicCommandStack stack = new BasicCommandStack();
        domain = resourceSet == null ? new AdapterFactoryEditingDomain(adapterFactory, stack)
                : new AdapterFactoryEditingDomain(adapterFactory, stack, resourceSet);
        // listeners run inside execute/undo; the pages refresh after it, once the model is consistent again
        stack.addCommandStackListener(e -> Display.getDefault().asyncExec(() -> {
            firePropertyChange(PROP_DIRTY);
            modelChanged();
        }));
        // Edit > Undo/Redo are bound to a command stack: on a reload of the active editor, give them the new one
        if (getSite() != null && getSite().getPage().getActiveEditor() == this
                && getEditorSite().getActionBarContributor() instanceof ReviewEditorContributor contributor) {
            contributor.setActiveEditor(this);
        }
    }

    protected final BasicCommandStack commandStack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    @Override
    public boolean isDirty() {
        return commandStack().isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        save(false);
    }

    /** Saves through the store; returns whether the file was written. */
    public final boolean save(boolean overwrite) {
        if (!prepareSave()) {
            return false;
        }
        try {
            write(overwrite);
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
            MessageDialog.openError(getSite().getShell(), "Save " + kind(), e.getMessage());
            return false;
        }
        written();
        commandStack().saveIsDone();
        try {
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (CoreException e) {
            // the builder catches up on the next refresh
        }
        firePropertyChange(PROP_DIRTY);
        modelChanged();
        return true;
    }

    /** Drops the edits and reads the file again. */
    public final void reload() {
        try {
            load();
            reloaded();
            firePropertyChange(PROP_DIRTY);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Reload " + kind(), e.getMessage());
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
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public IFile file() {
        return file;
    }
}
