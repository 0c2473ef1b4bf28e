package io.rfy.ui.quickfix;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMarkerResolution;

import io.rfy.model.Review;
import io.rfy.store.ReviewResource;

/**
 * A body link to a review that moved to another period folder ({@code rfy.body.broken-review-link}, whose suggestion
 * is the relative path to where the review is now): the link's path is replaced, its {@code #fragment} kept.
 */
final class RepairReviewLink implements IMarkerResolution {

    /** The target of a Markdown link or image, as the validator reads it. */
    private static final Pattern TARGET = Pattern.compile("\\]\\(\\s*<?([^)\\s>#]*)(#[^)\\s>]*)?");

    private final String suggestion;

    RepairReviewLink(String suggestion) {
        this.suggestion = suggestion;
    }

    @Override
    public String getLabel() {
        return "Link to the review where it is now: " + suggestion;
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
        int line = ReviewFiles.bodyLine(review, marker);
        if (line < 0) {
            throw new IllegalStateException("the marker is not inside the body of " + file.getName());
        }
        String name = suggestion.substring(suggestion.lastIndexOf('/') + 1);
        review.setBody(ReviewFiles.replaceLine(review.getBody(), line, text -> {
            Matcher m = TARGET.matcher(text);
            StringBuilder out = new StringBuilder();
            boolean done = false;
            while (m.find()) {
                String path = m.group(1);
                // the link that names the moved review's file, but not where it is now
                if (!done && !path.equals(suggestion) && (path.equals(name) || path.endsWith("/" + name))) {
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group().replace(path, suggestion)));
                    done = true;
                }
            }
            m.appendTail(out);
            return out.toString();
        }));
        resource.save(null);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
    }
}
