package io.rfy.metadata;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.rfy.ids.OpenReviewId;

/**
 * An OpenReview note ({@code /notes?id=<id>}, the first of {@code notes}): title, authors, the year it was published
 * (else created), and a code link from {@code code} or the abstract. Reads both API versions: v2 wraps every
 * content field as {@code {"value": ...}}, v1 has it plain.
 */
final class OpenReviewNote {

    static final String SERVICE = "OpenReview";

    private OpenReviewNote() {
    }

    static PaperRecord parse(String body, OpenReviewId asked) throws MetadataException {
        Object root = JsonAnswer.parse(SERVICE, body, asked.id());
        Object note = JsonAnswer.at(root, "notes", 0);
        if (note == null) {
            if (JsonAnswer.at(root, "notes") instanceof List<?>) {
                throw new MetadataException("OpenReview has no note " + asked.id());
            }
            throw new MetadataException("OpenReview's answer for " + asked.id() + " is not a list of notes");
        }
        Object content = JsonAnswer.at(note, "content");
        String title = field(content, "title") instanceof String s ? ArxivFeed.oneLine(s) : null;
        if (title == null || title.isEmpty()) {
            throw new MetadataException("OpenReview's note " + asked.id() + " has no title");
        }
        List<String> authors = new ArrayList<>();
        if (field(content, "authors") instanceof List<?> names) {
            for (Object n : names) {
                if (n instanceof String s && !s.isBlank()) {
                    authors.add(ArxivFeed.oneLine(s));
                }
            }
        }
        Integer year = null;
        for (String key : List.of("pdate", "odate", "cdate", "tcdate")) {
            Object ms = JsonAnswer.at(note, key);
            if (ms instanceof Double d) {
                year = Instant.ofEpochMilli(d.longValue()).atZone(ZoneOffset.UTC).getYear();
                break;
            }
        }
        String code = field(content, "code") instanceof String c ? CodeLinks.find(c).orElse(null) : null;
        if (code == null && field(content, "abstract") instanceof String a) {
            code = CodeLinks.find(a).orElse(null);
        }
        String forum = JsonAnswer.string(note, "forum");
        OpenReviewId id = forum == null ? asked : new OpenReviewId(forum);
        return new PaperRecord(SERVICE, title, authors, List.of(), year, null, null, id.forumUrl(), code, List.of());
    }

    /** A content field in either API version. */
    private static Object field(Object content, String name) {
        Object v = JsonAnswer.at(content, name);
        return v instanceof java.util.Map<?, ?> wrapped && wrapped.containsKey("value") ? wrapped.get("value") : v;
    }
}
