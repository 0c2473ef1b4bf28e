package io.rfy.validation;

import java.util.List;
import java.util.function.Consumer;

import io.rfy.habr.CutRule;
import io.rfy.habr.HabrHtmlWriter;
import io.rfy.habr.Rubric;
import io.rfy.habr.RubricLayout;
import io.rfy.model.Batch;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.RfyPackage.Literals;

/**
 * The hook from validation to Habr's cut rules. The rules and the HTML they are measured on both belong to
 * io.rfy.habr ({@link CutRule}, {@link HabrHtmlWriter}): a batch in doubt is exported exactly as {@code rfy export}
 * would, and whatever {@link CutRule} says becomes a finding on the batch's intro (the text before the cut).
 * <p>
 * Exporting renders every review's Markdown, which costs about a millisecond per review: ten seconds for a
 * 10,000-review workspace, for a rule that nearly always holds. So a batch is exported only when bounds taken from
 * the model cannot settle it: the writer puts the cut after the intro and the list of the papers' titles, so the
 * text before it is at least "Статьи на сегодня:" plus one title per review and at most the intro's Markdown plus
 * every title, affiliation and year; after it come at least the titles again (the headings).
 */
final class HabrCutCheck {

    private static final String LIST_HEADING = Rubric.TOC_HEADING;
    private static final String BACK_TO_TOP = Rubric.BACK_TO_TOP;

    private HabrCutCheck() {
    }

    static void check(Batch batch, Consumer<Finding> out) {
        if (surelyHolds(batch)) {
            return;
        }
        for (String problem : exactProblems(batch)) {
            out.accept(Finding.at(Rule.HABR_CUT, "exported for Habr, " + problem, batch, Literals.BATCH__INTRO));
        }
    }

    /** What {@link CutRule} says of the batch as exported: the truth, at the price of an export. */
    static List<String> exactProblems(Batch batch) {
        return CutRule.check(new HabrHtmlWriter().write(batch));
    }

    /** Whether the bounds alone show that the cut rules hold; false means "export and see", never "broken". */
    static boolean surelyHolds(Batch batch) {
        List<Review> reviews = RubricLayout.reviews(batch);
        int least = LIST_HEADING.length();
        int most = LIST_HEADING.length() + length(batch.getIntro()) + 2 * (reviews.size() + 4) + "top".length();
        int after = BACK_TO_TOP.length();
        for (Review review : reviews) {
            int longestTitle = 0;
            for (Paper paper : review.getPapers()) {
                longestTitle = Math.max(longestTitle, collapsed(paper.getTitle()));
                most += length(paper.getTitle()) + 2;
                for (String affiliation : paper.getAffiliations()) {
                    most += length(affiliation) + 2;
                }
                most += 8; // " (", the year, ")"
            }
            least += longestTitle;
            after += longestTitle;
        }
        return least >= CutRule.MIN_BEFORE && most <= CutRule.MAX_BEFORE && after >= CutRule.MIN_AFTER;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** The length a browser shows: whitespace runs fold to one space, none at the ends. */
    private static int collapsed(String s) {
        return s == null ? 0 : s.strip().replaceAll("\\s+", " ").length();
    }
}
