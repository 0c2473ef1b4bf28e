package io.rfy.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;

import io.rfy.model.provider.RfyItemProviderAdapterFactory;
import io.rfy.store.FileChangedException;
import io.rfy.ui.internal.Messages;

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
    /** The form pages, whose fields can hold typing not yet in the model. */
    final List<ModelFormPage> formPages = new ArrayList<>();
    /** The dirty state last reported to the workbench. */
    private boolean reportedDirty;
    /** The file's bytes as this editor last read or wrote them (null: not known). */
    private byte[] diskContent;
    /** A change on disk the user chose to keep the editor's version over: not asked about again. */
    private byte[] declinedContent;
    private final IResourceChangeListener diskListener = this::resourceChanged;
    private final IPartListener2 activation = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == ModelFileEditor.this) {
                checkDisk(true);
            }
        }
    };

    /** "review" or "batch", in the workbench's language: names the editor in messages. */
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
            throw new PartInitException(NLS.bind(Messages.Editor_workspaceOnly, kind()));
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
            throw new PartInitException(NLS.bind(Messages.Editor_cannotRead, file.getFullPath(), e.getMessage()), e);
        }
        recordDisk();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(diskListener, IResourceChangeEvent.POST_CHANGE);
        site.getPage().addPartListener(activation);
    }

    /** Remembers the file as on disk now: what this editor read or wrote. */
    private void recordDisk() {
        diskContent = readDisk();
        declinedContent = null;
    }

    private byte[] readDisk() {
        try {
            return Files.readAllBytes(Path.of(file.getLocation().toOSString()));
        } catch (IOException | RuntimeException e) {
            return null; // deleted or unreadable: nothing to reload
        }
    }

    /** A change of the file in the workspace (a quick fix, a refresh after another program wrote it). */
    private void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
        if (delta != null && delta.getKind() == IResourceDelta.CHANGED
                && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
            org.eclipse.ui.PlatformUI.getWorkbench().getDisplay().asyncExec(() -> checkDisk(false));
        }
    }

    /**
     * Brings the editor in step with the file when another program (or a quick fix) changed it, as the platform's
     * text editors do: a clean editor is reloaded at once; a dirty one asks when it is activated, and keeps the
     * user's edits if told to (the save then asks again before overwriting).
     */
    final void checkDisk(boolean activated) {
        if (getContainer() == null || getContainer().isDisposed() || diskContent == null) {
            return;
        }
        byte[] now = readDisk();
        if (now == null || Arrays.equals(now, diskContent) || Arrays.equals(now, declinedContent)) {
            return;
        }
        if (!isDirty()) {
            reload();
        } else if (activated) {
            if (FileChangedPrompt.replace.test(file.getName())) {
                reload();
            } else {
                declinedContent = now;
            }
        }
    }

    /** Tells the workbench when the dirty state changed (typing in a field or on the Source page). */
    public final void dirtyStateMayHaveChanged() {
        boolean dirty = isDirty();
        if (dirty != reportedDirty) {
            reportedDirty = dirty;
            firePropertyChange(PROP_DIRTY);
        }
    }

    @Override
    protected void firePropertyChange(int property) {
        if (property == PROP_DIRTY) {
            reportedDirty = isDirty();
        }
        super.firePropertyChange(property);
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
        return commandStack().isSaveNeeded() || formPages.stream().anyMatch(ModelFormPage::hasFieldEdits);
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
            MessageDialog.openError(getSite().getShell(), NLS.bind(Messages.Editor_saveTitle, kind()), e.getMessage());
            return false;
        }
        written();
        recordDisk();
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
            recordDisk();
            reloaded();
            firePropertyChange(PROP_DIRTY);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), NLS.bind(Messages.Editor_reloadTitle, kind()), e.getMessage());
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
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(diskListener);
        if (getSite() != null) {
            getSite().getPage().removePartListener(activation);
        }
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
