package io.rfy.ui.quickfix;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMarkerResolution;

import io.rfy.model.Link;
import io.rfy.model.Review;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.ReviewResource;
import io.rfy.store.SourceLocation;

/**
 * A link that redirects permanently ({@code rfy.link.moved}, found by "Check links" or {@code rfy validate --online}
 * and carried by the builder from {@code .rfy/link-check.tsv}): the URL is replaced by the redirect's target, in a
 * paper's {@code links:} or in the body, through the store.
 */
final class FollowRedirect implements IMarkerResolution {

    private final String target;

    FollowRedirect(String target) {
        this.target = target;
    }

    @Override
    public String getLabel() {
        return "Follow the redirect: use " + target;
    }

    @Override
    public void run(IMarker marker) {
        try {
            apply(marker);
        } catch (IOException | CoreException | IllegalStateException e) {
            MessageDialog.openError(Display.getCurrent().getActiveShell(), "Quick fix", e.getMessage());
        }
    }

    void apply(IMarker marker) throws IOException, CoreException {
        IFile file = (IFile) marker.getResource();
        ReviewResource resource = ReviewFiles.load(file);
        Review review = ReviewFiles.review(resource);
        int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
        Link link = linkAt(resource, line);
        if (link != null) {
            link.setUrl(target);
        } else {
            int bodyLine = ReviewFiles.bodyLine(review, marker);
            String old = urlInMessage(marker.getAttribute(IMarker.MESSAGE, ""));
            if (bodyLine < 0 || old == null) {
                throw new IllegalStateException("no link to replace at line " + line + " of " + file.getName());
            }
            review.setBody(ReviewFiles.replaceLine(review.getBody(), bodyLine, text -> text.replace("(" + old, "(" + target)
                    .replace("<" + old + ">", "<" + target + ">")));
        }
        resource.save(null);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
    }

    private static Link linkAt(ReviewResource resource, int line) {
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            if (it.next() instanceof Link l && l.getUrl() != null) {
                SourceLocation.Position at = SourceLocation.of(l, Literals.LINK__URL);
                if (at != null && at.line() == line) {
                    return l;
                }
            }
        }
        return null;
    }

    /** A body link's finding reads "the link <url> ...": the URL that moved. */
    static String urlInMessage(String message) {
        String prefix = "the link ";
        if (!message.startsWith(prefix) || message.startsWith(prefix + "'")) {
            return null;
        }
        int end = message.indexOf(' ', prefix.length());
        return end < 0 ? null : message.substring(prefix.length(), end);
    }
}
