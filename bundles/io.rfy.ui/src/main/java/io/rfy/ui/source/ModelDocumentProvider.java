package io.rfy.ui.source;

import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.AbstractDocumentProvider;
import org.eclipse.ui.texteditor.ResourceMarkerAnnotationModel;

/**
 * The document of a source page inside a multi-page editor: its text comes from the editor's model (as the store
 * would write it) and saving is the multi-page editor's job, done through the store. Problem markers of the file
 * show as annotations.
 */
public final class ModelDocumentProvider extends AbstractDocumentProvider {

    private final IFile file;
    private final Supplier<String> text;

    public ModelDocumentProvider(IFile file, Supplier<String> text) {
        this.file = file;
        this.text = text;
    }

    @Override
    protected IDocument createDocument(Object element) {
        Document document = new Document(text.get());
        MarkdownPartitions.install(document);
        return document;
    }

    @Override
    protected IAnnotationModel createAnnotationModel(Object element) {
        return new ResourceMarkerAnnotationModel(file);
    }

    @Override
    protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite) {
        // written by the multi-page editor through the store
    }

    /** After the multi-page editor saved: the document is clean again. */
    public void markSaved(Object element) {
        ElementInfo info = getElementInfo(element);
        if (info != null && info.fCanBeSaved) {
            info.fCanBeSaved = false;
            // as AbstractDocumentProvider.saveDocument does: the next edit must make the document dirty again
            addUnchangedElementListeners(element, info);
            fireElementDirtyStateChanged(element, false);
        }
    }

    @Override
    protected org.eclipse.jface.operation.IRunnableContext getOperationRunner(IProgressMonitor monitor) {
        return null;
    }

    @Override
    public boolean isModifiable(Object element) {
        return true;
    }

    @Override
    public boolean isReadOnly(Object element) {
        return false;
    }
}
