package io.rfy.ui.source;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.core.resources.IFile;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import io.rfy.ui.editor.ReviewEditor;
import io.rfy.ui.internal.Messages;

/** Opens a link's target file in its editor and reveals the target line. */
public final class TargetHyperlink implements IHyperlink {

    private final IRegion region;
    private final LinkTargets.Target target;

    public TargetHyperlink(LinkAt.Link link, LinkTargets.Target target) {
        this.region = new Region(link.offset(), link.length());
        this.target = target;
    }

    @Override
    public IRegion getHyperlinkRegion() {
        return region;
    }

    @Override
    public String getTypeLabel() {
        return "RFY link";
    }

    @Override
    public String getHyperlinkText() {
        return NLS.bind(Messages.Source_open, target.file().getProjectRelativePath());
    }

    public LinkTargets.Target target() {
        return target;
    }

    @Override
    public void open() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            IEditorPart part = IDE.openEditor(page, target.file(), editorFor(target.file()));
            reveal(part, target.line());
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Source_openLink,
                    NLS.bind(Messages.Source_couldNotOpen, target.file().getFullPath()), e.getStatus());
        }
    }

    /**
     * The file's editor (with the RFY folder overrides), or the text editor where that would be a program outside
     * the workbench (reviewers.yaml has no editor of its own, and the line could not be revealed there).
     */
    static String editorFor(IFile file) throws PartInitException {
        IEditorDescriptor d = IDE.getEditorDescriptor(file, true, false);
        return d != null && d.isInternal() ? d.getId() : EditorsUI.DEFAULT_TEXT_EDITOR_ID;
    }

    /** The line in the editor's text: a review editor shows its source page for that, a text editor selects it. */
    static void reveal(IEditorPart part, int line) {
        if (line <= 1) {
            return; // the top of the file is where every editor opens
        }
        ITextEditor text = null;
        if (part instanceof io.rfy.ui.editor.ReviewersEditor reviewers) {
            reviewers.revealLine(line); // the reviewer written at that line, selected in the table
            return;
        }
        if (part instanceof ReviewEditor review) {
            review.showPage(review.sourcePageIndex());
            text = review.sourceEditor();
        } else if (part instanceof ITextEditor t) {
            text = t;
        } else if (part != null) {
            text = part.getAdapter(ITextEditor.class);
        }
        if (text == null) {
            return;
        }
        IDocument doc = text.getDocumentProvider().getDocument(text.getEditorInput());
        try {
            IRegion info = doc.getLineInformation(Math.min(line, doc.getNumberOfLines()) - 1);
            text.selectAndReveal(info.getOffset(), info.getLength());
        } catch (BadLocationException e) {
            // the file changed since the link was resolved: stay at the top
        }
    }
}
