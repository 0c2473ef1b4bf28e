package io.rfy.ui.quickfix;

import java.util.regex.Matcher;

import org.eclipse.core.resources.IMarker;

import io.rfy.model.Review;
import io.rfy.store.ReviewLinks;
import io.rfy.store.ReviewResource;
import io.rfy.store.WorkspaceLayout;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * A body link to a review that moved to another period folder ({@code rfy.body.broken-review-link}, whose suggestion
 * is the relative path to where the review is now): the link's path is replaced, its {@code #fragment} kept.
 */
final class RepairReviewLink extends ReviewFileFix {

    private final String suggestion;

    RepairReviewLink(String suggestion) {
        this.suggestion = suggestion;
    }

    @Override
    public String getLabel() {
        return NLS.bind(Messages.RepairReviewLink_label, suggestion);
    }

    @Override
    void edit(Review review, ReviewResource resource, IMarker marker) {
        int line = ReviewFiles.bodyLine(review, marker);
        if (line < 0) {
            throw new IllegalStateException(NLS.bind(Messages.RepairReviewLink_notInBody, resource.getURI().lastSegment()));
        }
        String id = WorkspaceLayout.idOf(suggestion);
        review.setBody(ReviewFiles.replaceLine(review.getBody(), line, text -> {
            // relative links to reviews, read as validation reads them (the store's ReviewLinks)
            Matcher m = ReviewLinks.RELATIVE_IN_TEXT.matcher(text);
            StringBuilder out = new StringBuilder();
            boolean done = false;
            while (m.find()) {
                String path = m.group(1);
                // the link that names the moved review's file, but not where it is now
                if (!done && !path.equals(suggestion) && id.equals(ReviewLinks.reviewId(path))) {
                    String link = m.group();
                    int from = m.start(1) - m.start();
                    m.appendReplacement(out, Matcher.quoteReplacement(link.substring(0, from) + suggestion
                            + link.substring(from + path.length())));
                    done = true;
                }
            }
            m.appendTail(out);
            return out.toString();
        }));
    }
}
