package io.rfy.validation;

import java.util.List;
import java.util.function.Consumer;

import io.rfy.habr.Rubric;
import io.rfy.model.Batch;
import io.rfy.model.Review;
import io.rfy.model.ReviewStatus;
import io.rfy.model.RfyPackage.Literals;

/** The checks of a batch: the rubric's title, its reviews ready and in no other batch, Habr's limits. */
final class BatchChecks {

    private BatchChecks() {
    }

    static void check(Batch batch, WorkspaceIndex index, Consumer<Finding> out) {
        checkTitle(batch, out);
        List<Review> reviews = WorkspaceIndex.reviewsOf(batch);
        for (int i = 0; i < reviews.size(); i++) {
            Review r = reviews.get(i);
            if (r.eIsProxy()) {
                continue; // reported by the store as store.unknown-review
            }
            if (r.getStatus() == ReviewStatus.DRAFT) {
                out.accept(Finding.at(Rule.BATCH_REVIEW_NOT_READY, "review '" + r.getId() + "' is still a draft",
                        batch, Literals.BATCH__REVIEWS).atIndex(i));
            }
            List<Batch> batches = index.batchesByReview.getOrDefault(r.getId(), List.of());
            if (batches.size() > 1 && batches.get(0) != batch) {
                out.accept(Finding.at(Rule.BATCH_REVIEW_IN_TWO_BATCHES, "review '" + r.getId() + "' is also in batch '"
                        + batches.get(0).getId() + "'", batch, Literals.BATCH__REVIEWS).atIndex(i));
            }
        }
        int maxHubs = index.settings.maxHubs();
        if (batch.getHubs().size() > maxHubs) {
            out.accept(Finding.at(Rule.BATCH_TOO_MANY_HUBS, batch.getHubs().size() + " hubs; Habr takes at most " + maxHubs,
                    batch, Literals.BATCH__HUBS));
        }
        List<String> tags = batch.getTags();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String why = tag.isBlank() ? "is empty" : tag.contains(",") ? "contains a comma"
                    : tag.contains("#") ? "contains '#'" : tag.length() > index.settings.maxTagLength()
                            ? "is longer than " + index.settings.maxTagLength() + " characters" : null;
            if (why != null) {
                out.accept(Finding.at(Rule.HABR_TAG, "tag '" + tag + "' " + why, batch, Literals.BATCH__TAGS).atIndex(i));
            }
        }
        BodyChecks.check(batch, Literals.BATCH__INTRO, batch.getIntro(), index, out);
        if (index.settings.checkCut()) {
            HabrCutCheck.check(batch, out);
        }
    }

    private static void checkTitle(Batch batch, Consumer<Finding> out) {
        String title = batch.getTitle();
        Rubric.Title t = Rubric.readTitle(title).orElse(null);
        if (t == null) {
            out.accept(Finding.at(Rule.BATCH_TITLE_PATTERN, "the title should read «Читаем статьи за вас. <Месяц> <год>."
                    + " Часть <n>», not '" + title + "'", batch, Literals.BATCH__TITLE));
            return;
        }
        String period = t.period();
        if (period == null) {
            out.accept(Finding.at(Rule.BATCH_TITLE_PATTERN, "'" + t.monthName() + "' is not a month name in the title",
                    batch, Literals.BATCH__TITLE));
        } else if (batch.getPeriod() != null && !period.equals(batch.getPeriod())) {
            out.accept(Finding.at(Rule.BATCH_TITLE_PATTERN, "the title says " + period + " but period is "
                    + batch.getPeriod(), batch, Literals.BATCH__TITLE).withSuggestion(period));
        }
        if (batch.getPart() != null && batch.getPart() != t.part()) {
            out.accept(Finding.at(Rule.BATCH_TITLE_PATTERN, "the title says part " + t.part() + " but part is "
                    + batch.getPart(), batch, Literals.BATCH__TITLE));
        }
    }
}
