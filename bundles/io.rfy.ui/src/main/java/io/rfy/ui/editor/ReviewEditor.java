package io.rfy.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorSite;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import io.rfy.model.Review;
import io.rfy.model.Reviewer;
import io.rfy.store.FileChangedException;
import io.rfy.store.RfyResource;
import io.rfy.store.ReviewResource;
import io.rfy.ui.source.IdCompletions;
import io.rfy.ui.source.MarkdownOutlinePage;
import io.rfy.ui.source.ModelDocumentProvider;
import io.rfy.ui.source.ReviewSourceEditor;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The review editor: a form page over the front matter, the Markdown source and a Habr preview, all over one
 * {@link ReviewResource} read and written by the store. Form edits are EMF.Edit commands on one command stack
 * (undo/redo); text edits are carried into the model when the source page is left or saved.
 * <p>
 * Only the form is built when the editor opens: the source page's text editor (and with it the JFace text classes, the
 * costliest part of a first open) is created the first time its tab is shown, inside the tab that was there from the
 * start, so no tab is replaced during a page change. The document itself exists from the start, so the outline,
 * the dirty state and saving do not depend on whether the text editor was created.
 */
public final class ReviewEditor extends ModelFileEditor {

    public static final String ID = "io.rfy.ui.reviewEditor";

    private Path path;
    private ReviewResource resource;
    private List<Reviewer> reviewers = List.of();
    /** The text the current model was last synchronised with (what the source page showed or the disk held). */
    private String syncedText;
    /** What the file held when last read or written by this editor (for the change-on-disk check of text edits). */
    private String lastDiskText;
    /** Whether the model was read from text other than the file on disk (edits on the source page). */
    private boolean baselineIsDisk = true;
    /** The resource whose store baseline is the file as on disk (read from it, or the last one written). */
    private ReviewResource diskResource;
    /** The command at the top of the stack when {@link #syncedText} was set: a different one means form edits since. */
    private Object syncedAt;
    private ModelDocumentProvider documentProvider;
    /** Null until the Source tab is first shown. */
    private ReviewSourceEditor sourceEditor;
    private Composite sourceHolder;
    private ReviewFormPage formPage;
    private PreviewPage previewPage;
    private int sourcePage = -1;
    private int previewIndex = -1;
    private MarkdownOutlinePage outline;

    @Override
    protected String kind() {
        return Messages.Editor_kindReview;
    }

    @Override
    protected void load() throws IOException {
        if (path == null) {
            path = Path.of(file().getLocation().toOSString());
            newDomain(null);
            reviewers = WorkspaceIds.reviewers(file().getProject(), domain().getResourceSet());
        }
        byte[] bytes = Files.readAllBytes(path);
        ReviewResource fresh = new ReviewResource(URI.createFileURI(path.toString()));
        fresh.load(new ByteArrayInputStream(bytes), null);
        install(fresh, new String(bytes, StandardCharsets.UTF_8), true);
        diskResource = fresh;
        syncedAt = null;
        lastDiskText = syncedText;
    }

    /** Makes {@code fresh} the edited resource; the command stack starts over (its commands name the old objects). */
    private void install(ReviewResource fresh, String text, boolean fromDisk) {
        if (resource != null) {
            domain().getResourceSet().getResources().remove(resource);
        }
        domain().getResourceSet().getResources().add(fresh);
        resource = fresh;
        syncedText = text;
        baselineIsDisk = fromDisk;
        commandStack().flush();
        if (formPage != null) {
            formPage.modelReplaced();
        }
    }

    @Override
    protected void addPages() {
        try {
            formPage = new ReviewFormPage(this);
            addPage(formPage);
            documentProvider = new ModelDocumentProvider(file(), () -> syncedText);
            // connected here, not by the text editor: the document is needed before (and whether or not) it is created
            documentProvider.connect(getEditorInput());
            // typing on the Source page makes the editor dirty at once (and enables Ctrl+S), whatever the
            // document provider's own dirty flag says
            document().addDocumentListener(new org.eclipse.jface.text.IDocumentListener() {
                @Override
                public void documentAboutToBeChanged(org.eclipse.jface.text.DocumentEvent event) {
                }

                @Override
                public void documentChanged(org.eclipse.jface.text.DocumentEvent event) {
                    dirtyStateMayHaveChanged();
                }
            });
            sourceHolder = new Composite(getContainer(), SWT.NONE);
            sourceHolder.setLayout(new FillLayout());
            sourcePage = addPage(sourceHolder);
            setPageText(sourcePage, Messages.Editor_source);
            previewPage = new PreviewPage(() -> review() == null ? null
                    : new PreviewPage.Content(PreviewPage.reviewHtml(review(), reviewers), null), Messages.Editor_thisReview);
            previewIndex = addPage(previewPage.create(getContainer()));
            setPageText(previewIndex, Messages.Editor_preview);
            if (!resource.isWritable()) {
                setActivePage(sourcePage);
            }
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates the text editor in the Source tab, as MultiPageEditorPart.addPage would, but in the existing tab. */
    private void createSourceEditor() {
        ReviewSourceEditor editor = new ReviewSourceEditor(documentProvider, this::ids, () -> {
            if (isDirty()) {
                doSave(null); // a quick fix edits the file as saved: the edits on screen go first
            }
        });
        try {
            editor.init(createSite(editor), getEditorInput());
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
        editor.createPartControl(sourceHolder);
        editor.addPropertyListener((source, property) -> handlePropertyChange(property));
        sourceEditor = editor;
        sourceHolder.layout(true, true);
    }

    /** The Source tab's editor for the multi-page machinery (key bindings, actions, selection), once it exists. */
    @Override
    protected IEditorPart getEditor(int pageIndex) {
        if (pageIndex == sourcePage && pageIndex >= 0) {
            return sourceEditor;
        }
        return super.getEditor(pageIndex);
    }

    IdCompletions.Ids ids() {
        return new IdCompletions.Ids(reviewers.stream().map(Reviewer::getId).filter(id -> id != null).sorted().toList(),
                WorkspaceIds.reviewIds(file().getProject()), () -> WorkspaceIds.paperNames(file().getProject()));
    }

    @Override
    protected void pageChange(int newPageIndex) {
        int old = getCurrentPage();
        if (old == 0 && newPageIndex != 0 && formPage != null) {
            formPage.commitPending(); // typing in a field belongs to the model before another page shows it
        }
        if (old == sourcePage && newPageIndex != sourcePage) {
            takeText();
        }
        if (newPageIndex == sourcePage) {
            showModelAsText();
            if (sourceEditor == null) {
                createSourceEditor();
            }
        }
        super.pageChange(newPageIndex);
        if (newPageIndex == previewIndex) {
            takeText();
            previewPage.render();
        }
    }

    /** Carries the document's text into the model, if it changed and can be read; else the form shows why not. */
    boolean takeText() {
        if (documentProvider == null) {
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
        // one command on the form's stack: Undo puts the model (and so the text) back as it was before the text edit
        commandStack().execute(new TextReadCommand(fresh, text));
        firePropertyChange(PROP_DIRTY);
        return fresh.isWritable();
    }

    /**
     * The text read back into the model, as a command: the edited resource is replaced by one read from the text, and
     * undo puts the previous resource (whose objects the earlier commands on the stack name) back, with its text.
     */
    private final class TextReadCommand extends org.eclipse.emf.common.command.AbstractCommand {
        private final ReviewResource before = resource;
        private final String beforeText = syncedText;
        private final ReviewResource after;
        private final String afterText;

        TextReadCommand(ReviewResource after, String afterText) {
            super(Messages.Editor_editText);
            this.after = after;
            this.afterText = afterText;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            swap(after, afterText, this);
        }

        @Override
        public void undo() {
            swap(before, beforeText, UNSYNCED);
        }

        @Override
        public void redo() {
            execute();
        }
    }

    private static final Object UNSYNCED = new Object();

    /** Makes {@code to} the edited resource without touching the history, and the document show {@code text}. */
    private void swap(ReviewResource to, String text, Object at) {
        domain().getResourceSet().getResources().remove(resource);
        domain().getResourceSet().getResources().add(to);
        resource = to;
        syncedText = text;
        syncedAt = at;
        baselineIsDisk = to == diskResource;
        if (documentProvider != null && !document().get().equals(text)) {
            document().set(text);
        }
        if (formPage != null) {
            formPage.modelReplaced();
        }
    }

    /** Shows the model's text on the source page, when form edits (or undo) changed it since the text was synced. */
    private void showModelAsText() {
        if (commandStack().getUndoCommand() == syncedAt && document().get().equals(syncedText)) {
            return;
        }
        if (resource.isWritable()) {
            String text = resource.serialize();
            if (!text.equals(document().get())) {
                document().set(text);
            }
            syncedText = text;
            syncedAt = commandStack().getUndoCommand();
        }
    }

    IDocument document() {
        return documentProvider.getDocument(getEditorInput());
    }

    @Override
    public boolean isDirty() {
        return super.isDirty() || !baselineIsDisk || documentProvider != null && !document().get().equals(syncedText);
    }

    @Override
    protected boolean prepareSave() {
        if (formPage != null) {
            formPage.commitPending();
        }
        if (!takeText() || !resource.isWritable()) {
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveReview, NLS.bind(Messages.Editor_notSaved,
                    file().getName(), resource.getErrors().get(0)));
            return false;
        }
        return true;
    }

    @Override
    protected void write(boolean overwrite) throws IOException {
        if (!baselineIsDisk && !overwrite) {
            // the model was read from the edited text, so the store cannot tell a change on disk: check here
            byte[] onDisk = Files.readAllBytes(path);
            if (!new String(onDisk, StandardCharsets.UTF_8).equals(lastDiskText)) {
                throw new FileChangedException(path);
            }
        }
        resource.save(overwrite || !baselineIsDisk ? Map.of(RfyResource.OPTION_OVERWRITE_CHANGED, true) : null);
    }

    @Override
    protected void written() {
        String text = resource.serialize();
        lastDiskText = text;
        syncedText = text;
        // the store rebased the resource on what it wrote: from now on it checks the disk itself
        baselineIsDisk = true;
        diskResource = resource;
        syncedAt = commandStack().getUndoCommand();
        if (!document().get().equals(text)) {
            document().set(text);
        }
        documentProvider.markSaved(getEditorInput());
    }

    @Override
    protected void reloaded() {
        document().set(syncedText);
        documentProvider.markSaved(getEditorInput());
    }

    @Override
    protected void modelChanged() {
        if (formPage != null) {
            formPage.modelChanged();
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class && documentProvider != null) {
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
        // not one of MultiPageEditorPart's nested editors (it was not added by addPage), so disposed here
        if (sourceEditor != null) {
            var site = sourceEditor.getSite();
            sourceEditor.dispose();
            if (site instanceof MultiPageEditorSite s) {
                s.dispose();
            }
        }
        if (documentProvider != null) {
            documentProvider.disconnect(getEditorInput());
        }
        super.dispose();
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

    /** The source page's text editor; created (and the Source tab shown) if it was not yet. */
    public ReviewSourceEditor sourceEditor() {
        if (sourceEditor == null) {
            setActivePage(sourcePage);
        }
        return sourceEditor;
    }

    /** Whether the Source tab's text editor exists yet (for tests of the deferred creation). */
    public boolean sourceEditorCreated() {
        return sourceEditor != null;
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

    /** What the Preview page shows (its text, or the browser's HTML); empty until it is first shown. */
    public String previewText() {
        return previewPage == null ? "" : previewPage.shownText();
    }

    /** Runs a script in the preview's page (tests); null where no browser engine is installed. */
    public Object previewEvaluate(String script) {
        return previewPage == null ? null : previewPage.evaluate(script);
    }

    public int previewPageIndex() {
        return previewIndex;
    }

    /** Problems the store found reading the text (shown on the form page). */
    public List<Resource.Diagnostic> readProblems() {
        return new ArrayList<>(resource.getErrors());
    }
}
