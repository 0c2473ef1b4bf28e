package io.rfy.ui.quickfix;

import org.eclipse.core.resources.IMarker;

import io.rfy.model.Link;
import io.rfy.model.Review;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.ReviewResource;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * A link that redirects permanently ({@code rfy.link.moved}, found by "Check links" or {@code rfy validate --online}
 * and carried by the builder from {@code .rfy/link-check.tsv}): the URL is replaced by the redirect's target, in a
 * paper's {@code links:} or in the body, through the store.
 */
final class FollowRedirect extends ReviewFileFix {

    private final String target;

    FollowRedirect(String target) {
        this.target = target;
    }

    @Override
    public String getLabel() {
        return NLS.bind(Messages.FollowRedirect_label, target);
    }

    @Override
    void edit(Review review, ReviewResource resource, IMarker marker) {
        int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
        Link link = (Link) ReviewFiles.elementAt(resource, Literals.LINK__URL, line);
        if (link != null) {
            link.setUrl(target);
        } else {
            int bodyLine = ReviewFiles.bodyLine(review, marker);
            String old = urlInMessage(marker.getAttribute(IMarker.MESSAGE, ""));
            if (bodyLine < 0 || old == null) {
                throw new IllegalStateException(NLS.bind(Messages.FollowRedirect_noLink, line, resource.getURI().lastSegment()));
            }
            review.setBody(ReviewFiles.replaceLine(review.getBody(), bodyLine, text -> text.replace("(" + old, "(" + target)
                    .replace("<" + old + ">", "<" + target + ">")));
        }
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
