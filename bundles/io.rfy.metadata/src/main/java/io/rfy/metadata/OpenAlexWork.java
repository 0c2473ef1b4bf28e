package io.rfy.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An OpenAlex work ({@code /works/<id>}): the affiliations of its authors, from {@code authorships[].institutions[]}
 * (each institution once, in the order of the authors), else from the older {@code raw_affiliation_strings}.
 */
final class OpenAlexWork {

    static final String SERVICE = "OpenAlex";

    private OpenAlexWork() {
    }

    static List<String> affiliations(String body, String what) throws MetadataException {
        Object work = JsonAnswer.parse(SERVICE, body, what);
        if (!(work instanceof java.util.Map<?, ?>)) {
            throw new MetadataException(SERVICE + "'s answer for " + what + " is not a work");
        }
        Set<String> found = new LinkedHashSet<>();
        Set<String> raw = new LinkedHashSet<>();
        for (Object authorship : JsonAnswer.list(work, "authorships")) {
            for (Object institution : JsonAnswer.list(authorship, "institutions")) {
                String name = JsonAnswer.string(institution, "display_name");
                if (name != null) {
                    found.add(name);
                }
            }
            for (Object s : JsonAnswer.list(authorship, "raw_affiliation_strings")) {
                if (s instanceof String text && !text.isBlank()) {
                    raw.add(ArxivFeed.oneLine(text));
                }
            }
        }
        return new ArrayList<>(found.isEmpty() ? raw : found);
    }
}
