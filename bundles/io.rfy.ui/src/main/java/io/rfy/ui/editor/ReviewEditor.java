package io.rfy.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import io.rfy.model.Review;
import io.rfy.model.Reviewer;
import io.rfy.model.provider.RfyItemProviderAdapterFactory;
import io.rfy.store.FileChangedException;
import io.rfy.store.RfyResource;
import io.rfy.store.ReviewResource;
import io.rfy.ui.source.IdCompletions;
import io.rfy.ui.source.MarkdownOutlinePage;
import io.rfy.ui.source.ModelDocumentProvider;
import io.rfy.ui.source.ReviewSourceEditor;

/**
 * The review editor: a form page over the front matter, the Markdown source and a Habr preview, all over one
 * {@link ReviewResource} read and written by the store. Form edits are EMF.Edit commands on one command stack
 * (undo/redo); text edits are carried into the model when the source page is left or saved.
 */
public final class ReviewEditor extends FormEditor {

    public static final String ID = "io.rfy.ui.reviewEditor";

    private IFile file;
    private Path path;
    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private ReviewResource resource;
    private List<Reviewer> reviewers = List.of();
    /** The text the current model was last synchronised with (what the source page showed or the disk held). */
    private String syncedText;
    /** Whether the model was read from text other than the file on disk (edits on the source page). */
    private boolean baselineIsDisk = true;
    private ModelDocumentProvider documentProvider;
    private ReviewSourceEditor sourceEditor;
    private ReviewFormPage formPage;
    private PreviewPage previewPage;
    private int sourcePage = -1;
    private int previewIndex = -1;
    private MarkdownOutlinePage outline;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException("The review editor opens workspace files only");
        }
        file = fileInput.getFile();
        path = Path.of(file.getLocation().toOSString());
        super.init(site, input);
        setPartName(file.getName());
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new RfyItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack);
        stack.addCommandStackListener(e -> Display.getDefault().asyncExec(() -> {
            firePropertyChange(PROP_DIRTY);
            if (formPage != null) {
                formPage.modelChanged();
            }
        }));
        reviewers = WorkspaceIds.reviewers(file.getProject(), domain.getResourceSet());
        try {
            loadFromDisk();
        } catch (IOException e) {
            throw new PartInitException("Cannot read " + file.getFullPath() + ": " + e.getMessage(), e);
        }
    }

    private void loadFromDisk() throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        ReviewResource fresh = new ReviewResource(URI.createFileURI(path.toString()));
        fresh.load(new ByteArrayInputStream(bytes), null);
        install(fresh, new String(bytes, StandardCharsets.UTF_8), true);
        lastDiskText = syncedText;
    }

    /** Makes {@code fresh} the edited resource; the command stack starts over (its commands name the old objects). */
    private void install(ReviewResource fresh, String text, boolean fromDisk) {
        if (resource != null) {
            domain.getResourceSet().getResources().remove(resource);
        }
        domain.getResourceSet().getResources().add(fresh);
        resource = fresh;
        syncedText = text;
        baselineIsDisk = fromDisk;
        domain.getCommandStack().flush();
        if (formPage != null) {
            formPage.modelReplaced();
        }
    }

    @Override
    protected void addPages() {
        try {
            formPage = new ReviewFormPage(this);
            addPage(formPage);
            documentProvider = new ModelDocumentProvider(file, () -> syncedText);
            sourceEditor = new ReviewSourceEditor(documentProvider, this::ids);
            sourcePage = addPage(sourceEditor, getEditorInput());
            setPageText(sourcePage, "Source");
            previewPage = new PreviewPage(this);
            previewIndex = addPage(previewPage.create(getContainer()));
            setPageText(previewIndex, "Preview");
            if (!resource.isWritable()) {
                setActivePage(sourcePage);
            }
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    IdCompletions.Ids ids() {
        return new IdCompletions.Ids(reviewers.stream().map(Reviewer::getId).filter(id -> id != null).sorted().toList(),
                WorkspaceIds.reviewIds(file.getProject()), () -> WorkspaceIds.paperNames(file.getProject()));
    }

    @Override
    protected void pageChange(int newPageIndex) {
        int old = getCurrentPage();
        if (old == sourcePage && newPageIndex != sourcePage) {
            takeText();
        }
        if (newPageIndex == sourcePage) {
            showModelAsText();
        }
        super.pageChange(newPageIndex);
        if (newPageIndex == previewIndex) {
            takeText();
            previewPage.render();
        }
    }

    /** Carries the source page's text into the model, if it changed and can be read; else the form shows why not. */
    boolean takeText() {
        if (sourceEditor == null) {
            return true;
        }
        String text = document().get();
        if (text.equals(syncedText)) {
            return true;
        }
        ReviewResource fresh = new ReviewResource(resource.getURI());
        try {
            fresh.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            return false;
        }
        install(fresh, text, false);
        firePropertyChange(PROP_DIRTY);
        return fresh.isWritable();
    }

    /** Shows the model's text on the source page, when form edits changed it. */
    private void showModelAsText() {
        if (!((BasicCommandStack) domain.getCommandStack()).isSaveNeeded() && document().get().equals(syncedText)) {
            return;
        }
        if (resource.isWritable() && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded()) {
            String text = resource.serialize();
            if (!text.equals(document().get())) {
                document().set(text);
            }
            syncedText = text;
        }
    }

    IDocument document() {
        return documentProvider.getDocument(getEditorInput());
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded() || !baselineIsDisk
                || sourceEditor != null && !document().get().equals(syncedText);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        save(false);
    }

    /** Saves through the store; returns whether the file was written. */
    public boolean save(boolean overwrite) {
        if (formPage != null && getCurrentPage() != sourcePage) {
            formPage.commitPending();
        }
        if (!takeText() || !resource.isWritable()) {
            MessageDialog.openError(getSite().getShell(), "Save review", file.getName() + " was not saved: the text cannot"
                    + " be read (" + resource.getErrors().get(0) + "). Fix it on the Source page first.");
            return false;
        }
        try {
            if (!baselineIsDisk && !overwrite) {
                // the model was read from the edited text, so the store cannot tell a change on disk: check here
                byte[] onDisk = Files.readAllBytes(path);
                if (!new String(onDisk, StandardCharsets.UTF_8).equals(lastDiskText)) {
                    throw new FileChangedException(path);
                }
            }
            resource.save(overwrite || !baselineIsDisk ? Map.of(RfyResource.OPTION_OVERWRITE_CHANGED, true) : null);
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
            MessageDialog.openError(getSite().getShell(), "Save review", e.getMessage());
            return false;
        }
        afterSave();
        return true;
    }

    private String lastDiskText;

    private void afterSave() {
        String text = resource.serialize();
        lastDiskText = text;
        syncedText = text;
        baselineIsDisk = true;
        // the store rebased the resource on what it wrote: from now on it checks the disk itself
        if (!document().get().equals(text)) {
            document().set(text);
        }
        documentProvider.markSaved(getEditorInput());
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        try {
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (CoreException e) {
            // the builder catches up on the next refresh
        }
        firePropertyChange(PROP_DIRTY);
        if (formPage != null) {
            formPage.modelChanged();
        }
    }

    /** Drops the edits and reads the file again. */
    public void reload() {
        try {
            loadFromDisk();
            document().set(syncedText);
            documentProvider.markSaved(getEditorInput());
            firePropertyChange(PROP_DIRTY);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Reload review", e.getMessage());
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
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class && sourceEditor != null) {
            if (outline == null) {
                outline = new MarkdownOutlinePage(document(), (offset, length) -> {
                    setActivePage(sourcePage);
                    sourceEditor.selectAndReveal(offset, length);
                });
            }
            return adapter.cast(outline);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        super.dispose();
        adapterFactory.dispose();
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public ReviewResource resource() {
        return resource;
    }

    /** The review, or null when the file could not be read. */
    public Review review() {
        return resource.getContents().isEmpty() ? null : (Review) resource.getContents().get(0);
    }

    public List<Reviewer> reviewers() {
        return reviewers;
    }

    public IFile file() {
        return file;
    }

    public ReviewSourceEditor sourceEditor() {
        return sourceEditor;
    }

    public ReviewFormPage formPage() {
        return formPage;
    }

    /** Shows a page (0 form, then source, then preview), carrying edits across as the tabs do. */
    public void showPage(int index) {
        setActivePage(index);
    }

    public int sourcePageIndex() {
        return sourcePage;
    }

    public int previewPageIndex() {
        return previewIndex;
    }

    /** Problems the store found reading the text (shown on the form page). */
    public List<Resource.Diagnostic> readProblems() {
        return new ArrayList<>(resource.getErrors());
    }
}
