package io.rfy.ui.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

import io.rfy.ide.builder.ProblemMarkers;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Hovers of the source page: over a link, what it leads to (a review's papers, a corpus document's title, a
 * reviewer's name, or that the target is missing); on a line with RFY problem markers, their messages.
 */
public final class ReviewTextHover implements ITextHover {

    private final Supplier<IFile> file;

    public ReviewTextHover(Supplier<IFile> file) {
        this.file = file;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        IDocument doc = viewer.getDocument();
        Optional<LinkAt.Link> link = LinkAt.find(doc.get(), offset);
        if (link.isPresent()) {
            return new Region(link.get().offset(), link.get().length());
        }
        try {
            IRegion line = doc.getLineInformationOfOffset(offset);
            return problems(doc.getLineOfOffset(offset) + 1).isEmpty() ? null : line;
        } catch (BadLocationException e) {
            return null;
        }
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        IDocument doc = viewer.getDocument();
        return text(doc, region.getOffset());
    }

    /** The hover's text at an offset, or null; public for tests. */
    public String text(IDocument doc, int offset) {
        List<String> lines = new ArrayList<>();
        try {
            lines.addAll(problems(doc.getLineOfOffset(offset) + 1));
        } catch (BadLocationException e) {
            return null;
        }
        IFile from = file.get();
        LinkAt.find(doc.get(), offset).ifPresent(link -> lines.add(LinkTargets.resolve(from, link)
                .map(LinkTargets.Target::label)
                .orElse(switch (link.kind()) {
                    case REVIEW, RELATIVE -> NLS.bind(Messages.ReviewTextHover_noReview, link.key());
                    case CORPUS -> NLS.bind(Messages.ReviewTextHover_noDocument, link.key());
                    case REVIEWER -> NLS.bind(Messages.ReviewTextHover_noReviewer, link.key());
                })));
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** The messages of the RFY problem markers on a 1-based line of the file. */
    private List<String> problems(int line) {
        IFile f = file.get();
        List<String> result = new ArrayList<>();
        if (f == null || !f.exists()) {
            return result;
        }
        try {
            for (IMarker m : f.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO)) {
                if (m.getAttribute(IMarker.LINE_NUMBER, -1) == line) {
                    String code = m.getAttribute(ProblemMarkers.CODE, "");
                    result.add(m.getAttribute(IMarker.MESSAGE, "") + (code.isEmpty() ? "" : " [" + code + "]"));
                }
            }
        } catch (CoreException e) {
            // no markers to show
        }
        return result;
    }
}
