package io.rfy.ui.source;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Ctrl+1 on the Source page: the quick fixes of the problem markers on the cursor's line, which are the very marker
 * resolutions the Problems view offers (the workbench's marker help registry), applied the same way.
 */
public final class MarkerQuickFixes implements IQuickAssistProcessor {

    /** Runs before a fix changes the file: the editor saves its unsaved edits, as the fix edits the file on disk. */
    private final Runnable beforeFix;

    public MarkerQuickFixes(Runnable beforeFix) {
        this.beforeFix = beforeFix;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return annotation instanceof MarkerAnnotation m && !m.isMarkedDeleted() && m.getMarker().exists()
                && IDE.getMarkerHelpRegistry().hasResolutions(m.getMarker());
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext context) {
        return false;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        IAnnotationModel model = context.getSourceViewer().getAnnotationModel();
        IDocument document = context.getSourceViewer().getDocument();
        List<ICompletionProposal> proposals = new ArrayList<>();
        for (IMarker marker : markersOnLine(model, document, context.getOffset())) {
            for (IMarkerResolution resolution : IDE.getMarkerHelpRegistry().getResolutions(marker)) {
                proposals.add(new Fix(marker, resolution));
            }
        }
        return proposals.toArray(ICompletionProposal[]::new);
    }

    /** The markers with quick fixes whose annotation is on the line of {@code offset}. */
    public List<IMarker> markersOnLine(IAnnotationModel model, IDocument document, int offset) {
        List<IMarker> markers = new ArrayList<>();
        if (model == null) {
            return markers;
        }
        try {
            int line = document.getLineOfOffset(offset);
            for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                Annotation a = it.next();
                Position p = model.getPosition(a);
                if (p != null && canFix(a) && document.getLineOfOffset(p.getOffset()) == line) {
                    markers.add(((MarkerAnnotation) a).getMarker());
                }
            }
        } catch (BadLocationException e) {
            // the text changed under us: no fixes
        }
        return markers;
    }

    /** One marker resolution as a proposal. */
    private final class Fix implements ICompletionProposal {
        private final IMarker marker;
        private final IMarkerResolution resolution;

        Fix(IMarker marker, IMarkerResolution resolution) {
            this.marker = marker;
            this.resolution = resolution;
        }

        @Override
        public void apply(IDocument document) {
            beforeFix.run();
            if (marker.exists()) {
                resolution.run(marker);
            }
        }

        @Override
        public Point getSelection(IDocument document) {
            return null;
        }

        @Override
        public String getAdditionalProposalInfo() {
            return resolution instanceof IMarkerResolution2 r ? r.getDescription() : null;
        }

        @Override
        public String getDisplayString() {
            return resolution.getLabel();
        }

        @Override
        public Image getImage() {
            return resolution instanceof IMarkerResolution2 r ? r.getImage() : null;
        }

        @Override
        public IContextInformation getContextInformation() {
            return null;
        }
    }
}
