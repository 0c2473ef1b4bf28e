package io.rfy.validation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import io.rfy.metadata.MetadataException;
import io.rfy.metadata.MetadataLookup;
import io.rfy.metadata.PaperIdentifier;
import io.rfy.metadata.PaperRecord;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.RfyPackage.Literals;

/**
 * {@code rfy.paper.metadata-mismatch} (online only): a paper's title or author list that disagrees with the record of
 * its identifier. Spelling that does not change the words is not a disagreement: case, punctuation, spacing, accents,
 * and line breaks the services put into titles.
 */
final class MetadataChecks {

    private MetadataChecks() {
    }

    static List<Finding> run(List<Review> reviews, MetadataLookup lookup, Consumer<String> failures) {
        List<Finding> findings = new ArrayList<>();
        for (Review review : reviews) {
            for (Paper paper : review.getPapers()) {
                Optional<PaperIdentifier> id = PaperIdentifier.of(paper);
                if (id.isEmpty()) {
                    continue;
                }
                PaperRecord record;
                try {
                    record = lookup.lookup(id.get());
                } catch (MetadataException e) {
                    failures.accept(review.getId() + ": " + id.get() + ": " + e.getMessage());
                    continue;
                }
                check(paper, id.get(), record, findings::add);
            }
        }
        return findings;
    }

    static void check(Paper paper, PaperIdentifier id, PaperRecord record, Consumer<Finding> out) {
        String title = paper.getTitle();
        if (title != null && !title.isBlank() && record.title() != null && !words(title).equals(words(record.title()))) {
            out.accept(Finding.at(Rule.PAPER_METADATA_MISMATCH, "the title differs from the record of " + id + " ("
                    + record.source() + "): '" + record.title() + "'", paper, Literals.PAPER__TITLE)
                    .withSuggestion(record.title()));
        }
        List<String> authors = paper.getAuthors();
        if (!authors.isEmpty() && !record.authors().isEmpty()
                && !authors.stream().map(MetadataChecks::words).toList()
                        .equals(record.authors().stream().map(MetadataChecks::words).toList())) {
            String theirs = String.join(", ", record.authors());
            out.accept(Finding.at(Rule.PAPER_METADATA_MISMATCH, "the authors differ from the record of " + id + " ("
                    + record.source() + ", " + record.authors().size() + " author(s)): " + theirs, paper,
                    Literals.PAPER__AUTHORS).withSuggestion(theirs));
        }
    }

    /** The words alone: lower case, accents and punctuation dropped, spaces collapsed. */
    static String words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
