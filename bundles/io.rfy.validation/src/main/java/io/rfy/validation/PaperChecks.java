package io.rfy.validation;

import java.net.URI;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.rfy.ids.ArxivId;
import io.rfy.ids.Doi;
import io.rfy.ids.GitHubRepo;
import io.rfy.ids.OpenReviewId;
import io.rfy.ids.UrlCredentials;
import io.rfy.model.Link;
import io.rfy.model.LinkKind;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.RfyPackage.Literals;

/** The checks of one paper: required metadata, identifiers in their canonical forms, its links. */
final class PaperChecks {

    private PaperChecks() {
    }

    static void check(Paper paper, WorkspaceIndex index, Consumer<Finding> out) {
        if (paper.getTitle() == null || paper.getTitle().isBlank()) {
            out.accept(Finding.at(Rule.PAPER_NO_TITLE, "the paper has no title", paper, Literals.PAPER__TITLE));
        }
        if (paper.getAuthors().isEmpty()) {
            out.accept(Finding.at(Rule.PAPER_NO_AUTHORS, "'" + name(paper) + "' has no authors", paper,
                    Literals.PAPER__AUTHORS));
        }
        Integer year = paper.getYear();
        if (year == null) {
            out.accept(Finding.at(Rule.PAPER_NO_YEAR, "'" + name(paper) + "' has no year", paper, Literals.PAPER__YEAR));
        } else if (year < 1900 || year > Year.now().getValue() + 1) {
            out.accept(Finding.at(Rule.PAPER_IMPLAUSIBLE_YEAR, "year " + year + " of '" + name(paper)
                    + "' is not plausible", paper, Literals.PAPER__YEAR));
        }
        if (paper.getLinks().stream().noneMatch(l -> l.getEffectiveKind() == LinkKind.PAPER)) {
            out.accept(Finding.at(Rule.PAPER_NO_ORIGINAL_LINK, "'" + name(paper)
                    + "' has no link to the paper itself (label 'Оригинал статьи' or an arXiv/DOI/OpenReview URL)", paper,
                    Literals.PAPER__LINKS));
        }
        checkArxiv(paper, out);
        checkDoi(paper, out);
        for (Link link : paper.getLinks()) {
            checkLink(link, out);
        }
        checkReviewedTwice(paper, index, out);
    }

    private static void checkArxiv(Paper paper, Consumer<Finding> out) {
        String written = paper.getArxiv();
        if (written == null) {
            return;
        }
        Optional<ArxivId> id = ArxivId.parse(written);
        if (id.isEmpty()) {
            out.accept(Finding.at(Rule.ARXIV_MALFORMED, "arxiv: '" + written + "' is not an arXiv identifier", paper,
                    Literals.PAPER__ARXIV));
            return;
        }
        if (!ArxivId.isCanonicalId(written)) {
            out.accept(Finding.at(Rule.ARXIV_NONCANONICAL, "arxiv: write the bare id '" + id.get().withVersion() + "'",
                    paper, Literals.PAPER__ARXIV).withSuggestion(id.get().withVersion()));
        }
        for (Link link : paper.getLinks()) {
            Optional<ArxivId> linked = ArxivId.parse(link.getUrl());
            if (linked.isPresent() && !linked.get().id().equals(id.get().id())) {
                out.accept(Finding.at(Rule.ARXIV_LINK_MISMATCH, "arxiv: " + id.get().id() + " but the link '"
                        + link.getLabel() + "' points at " + linked.get().id(), link, Literals.LINK__URL));
            }
        }
    }

    private static void checkDoi(Paper paper, Consumer<Finding> out) {
        String written = paper.getDoi();
        if (written == null) {
            return;
        }
        Optional<Doi> doi = Doi.parse(written);
        if (doi.isEmpty()) {
            out.accept(Finding.at(Rule.DOI_MALFORMED, "doi: '" + written + "' is not a DOI (10.<registrant>/<suffix>)",
                    paper, Literals.PAPER__DOI));
        } else if (!Doi.isBare(written)) {
            out.accept(Finding.at(Rule.DOI_NONCANONICAL, "doi: write the bare DOI '" + doi.get().value() + "'", paper,
                    Literals.PAPER__DOI).withSuggestion(doi.get().value()));
        }
    }

    static void checkLink(Link link, Consumer<Finding> out) {
        String url = link.getUrl();
        if (url == null || url.isBlank()) {
            out.accept(Finding.at(Rule.LINK_EMPTY_URL, "the link '" + link.getLabel() + "' has no URL", link,
                    Literals.LINK__URL));
            return;
        }
        Optional<GitHubRepo> repo = GitHubRepo.parse(url).filter(GitHubRepo::isValid);
        Optional<String> withoutCredentials = repo.filter(GitHubRepo::credentials).map(GitHubRepo::canonicalUrl)
                .or(() -> UrlCredentials.strip(url));
        if (withoutCredentials.isPresent()) {
            // the URL itself is never repeated in the message: it holds what must not be published
            out.accept(Finding.at(Rule.LINK_CREDENTIALS, "the link '" + link.getLabel() + "' carries a user name, password"
                    + " or token before its host, which would be published with the post; link without it", link,
                    Literals.LINK__URL).withSuggestion(withoutCredentials.get()));
            return;
        }
        if (!isHttp(url)) {
            // a clone URL (git@github.com:o/r.git) is not a link a reader can follow, but the repository's page is
            out.accept(Finding.at(Rule.LINK_NOT_HTTP, "the link '" + link.getLabel() + "' is not an http(s) URL: " + url
                    + repo.map(r -> "; link the repository's page " + r.canonicalUrl()).orElse(""), link, Literals.LINK__URL)
                    .withSuggestion(repo.map(GitHubRepo::canonicalUrl).orElse(null)));
            return;
        }
        Optional<Doi> doi = Doi.parse(url).filter(d -> !d.isArxiv());
        if (doi.isPresent() && !Doi.isCanonicalUrl(url)) {
            out.accept(Finding.at(Rule.DOI_URL_NONCANONICAL, "link to the DOI as " + doi.get().url(), link,
                    Literals.LINK__URL).withSuggestion(doi.get().url()));
        }
        Optional<ArxivId> arxiv = ArxivId.parse(url);
        if (arxiv.isPresent() && !ArxivId.isCanonicalUrl(url)) {
            out.accept(Finding.at(Rule.ARXIV_URL_NONCANONICAL, "link to the abstract page " + arxiv.get().absUrl(), link,
                    Literals.LINK__URL).withSuggestion(arxiv.get().absUrl()));
        }
        Optional<GitHubRepo> github = GitHubRepo.parse(url);
        if (github.isPresent()) {
            GitHubRepo r = github.get();
            if (!r.isValid()) {
                out.accept(Finding.at(Rule.GITHUB_URL_MALFORMED, "'" + r.owner() + "/" + r.repo()
                        + "' is not a possible GitHub repository", link, Literals.LINK__URL));
            } else if (!GitHubRepo.isCanonicalUrl(url)) {
                out.accept(Finding.at(Rule.GITHUB_URL_NONCANONICAL, "link to the repository as " + r.canonicalUrl(), link,
                        Literals.LINK__URL).withSuggestion(r.canonicalUrl()));
            }
        }
        Optional<OpenReviewId> openReview = OpenReviewId.parse(url);
        if (openReview.isPresent() && !OpenReviewId.isCanonicalUrl(url)) {
            out.accept(Finding.at(Rule.OPENREVIEW_URL_NONCANONICAL, "link to the forum page " + openReview.get().forumUrl(),
                    link, Literals.LINK__URL).withSuggestion(openReview.get().forumUrl()));
        }
    }

    private static void checkReviewedTwice(Paper paper, WorkspaceIndex index, Consumer<Finding> out) {
        Review own = (Review) paper.eContainer();
        if (own == null) {
            return;
        }
        for (String key : index.keysOf(paper)) {
            List<Review> reviews = index.reviewsByPaper.getOrDefault(key, List.of());
            for (Review other : reviews) {
                // reported once, on the later review of the pair
                if (other != own && reviews.indexOf(other) < reviews.indexOf(own) && !WorkspaceIndex.crossLinked(own, other)) {
                    out.accept(Finding.at(Rule.PAPER_REVIEWED_TWICE, "'" + name(paper) + "' is also reviewed in '"
                            + other.getId() + "' (same " + key.substring(0, key.indexOf(':'))
                            + "); add a cross-link between the reviews", paper, Literals.PAPER__TITLE)
                            .withSuggestion(other.getId()));
                    return;
                }
            }
        }
    }

    static boolean isHttp(String url) {
        try {
            URI uri = new URI(url.trim());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String name(Paper paper) {
        return paper.getShortName() == null ? "?" : paper.getShortName();
    }
}
