package io.rfy.habr;

import java.util.List;

import io.rfy.model.Batch;
import io.rfy.model.Review;
import io.rfy.model.Reviewer;

/**
 * What an import read: the batch, its reviews in publication order (their ids set, their reviewers pointing at
 * the {@code reviewers} here) and the notes about what it could not take over.
 */
public record ImportedBatch(Batch batch, List<Review> reviews, List<Reviewer> reviewers, List<ImportNote> notes) {

    public boolean hasErrors() {
        return notes.stream().anyMatch(n -> n.severity() == io.rfy.store.StoreProblem.Severity.ERROR);
    }
}
