package io.rfy.ide.builder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.rfy.corpus.CrossLinks;
import io.rfy.corpus.Mention;
import io.rfy.corpus.MentionIndex;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.SourceLocation;
import io.rfy.store.StoreProblem.Severity;
import io.rfy.validation.ReportEntry;
import io.rfy.ide.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Info markers for passages of the corpus that name a review's paper but are not in its {@code crosslinks} yet: the
 * best few per review (ranked by {@link CrossLinks#ranked}, as {@code rfy mentions --unlinked} ranks them), each a quick fix away from a cross-link ({@code CrossLinks.accept}). Mentions in other reviews'
 * bodies are left to the Mentions view: they would make every review depend on every other one's text.
 */
public final class CrossLinkSuggestions implements WorkspaceCheck {

    public static final String CODE = "rfy.crosslink.suggestion";
    /** Enough to show that there is more to link without filling the Problems view. */
    static final int PER_REVIEW = 3;

    private MentionIndex index;

    /** Forgets the mention index: the corpus or the papers' names changed, so it is opened (and updated) again. */
    void invalidate() {
        if (index != null) {
            index.close();
        }
        index = null;
    }

    @Override
    public List<ReportEntry> run(RfyWorkspace ws, Set<String> files, IProgressMonitor monitor) {
        List<ReportEntry> report = new ArrayList<>();
        List<Review> reviews = ws.reviews().stream().filter(r -> files.contains(ws.relative(r.eResource()))).toList();
        if (reviews.isEmpty()) {
            return report;
        }
        try {
            if (index == null) {
                if (ws.corpusFiles().isEmpty()) {
                    return report; // nothing to suggest, and no cache file to write
                }
                index = MentionIndex.open(ws);
            }
        } catch (IOException e) {
            return report; // an unreadable corpus folder: the validation reports its documents; no suggestions
        }
        for (Review review : reviews) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<Mention> unlinked = CrossLinks.ranked(index.corpusMentions(review.getId()), review);
            for (Mention m : unlinked.subList(0, Math.min(PER_REVIEW, unlinked.size()))) {
                report.add(entry(ws, review, m));
            }
        }
        return report;
    }

    /** What the marker's quick fix needs to find the same mention again: the document and the start offset. */
    public static String suggestion(Mention m) {
        return m.document() + "#" + m.start();
    }

    private static ReportEntry entry(RfyWorkspace ws, Review review, Mention m) {
        Paper paper = review.getPapers().stream().filter(p -> m.paper().equals(p.getTitle())).findFirst()
                .orElse(review.getPapers().isEmpty() ? null : review.getPapers().get(0));
        SourceLocation.Position at = paper == null ? SourceLocation.of(review)
                : SourceLocation.of(paper, Literals.PAPER__TITLE);
        String where = m.item() == null ? NLS.bind(Messages.CrossLinkSuggestions_inDocument, m.document())
                : NLS.bind(Messages.CrossLinkSuggestions_inItem, m.document(), m.item());
        return new ReportEntry(Severity.INFO, CODE, NLS.bind(Messages.CrossLinkSuggestions_message, m.quote(), where),
                ws.relative(review.eResource()), at == null ? 1 : at.line(),
                at == null ? 1 : at.column(), suggestion(m));
    }
}
