package io.rfy.ui.quickfix;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

import io.rfy.model.Review;
import io.rfy.store.ReviewResource;
import io.rfy.store.SourceLocation;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** The review file a marker is on, read through the store for a quick fix to edit. */
final class ReviewFiles {

    private ReviewFiles() {
    }

    /** @throws IllegalStateException when the file cannot be read without errors: it is then never written */
    static ReviewResource load(IFile file) throws IOException {
        ReviewResource resource = new ReviewResource(URI.createFileURI(file.getLocation().toOSString()));
        resource.load(null);
        if (!resource.isWritable() || resource.getContents().isEmpty()) {
            throw new IllegalStateException(NLS.bind(Messages.ReviewFiles_unreadable, file.getName(),
                    resource.getErrors().isEmpty() ? Messages.ReviewFiles_empty : resource.getErrors().get(0).getMessage()));
        }
        return resource;
    }

    static Review review(ReviewResource resource) {
        return (Review) resource.getContents().get(0);
    }

    /** The 0-based line of the body the marker is on, or -1 when the marker is not inside the body. */
    static int bodyLine(Review review, IMarker marker) {
        SourceLocation.Position start = SourceLocation.of(review, io.rfy.model.RfyPackage.Literals.REVIEW__BODY);
        int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
        return start == null || line < start.line() ? -1 : line - start.line();
    }

    /** The body with one of its lines replaced (line breaks kept as they are). */
    static String replaceLine(String body, int index, java.util.function.UnaryOperator<String> edit) {
        int from = 0;
        for (int i = 0; i < index; i++) {
            from = body.indexOf('\n', from) + 1;
            if (from == 0) {
                throw new IllegalStateException(NLS.bind(Messages.ReviewFiles_noLine, index + 1));
            }
        }
        int to = body.indexOf('\n', from);
        to = to < 0 ? body.length() : to;
        String line = body.substring(from, to);
        String changed = edit.apply(line);
        if (changed.equals(line)) {
            throw new IllegalStateException(Messages.ReviewFiles_gone);
        }
        return body.substring(0, from) + changed + body.substring(to);
    }

    /** The first element of the resource whose {@code feature} was read from the given (1-based) line, or null. */
    static EObject elementAt(Resource resource, EAttribute feature, int line) {
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (feature.getEContainingClass().isInstance(o) && o.eGet(feature) != null) {
                SourceLocation.Position at = SourceLocation.of(o, feature);
                if (at != null && at.line() == line) {
                    return o;
                }
            }
        }
        return null;
    }

    /** Why a quick fix wrote nothing, for the user. */
    static void showError(Exception e) {
        MessageDialog.openError(Display.getCurrent().getActiveShell(), Messages.ReviewFiles_title, e.getMessage());
    }
}
