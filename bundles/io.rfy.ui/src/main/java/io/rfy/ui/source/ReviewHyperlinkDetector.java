package io.rfy.ui.source;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Ctrl+click on {@code rfy:review/<id>}, relative links to reviews and the front matter's {@code review:},
 * {@code corpus:} and {@code reviewer:} ids. Contributed through
 * {@code org.eclipse.ui.workbench.texteditor.hyperlinkDetectors} for the target {@value #TARGET}, whose context is
 * the editor (to know the file the links are relative to).
 */
public final class ReviewHyperlinkDetector extends AbstractHyperlinkDetector {

    public static final String TARGET = "io.rfy.ui.reviewSource";

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        ITextEditor editor = getAdapter(ITextEditor.class);
        IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
        if (file == null || viewer.getDocument() == null) {
            return null;
        }
        return LinkAt.find(viewer.getDocument().get(), region.getOffset())
                .flatMap(link -> LinkTargets.locate(file, link).map(t -> new IHyperlink[] {new TargetHyperlink(link, t)}))
                .orElse(null);
    }
}
