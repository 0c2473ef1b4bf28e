package io.rfy.validation;

import io.rfy.store.StoreProblem.Severity;

/**
 * Every check the validator makes, with its stable code (documented in the README) and default severity.
 * Codes never change meaning: CI scripts and IDE quick fixes key on them.
 */
public enum Rule {
    REVIEW_NO_REVIEWER("rfy.review.no-reviewer", Severity.ERROR, "a review names its reviewer"),
    REVIEW_NO_PAPERS("rfy.review.no-papers", Severity.ERROR, "a review reviews at least one paper"),
    REVIEW_EMPTY_BODY("rfy.review.empty-body", Severity.ERROR, "a review has a body"),
    PAPER_NO_TITLE("rfy.paper.no-title", Severity.ERROR, "a paper has a title"),
    PAPER_NO_AUTHORS("rfy.paper.no-authors", Severity.ERROR, "a paper has authors"),
    PAPER_NO_YEAR("rfy.paper.no-year", Severity.WARNING, "a paper has a year"),
    PAPER_IMPLAUSIBLE_YEAR("rfy.paper.implausible-year", Severity.ERROR, "the year is between 1900 and next year"),
    PAPER_NO_ORIGINAL_LINK("rfy.paper.no-original-link", Severity.ERROR, "a paper has a link to the paper itself"),
    PAPER_REVIEWED_TWICE("rfy.paper.reviewed-twice", Severity.WARNING,
            "the same paper (arXiv id, DOI or title) reviewed twice without a cross-link between the reviews"),
    LINK_EMPTY_URL("rfy.link.empty-url", Severity.WARNING, "a link has a URL"),
    LINK_NOT_HTTP("rfy.link.not-http", Severity.ERROR, "a link is an absolute http(s) URL"),
    LINK_CREDENTIALS("rfy.link.credentials", Severity.ERROR,
            "a link carries no user name, password or token (the fix is the URL without them)"),
    ARXIV_MALFORMED("rfy.id.arxiv-malformed", Severity.ERROR, "the arxiv: value is an arXiv identifier"),
    ARXIV_NONCANONICAL("rfy.id.arxiv-noncanonical", Severity.WARNING, "the arxiv: value is the bare id (e.g. 2005.00341)"),
    ARXIV_LINK_MISMATCH("rfy.id.arxiv-link-mismatch", Severity.WARNING, "the arxiv: value and the arXiv links agree"),
    DOI_MALFORMED("rfy.id.doi-malformed", Severity.ERROR, "the doi: value is a DOI"),
    DOI_NONCANONICAL("rfy.id.doi-noncanonical", Severity.WARNING, "the doi: value is the bare DOI (10.x/y)"),
    ARXIV_URL_NONCANONICAL("rfy.link.arxiv-noncanonical", Severity.WARNING,
            "arXiv links point at the abstract page https://arxiv.org/abs/<id>"),
    DOI_URL_NONCANONICAL("rfy.link.doi-noncanonical", Severity.WARNING, "DOI links are https://doi.org/<doi>"),
    GITHUB_URL_MALFORMED("rfy.link.github-malformed", Severity.ERROR, "a GitHub link names a possible owner and repository"),
    GITHUB_URL_NONCANONICAL("rfy.link.github-noncanonical", Severity.WARNING,
            "GitHub links are https://github.com/<owner>/<repo> (or a path inside it)"),
    OPENREVIEW_URL_NONCANONICAL("rfy.link.openreview-noncanonical", Severity.WARNING,
            "OpenReview links point at the forum page"),
    BODY_BROKEN_REVIEW_LINK("rfy.body.broken-review-link", Severity.ERROR,
            "a link to another review (relative path or rfy:review/<id>) names an existing review"),
    CROSSLINK_UNKNOWN_DOCUMENT("rfy.crosslink.unknown-document", Severity.ERROR,
            "a corpus cross-link names a document of corpus/"),
    CROSSLINK_BROKEN_ANCHOR("rfy.crosslink.broken-anchor", Severity.ERROR,
            "a corpus cross-link's quote is still in its document"),
    CROSSLINK_ANCHOR_MOVED("rfy.crosslink.anchor-moved", Severity.WARNING,
            "a corpus cross-link's quote is still between its prefix and suffix (else it re-anchors on the quote alone;"
                    + " the fix is its new code point range)"),
    CROSSLINK_ANCHOR_FUZZY("rfy.crosslink.anchor-fuzzy", Severity.INFO,
            "a corpus cross-link's quote is still in its document as written (else it re-anchors on the closest text;"
                    + " the fix is that text)"),
    BODY_BROKEN_ANCHOR("rfy.body.broken-anchor", Severity.WARNING,
            "an in-page link (#name) names an anchor of the exported post: top, a review of the batch, or an <anchor> in"
                    + " the text"),
    BODY_IMAGE_NO_URL("rfy.body.image-no-url", Severity.WARNING, "a figure has an image URL"),
    HABR_IMAGE_HOST("rfy.habr.image-host", Severity.WARNING, "figures are hosted on habrastorage.org"),
    HABR_TAG("rfy.habr.tag", Severity.WARNING, "tags are short words Habr accepts (no commas, #, or over the length limit)"),
    BATCH_TITLE_PATTERN("rfy.batch.title-pattern", Severity.WARNING,
            "the batch title reads «Читаем статьи за вас. <Месяц> <год>. Часть <n>» and agrees with period and part"),
    BATCH_REVIEW_NOT_READY("rfy.batch.review-not-ready", Severity.ERROR, "every review in a batch is ready or published"),
    BATCH_REVIEW_IN_TWO_BATCHES("rfy.batch.review-in-two-batches", Severity.ERROR, "a review appears in one batch only"),
    LINK_BROKEN("rfy.link.broken", Severity.ERROR, "a link answers (checked with --online)"),
    LINK_MOVED("rfy.link.moved", Severity.WARNING, "a link does not redirect permanently (checked with --online)"),
    LINK_UNVERIFIED("rfy.link.unverified", Severity.INFO,
            "a link could be checked (401/403/429 and bot walls are reported here, not as broken)"),
    BATCH_TOO_MANY_HUBS("rfy.batch.too-many-hubs", Severity.WARNING, "a post has at most 5 hubs (configurable)"),
    PAPER_METADATA_MISMATCH("rfy.paper.metadata-mismatch", Severity.WARNING,
            "the title and the authors agree with the record of the paper's identifier (checked with --online; the fix is"
                    + " the record's value)"),
    HABR_CUT("rfy.habr.cut", Severity.WARNING, "the exported post has 100-2000 characters of text before its <cut/> and"
            + " at least 100 after it (Habr's cut rules, as io.rfy.habr's CutRule checks them)");

    private final String code;
    private final Severity severity;
    private final String summary;

    Rule(String code, Severity severity, String summary) {
        this.code = code;
        this.severity = severity;
        this.summary = summary;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** The rule with this code; an unknown code is a programming error. */
    public static Rule of(String code) {
        for (Rule r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no rule " + code);
    }

    /** What the rule asks for, in a phrase. */
    public String summary() {
        return summary;
    }
}
