package io.rfy.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.rfy.ids.Doi;

/**
 * A Crossref work ({@code /works/<doi>}, the {@code message} of its envelope): title, authors ({@code given family},
 * or {@code name} for an organisation), their {@code affiliation[].name}, and the year of {@code issued} (else of
 * {@code published-print} / {@code published-online} / {@code created}).
 */
final class CrossrefWork {

    static final String SERVICE = "Crossref";

    private CrossrefWork() {
    }

    static PaperRecord parse(String body, Doi asked) throws MetadataException {
        Object root = JsonAnswer.parse(SERVICE, body, asked.value());
        // the API wraps the work in {status, message-type, message}; a bare work is read as well
        Object work = JsonAnswer.at(root, "message") instanceof Map<?, ?> m ? m : root;
        if (!(work instanceof Map<?, ?>) || JsonAnswer.at(work, "DOI") == null && JsonAnswer.at(work, "title") == null) {
            throw new MetadataException(SERVICE + "'s answer for " + asked.value() + " is not a work");
        }
        String title = JsonAnswer.string(work, "title", 0);
        if (title == null) {
            throw new MetadataException(SERVICE + "'s record of " + asked.value() + " has no title");
        }
        String subtitle = JsonAnswer.string(work, "subtitle", 0);
        if (subtitle != null && !title.contains(":")) {
            title = title + ": " + subtitle;
        }
        List<String> authors = new ArrayList<>();
        Set<String> affiliations = new LinkedHashSet<>();
        for (Object author : JsonAnswer.list(work, "author")) {
            String given = JsonAnswer.string(author, "given");
            String family = JsonAnswer.string(author, "family");
            String name = family == null ? JsonAnswer.string(author, "name") : given == null ? family : given + " " + family;
            if (name != null) {
                authors.add(name);
            }
            for (Object a : JsonAnswer.list(author, "affiliation")) {
                String org = JsonAnswer.string(a, "name");
                if (org != null) {
                    affiliations.add(org);
                }
            }
        }
        Integer year = null;
        for (String key : List.of("issued", "published", "published-print", "published-online", "created")) {
            year = JsonAnswer.integer(work, key, "date-parts", 0, 0);
            if (year != null) {
                break;
            }
        }
        String doi = Doi.parse(JsonAnswer.string(work, "DOI")).map(Doi::value).orElse(asked.value());
        String code = CodeLinks.find(JsonAnswer.string(work, "abstract")).orElse(null);
        return new PaperRecord(SERVICE, title, authors, new ArrayList<>(affiliations), year, null, doi,
                new Doi(doi).url(), code, List.of());
    }
}
