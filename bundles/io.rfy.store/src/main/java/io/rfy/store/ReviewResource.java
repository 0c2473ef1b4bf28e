package io.rfy.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.yaml.snakeyaml.nodes.Node;

import io.rfy.model.CorpusCrossLink;
import io.rfy.model.CrossLink;
import io.rfy.model.Link;
import io.rfy.model.LinkKind;
import io.rfy.model.Paper;
import io.rfy.model.PaperCrossLink;
import io.rfy.model.Review;
import io.rfy.model.ReviewCrossLink;
import io.rfy.model.ReviewStatus;
import io.rfy.model.Reviewer;
import io.rfy.model.RfyFactory;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.yaml.BlockMap;
import io.rfy.store.yaml.YamlMap;

/**
 * {@code reviews/<yyyy-mm>/<id>.md}: a review's front matter (reviewer, status, papers, tags, cross-links)
 * and its Markdown body. The id is the file name, the period the folder name.
 */
public final class ReviewResource extends RfyResource {

    /** The same patterns as {@link WorkspaceLayout#REVIEW_ID} and {@link WorkspaceLayout#PERIOD}. */
    public static final Pattern ID = WorkspaceLayout.REVIEW_ID;
    public static final Pattern PERIOD = WorkspaceLayout.PERIOD;

    /** The front matter's keys, in the order the store writes them (also what the IDE's key completion offers). */
    public static final java.util.List<String> FRONT_MATTER_KEYS = java.util.List.of("reviewer", "status", "papers", "tags",
            "crosslinks");
    /** A paper's keys, in the order the store writes them. */
    public static final java.util.List<String> PAPER_FIELDS = java.util.List.of("title", "authors", "affiliations", "year",
            "aliases", "arxiv", "doi", "links");
    private static final java.util.Set<String> KEYS = java.util.Set.copyOf(FRONT_MATTER_KEYS);
    private static final java.util.Set<String> PAPER_KEYS = java.util.Set.copyOf(PAPER_FIELDS);

    public ReviewResource(URI uri) {
        super(uri);
    }

    @Override
    protected boolean hasFrontMatter() {
        return true;
    }

    @Override
    protected EObject read(Node root, String body, Reading in) {
        RfyFactory f = RfyFactory.eINSTANCE;
        Review review = f.createReview();
        String id = Ids.stem(getURI());
        review.setId(id);
        if (!ID.matcher(id).matches()) {
            in.error("store.id-format", "a review's file name is its id and must match [a-z0-9-]+, not '" + id + "'");
        }
        String period = getURI().segmentCount() >= 2 ? getURI().segment(getURI().segmentCount() - 2) : null;
        review.setPeriod(period != null && PERIOD.matcher(period).matches() ? period : null);
        review.setBody(body);
        YamlMap fm = in.frontMatter(root, review, KEYS, "a review needs at least reviewer, status and papers");
        if (fm == null) {
            return review;
        }
        String reviewer = fm.string("reviewer");
        if (reviewer != null) {
            review.setReviewer(reviewerProxy(reviewer));
            in.locate(review, Literals.REVIEW__REVIEWER, fm, "reviewer");
        }
        String status = fm.string("status");
        if (status != null) {
            ReviewStatus s = ReviewStatus.get(status);
            if (s == null) {
                in.error(YamlMap.WRONG_TYPE, "status: expected draft, ready or published, found '" + status + "'",
                        fm.markOf("status"));
            } else {
                review.setStatus(s);
            }
            in.locate(review, Literals.REVIEW__STATUS, fm, "status");
        }
        List<YamlMap> papers = fm.maps("papers");
        if (!fm.has("papers")) {
            in.error("store.required", "papers: a review needs at least one paper", fm.mark());
        } else if (papers.isEmpty()) {
            in.error("store.required", "papers: the list is empty; a review needs at least one paper", fm.markOf("papers"));
        }
        for (YamlMap p : papers) {
            review.getPapers().add(readPaper(p, in));
        }
        in.locate(review, Literals.REVIEW__PAPERS, fm, "papers");
        review.getTags().addAll(fm.strings("tags"));
        in.locate(review, Literals.REVIEW__TAGS, fm, "tags");
        for (YamlMap c : fm.maps("crosslinks")) {
            CrossLink link = readCrossLink(c, in);
            if (link != null) {
                review.getCrossLinks().add(link);
            }
        }
        return review;
    }

    private static Paper readPaper(YamlMap p, Reading in) {
        Paper paper = RfyFactory.eINSTANCE.createPaper();
        in.locate(paper, p.mark());
        in.warnUnknownKeys(p, PAPER_KEYS);
        paper.setTitle(p.string("title"));
        in.locate(paper, Literals.PAPER__TITLE, p, "title");
        paper.getAuthors().addAll(p.strings("authors"));
        in.locate(paper, Literals.PAPER__AUTHORS, p, "authors");
        paper.getAffiliations().addAll(p.strings("affiliations"));
        paper.setYear(p.integer("year"));
        in.locate(paper, Literals.PAPER__YEAR, p, "year");
        paper.getAliases().addAll(p.strings("aliases"));
        paper.setArxiv(p.string("arxiv"));
        in.locate(paper, Literals.PAPER__ARXIV, p, "arxiv");
        paper.setDoi(p.string("doi"));
        in.locate(paper, Literals.PAPER__DOI, p, "doi");
        for (YamlMap l : p.maps("links")) {
            Link link = RfyFactory.eINSTANCE.createLink();
            in.locate(link, l.mark());
            link.setLabel(l.string("label"));
            link.setUrl(l.string("url"));
            in.locate(link, Literals.LINK__URL, l, "url");
            String kind = l.string("kind");
            if (kind != null) {
                LinkKind k = LinkKind.get(kind);
                if (k == null) {
                    in.error(YamlMap.WRONG_TYPE, "kind: '" + kind + "' is not one of " + LinkKind.VALUES, l.markOf("kind"));
                } else {
                    link.setKind(k);
                }
            }
            paper.getLinks().add(link);
        }
        return paper;
    }

    private CrossLink readCrossLink(YamlMap c, Reading in) {
        RfyFactory f = RfyFactory.eINSTANCE;
        CrossLink link;
        if (c.has("review")) {
            ReviewCrossLink r = f.createReviewCrossLink();
            String id = c.string("review");
            if (id != null) {
                r.setReview(reviewProxy(id));
            }
            link = r;
        } else if (c.has("paper")) {
            PaperCrossLink p = f.createPaperCrossLink();
            p.setTitle(c.string("paper"));
            link = p;
        } else if (c.has("corpus")) {
            CorpusCrossLink q = f.createCorpusCrossLink();
            q.setDocument(c.string("corpus"));
            q.setQuote(c.string("quote"));
            q.setPrefix(c.string("prefix"));
            q.setSuffix(c.string("suffix"));
            link = q;
        } else {
            in.error("store.required", "a cross-link needs one of review, paper or corpus", c.mark());
            return null;
        }
        in.locate(link, c.mark());
        return link;
    }

    /** The reviewer as a proxy into {@code reviewers.yaml} at the workspace root, resolved on demand or by the loader. */
    private Reviewer reviewerProxy(String id) {
        return reviewerProxy(getURI(), id);
    }

    /** The same proxy for a review file at {@code reviewFile}; the workspace uses it to undo a resolution. */
    static Reviewer reviewerProxy(URI reviewFile, String id) {
        Reviewer proxy = RfyFactory.eINSTANCE.createReviewer();
        URI root = reviewFile.segmentCount() >= 3 ? reviewFile.trimSegments(3) : reviewFile.trimSegments(1);
        ((InternalEObject) proxy).eSetProxyURI(root.appendSegment(WorkspaceLayout.REVIEWERS_FILE).appendFragment(id));
        return proxy;
    }

    static Review reviewProxy(String id) {
        Review proxy = RfyFactory.eINSTANCE.createReview();
        ((InternalEObject) proxy).eSetProxyURI(Ids.reviewUri(id));
        return proxy;
    }

    @Override
    protected Object toTree(EObject root) {
        Review review = (Review) root;
        BlockMap fm = new BlockMap();
        fm.putOptional("reviewer", Ids.of(review, Literals.REVIEW__REVIEWER));
        fm.put("status", review.getStatus().getLiteral());
        List<Object> papers = new java.util.ArrayList<>();
        for (Paper p : review.getPapers()) {
            BlockMap paper = new BlockMap();
            paper.putOptional("title", p.getTitle());
            paper.putOptional("authors", List.copyOf(p.getAuthors()));
            paper.putOptional("affiliations", List.copyOf(p.getAffiliations()));
            paper.putOptional("year", p.getYear());
            paper.putOptional("aliases", List.copyOf(p.getAliases()));
            paper.putOptional("arxiv", p.getArxiv());
            paper.putOptional("doi", p.getDoi());
            List<Object> links = new java.util.ArrayList<>();
            for (Link l : p.getLinks()) {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("label", l.getLabel());
                link.put("url", l.getUrl());
                if (l.isSetKind()) {
                    link.put("kind", l.getKind().getLiteral());
                }
                links.add(link);
            }
            paper.putOptional("links", links);
            papers.add(paper);
        }
        fm.putOptional("papers", papers);
        fm.putOptional("tags", List.copyOf(review.getTags()));
        List<Object> crossLinks = new java.util.ArrayList<>();
        for (CrossLink c : review.getCrossLinks()) {
            Map<String, Object> link = new LinkedHashMap<>();
            if (c instanceof ReviewCrossLink r) {
                link.put("review", Ids.of(r, Literals.REVIEW_CROSS_LINK__REVIEW));
            } else if (c instanceof PaperCrossLink p) {
                link.put("paper", p.getTitle());
            } else if (c instanceof CorpusCrossLink q) {
                link.put("corpus", q.getDocument());
                link.put("quote", q.getQuote());
                if (q.getPrefix() != null) {
                    link.put("prefix", q.getPrefix());
                }
                if (q.getSuffix() != null) {
                    link.put("suffix", q.getSuffix());
                }
            }
            crossLinks.add(link);
        }
        fm.putOptional("crosslinks", crossLinks);
        return fm;
    }

    @Override
    protected org.eclipse.emf.ecore.EAttribute bodyFeature() {
        return Literals.REVIEW__BODY;
    }

    @Override
    protected String body(EObject root) {
        String body = ((Review) root).getBody();
        return body == null ? "" : body;
    }
}
