package io.rfy.ui.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.rfy.corpus.CorpusAnchors;
import io.rfy.corpus.CrossLinks;
import io.rfy.corpus.Mention;
import io.rfy.model.CorpusCrossLink;
import io.rfy.model.CrossLink;
import io.rfy.model.Paper;
import io.rfy.model.PaperCrossLink;
import io.rfy.model.Review;
import io.rfy.model.ReviewCrossLink;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.Ids;
import io.rfy.store.RfyWorkspace;
import io.rfy.ide.WorkspaceModels;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * What the Mentions &amp; Backlinks view shows for one review, read off the UI thread from the files on disk: its
 * unlinked mentions (ranked by {@link CrossLinks#unlinked}), its cross-links (corpus anchors re-resolved), and the
 * reviews that link to it or to one of its papers.
 */
public final class MentionsSnapshot {

    /** A group of rows; equal by key, so a viewer keeps it expanded across reloads. */
    public record Section(String key, String title, List<?> rows) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Section s && key.equals(s.key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
    }

    /**
     * One of the review's cross-links: its target as text; for a corpus anchor where it resolves now (code points,
     * -1 when broken); for a review link the file of that review, if it exists.
     */
    public record Linked(String kind, String target, String detail, IFile file, String document, int start, int end,
            CorpusAnchors.Status status) {
    }

    /** A review that links here, and how. */
    public record Backlink(String review, String label, String how, IFile file) {
    }

    final IProject project;
    final String reviewId;
    String title = "";
    IFile file;
    final List<Mention> unlinked = new ArrayList<>();
    final List<Linked> linked = new ArrayList<>();
    final List<Backlink> backlinks = new ArrayList<>();
    final Map<String, IFile> reviewFiles = new HashMap<>();
    String problem;

    private MentionsSnapshot(IProject project, String reviewId) {
        this.project = project;
        this.reviewId = reviewId;
    }

    public IProject project() {
        return project;
    }

    public String reviewId() {
        return reviewId;
    }

    public IFile file() {
        return file;
    }

    public List<Mention> unlinked() {
        return unlinked;
    }

    public List<Linked> linked() {
        return linked;
    }

    public List<Backlink> backlinks() {
        return backlinks;
    }

    /** Why nothing could be read, or null. */
    public String problem() {
        return problem;
    }

    /** The file of a review of the same project, or null. */
    public IFile reviewFile(String id) {
        return reviewFiles.get(id);
    }

    /** The detail of a cross-link to a review the workspace does not have (the view marks such rows). */
    public static final String NO_SUCH_REVIEW = Messages.Mentions_noSuchReview;

    public List<Section> sections() {
        return List.of(new Section("unlinked", Messages.Mentions_unlinked, unlinked),
                new Section("linked", Messages.Mentions_crossLinks, linked),
                new Section("backlinks", Messages.Mentions_backlinks, backlinks));
    }

    public static MentionsSnapshot read(IProject project, String reviewId, IProgressMonitor monitor) {
        MentionsSnapshot s = new MentionsSnapshot(project, reviewId);
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Mentions_progress, reviewId), 10);
        try {
            // the project's shared model: loaded by the first reader, kept current by WorkspaceModels
            return WorkspaceModels.get().read(project, progress.split(3), ws -> fill(s, project, ws, progress));
        } catch (IOException e) {
            s.problem = NLS.bind(Messages.Mentions_cannotRead, project.getName(), e.getMessage());
            return s;
        }
    }

    private static MentionsSnapshot fill(MentionsSnapshot s, IProject project, RfyWorkspace ws, SubMonitor progress) {
        String reviewId = s.reviewId;
        for (Review r : ws.reviews()) {
            if (r.eResource() != null && r.getId() != null) {
                s.reviewFiles.put(r.getId(), project.getFile(ws.relative(r.eResource())));
            }
        }
        Review review = ws.review(reviewId);
        if (review == null) {
            s.problem = NLS.bind(Messages.Mentions_noReview, reviewId, project.getName());
            return s;
        }
        s.file = s.reviewFiles.get(reviewId);
        s.title = review.getPapers().isEmpty() ? "" : Objects.toString(review.getPapers().get(0).getTitle(), "");
        try {
            s.unlinked.addAll(CrossLinks.unlinked(ws, review));
        } catch (IOException e) {
            s.problem = NLS.bind(Messages.Mentions_notFound, e.getMessage());
        }
        progress.worked(5);
        for (CrossLink c : review.getCrossLinks()) {
            s.linked.add(linked(s, ws, c));
        }
        Set<Review> seen = new LinkedHashSet<>();
        for (Review r : CrossLinks.backlinks(ws, review)) {
            if (seen.add(r)) {
                s.backlinks.add(backlink(s, r, Messages.Mentions_linksHere));
            }
        }
        for (Paper paper : review.getPapers()) {
            for (Review r : CrossLinks.backlinks(ws, paper)) {
                if (seen.add(r)) {
                    s.backlinks.add(backlink(s, r, NLS.bind(Messages.Mentions_linksTo,
                            paper.getShortName() != null ? paper.getShortName() : paper.getTitle())));
                }
            }
        }
        progress.done();
        return s;
    }

    private static Backlink backlink(MentionsSnapshot s, Review r, String how) {
        String papers = ReviewsTree.papers(r);
        return new Backlink(r.getId(), r.getId() + (papers.isEmpty() ? "" : " — " + papers), how, s.reviewFiles.get(r.getId()));
    }

    private static Linked linked(MentionsSnapshot s, RfyWorkspace ws, CrossLink c) {
        if (c instanceof ReviewCrossLink r) {
            String id = Ids.of(r, Literals.REVIEW_CROSS_LINK__REVIEW);
            IFile file = s.reviewFiles.get(id);
            return new Linked("review", id, file == null ? NO_SUCH_REVIEW : "", file, null, -1, -1, null);
        }
        if (c instanceof PaperCrossLink p) {
            Paper paper = p.getTitle() == null ? null : CrossLinks.paper(ws, p.getTitle());
            String owner = paper == null ? null : ((Review) paper.eContainer()).getId();
            return new Linked("paper", Objects.toString(p.getTitle(), "?"),
                    owner == null ? Messages.Mentions_notReviewed : NLS.bind(Messages.Mentions_reviewedIn, owner), owner == null ? null : s.reviewFiles.get(owner),
                    null, -1, -1, null);
        }
        if (c instanceof CorpusCrossLink q) {
            CorpusAnchors.Resolution r;
            try {
                r = CorpusAnchors.resolve(ws, q);
            } catch (IOException e) {
                r = null;
            }
            String detail = r == null ? Messages.Mentions_noDocument : switch (r.status()) {
                case EXACT -> "";
                case MOVED -> Messages.Mentions_moved;
                case FUZZY -> NLS.bind(Messages.Mentions_fuzzy, r.found());
                case BROKEN -> Messages.Mentions_broken;
            };
            return new Linked("corpus", NLS.bind(Messages.Mentions_quoteIn, Objects.toString(q.getQuote(), ""), q.getDocument()), detail, null,
                    q.getDocument(), r == null ? -1 : r.start(), r == null ? -1 : r.end(),
                    r == null ? CorpusAnchors.Status.BROKEN : r.status());
        }
        return new Linked("?", String.valueOf(c), "", null, null, -1, -1, null);
    }
}
