package io.rfy.habr;

import java.util.Locale;

import io.rfy.model.Paper;

/** Ids for reviews and reviewers, made from what is known of them: the imports, and new reviews (CLI and IDE). */
public final class ReviewIds {

    private static final int MAX = 40;

    private ReviewIds() {
    }

    /** The paper's short name as a slug: "MakeItTalk: ..." -> {@code makeittalk}; at most 40 characters, on a word. */
    public static String of(Paper paper) {
        String slug = slug(paper.getShortName() == null ? "review" : paper.getShortName());
        if (slug.length() > MAX) {
            int cut = slug.lastIndexOf('-', MAX);
            slug = slug.substring(0, cut > 10 ? cut : MAX);
        }
        return slug.isEmpty() ? "review" : slug;
    }

    /** The Slack handle when it is a valid id, else the transliterated name. */
    public static String reviewerId(String name, String slack) {
        if (slack != null && io.rfy.store.ReviewersResource.ID.matcher(slack.toLowerCase(Locale.ROOT)).matches()) {
            return slack.toLowerCase(Locale.ROOT);
        }
        String slug = slug(HeadingAnchors.transliterate(name == null ? "" : name));
        return slug.isEmpty() ? "reviewer" : slug;
    }

    public static String slug(String text) {
        return HeadingAnchors.transliterate(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
