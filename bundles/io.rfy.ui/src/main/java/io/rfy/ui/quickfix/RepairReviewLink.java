package io.rfy.ui.quickfix;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IMarker;

import io.rfy.model.Review;
import io.rfy.store.ReviewResource;

/**
 * A body link to a review that moved to another period folder ({@code rfy.body.broken-review-link}, whose suggestion
 * is the relative path to where the review is now): the link's path is replaced, its {@code #fragment} kept.
 */
final class RepairReviewLink extends ReviewFileFix {

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
    void edit(Review review, ReviewResource resource, IMarker marker) {
        int line = ReviewFiles.bodyLine(review, marker);
        if (line < 0) {
            throw new IllegalStateException("the marker is not inside the body of " + resource.getURI().lastSegment());
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
    }
}
