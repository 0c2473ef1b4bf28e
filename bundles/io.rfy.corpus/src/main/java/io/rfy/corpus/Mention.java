package io.rfy.corpus;

/**
 * A passage that names a paper, anchored like a W3C TextQuoteSelector (exact quote, text before and after) with a
 * TextPositionSelector as a hint: {@code start} and {@code end} count Unicode code points into the document's text.
 *
 * @param document a corpus document id, or {@code review:<id>} for the body of another review
 * @param review the id of the review whose paper is named
 * @param item the title of the corpus item (digest section, channel post) the passage is in, or null
 */
public record Mention(String paper, String review, String document, String item, String quote, int start, int end,
        String prefix, String suffix) {
}
