package io.rfy.metadata;

import java.util.ArrayList;
import java.util.List;

import io.rfy.model.Link;
import io.rfy.model.LinkKind;
import io.rfy.model.Paper;
import io.rfy.model.Review;

/**
 * Fills the empty fields of a paper from its record, and only those: a title, authors, affiliations or year someone
 * wrote are never replaced, an identifier already there is kept, and a link is added only when the paper has no
 * link of that kind (the paper itself, its code).
 */
public final class PaperFill {

    private PaperFill() {
    }

    /** Fills {@code paper} (the paper at {@code index} of its review's papers); returns the names of the fields filled. */
    public static List<String> fill(Paper paper, PaperRecord r) {
        int index = 0;
        int count = 1;
        if (paper.eContainer() instanceof Review review) {
            index = review.getPapers().indexOf(paper);
            count = review.getPapers().size();
        }
        return fill(paper, r, index, count);
    }

    static List<String> fill(Paper paper, PaperRecord r, int index, int count) {
        List<String> filled = new ArrayList<>();
        if (isBlank(paper.getTitle()) && r.title() != null) {
            paper.setTitle(r.title());
            filled.add("title");
        }
        if (paper.getAuthors().isEmpty() && !r.authors().isEmpty()) {
            paper.getAuthors().addAll(r.authors());
            filled.add("authors");
        }
        if (paper.getAffiliations().isEmpty() && !r.affiliations().isEmpty()) {
            paper.getAffiliations().addAll(r.affiliations());
            filled.add("affiliations");
        }
        if (paper.getYear() == null && r.year() != null) {
            paper.setYear(r.year());
            filled.add("year");
        }
        if (isBlank(paper.getArxiv()) && r.arxiv() != null) {
            paper.setArxiv(r.arxiv());
            filled.add("arxiv");
        }
        if (isBlank(paper.getDoi()) && r.doi() != null) {
            paper.setDoi(r.doi());
            filled.add("doi");
        }
        if (r.paperUrl() != null && !has(paper, LinkKind.PAPER)) {
            fillLink(paper, NewReview.label("Оригинал статьи", index, count), r.paperUrl());
            filled.add("link «" + NewReview.label("Оригинал статьи", index, count) + "»");
        }
        if (r.codeUrl() != null && !has(paper, LinkKind.CODE)) {
            fillLink(paper, NewReview.label("GitHub project", index, count), r.codeUrl());
            filled.add("link «" + NewReview.label("GitHub project", index, count) + "»");
        }
        return filled;
    }

    /** A link of this kind with a URL; a labelled link whose URL the scrape lost gets the URL instead of a twin. */
    private static boolean has(Paper paper, LinkKind kind) {
        return paper.getLinks().stream().anyMatch(l -> l.getEffectiveKind() == kind && !isBlank(l.getUrl()));
    }

    private static void fillLink(Paper paper, String label, String url) {
        LinkKind kind = io.rfy.model.LinkKinds.infer(label, url);
        for (Link l : paper.getLinks()) {
            if (isBlank(l.getUrl()) && l.getEffectiveKind() == kind) {
                l.setUrl(url); // the label as the person wrote it stays
                return;
            }
        }
        paper.getLinks().add(NewReview.link(label, url));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
