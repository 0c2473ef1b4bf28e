package io.rfy.metadata;

import java.util.List;

/**
 * What a metadata service knows about one paper, in the workspace's terms. Any field may be empty: a record fills
 * only what its service said.
 *
 * @param source the service(s) it came from, for messages ("arXiv + OpenAlex", "Crossref", "OpenReview")
 * @param title the title on one line (services hard-wrap them)
 * @param authors the authors' names as the service writes them, in order
 * @param affiliations the organisations of the authors, each once, in order of first appearance
 * @param year the year of first publication (arXiv: of version 1), or null
 * @param arxiv the arXiv id as the workspace's {@code arxiv:} key holds it (with the version asked for), or null
 * @param doi a DOI other than arXiv's own, or null
 * @param paperUrl the canonical link to the paper itself (arXiv abstract page, DOI, OpenReview forum), or null
 * @param codeUrl a GitHub repository named in the abstract or the comment, as its canonical URL, or null
 * @param notes what the lookup could not do but did not stop for ("OpenAlex has no record: no affiliations")
 */
public record PaperRecord(String source, String title, List<String> authors, List<String> affiliations, Integer year,
        String arxiv, String doi, String paperUrl, String codeUrl, List<String> notes) {

    public PaperRecord {
        authors = List.copyOf(authors);
        affiliations = List.copyOf(affiliations);
        notes = List.copyOf(notes);
    }

    /** @param from the service that named them, added to {@link #source()}; null when it is this record's own */
    PaperRecord withAffiliations(List<String> found, String from) {
        return new PaperRecord(from == null ? source : source + " + " + from, title, authors, found, year, arxiv, doi,
                paperUrl, codeUrl, notes);
    }

    PaperRecord withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new PaperRecord(source, title, authors, affiliations, year, arxiv, doi, paperUrl, codeUrl, more);
    }

    /** The part of the title before its first ':' (the name the rubric's readers know it by), or the whole title. */
    public String shortName() {
        if (title == null) {
            return null;
        }
        int colon = title.indexOf(':');
        return colon > 0 ? title.substring(0, colon).strip() : title;
    }
}
