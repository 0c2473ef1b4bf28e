package io.rfy.metadata;

import java.util.Optional;

import io.rfy.ids.ArxivId;
import io.rfy.ids.Doi;
import io.rfy.ids.OpenReviewId;
import io.rfy.model.Link;
import io.rfy.model.Paper;

/**
 * What a paper can be looked up by: an arXiv id (also written as its URL or arXiv's DOI), another DOI, or an
 * OpenReview submission.
 */
public sealed interface PaperIdentifier {

    record Arxiv(ArxivId id) implements PaperIdentifier {
        @Override
        public String toString() {
            return "arXiv " + id.withVersion();
        }
    }

    record DoiName(Doi doi) implements PaperIdentifier {
        @Override
        public String toString() {
            return "DOI " + doi.value();
        }
    }

    record OpenReview(OpenReviewId id) implements PaperIdentifier {
        @Override
        public String toString() {
            return "OpenReview " + id.id();
        }
    }

    /** Any written form of the three (an arXiv id or URL, a DOI in any form, an OpenReview URL), or empty. */
    static Optional<PaperIdentifier> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<ArxivId> arxiv = ArxivId.parse(text);
        if (arxiv.isPresent()) {
            return Optional.of(new Arxiv(arxiv.get()));
        }
        Optional<Doi> doi = Doi.parse(text);
        if (doi.isPresent()) {
            return Optional.of(new DoiName(doi.get()));
        }
        return OpenReviewId.parse(text).map(OpenReview::new);
    }

    /**
     * The identifier of a paper in the workspace: its {@code arxiv:}, else its {@code doi:}, else the first of its
     * links that names one.
     */
    static Optional<PaperIdentifier> of(Paper paper) {
        Optional<PaperIdentifier> id = parse(paper.getArxiv()).or(() -> parse(paper.getDoi()));
        for (Link link : paper.getLinks()) {
            if (id.isPresent()) {
                break;
            }
            id = parse(link.getUrl());
        }
        return id;
    }

    /** The service that keeps this kind of record ("arXiv", "Crossref", "OpenReview"), for labels. */
    default String service() {
        return this instanceof Arxiv ? ArxivFeed.SERVICE : this instanceof DoiName ? CrossrefWork.SERVICE
                : OpenReviewNote.SERVICE;
    }
}
