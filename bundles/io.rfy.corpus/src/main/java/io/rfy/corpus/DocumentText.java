package io.rfy.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The text a corpus document is read as, and its items with char offsets into it; built by appending posts (Telegram
 * exports) or by marking sections of a text already extracted (pages, plain-text scrapes).
 */
final class DocumentText {

    /** An item: char offsets [start, end) into the text, its title, URLs, hashtags, and date (ISO) or null. */
    record Piece(String title, int start, int end, List<String> urls, List<String> hashtags, String date) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Piece> pieces = new ArrayList<>();
    private String title;

    DocumentText title(String documentTitle) {
        this.title = documentTitle;
        return this;
    }

    String title() {
        return title;
    }

    /** Appends a post as an item, separated from the one before by a blank line. */
    void post(String body, List<String> urls, List<String> hashtags, String date) {
        String stripped = body.strip();
        if (stripped.isEmpty()) {
            return;
        }
        if (text.length() > 0) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(stripped);
        pieces.add(new Piece(CorpusSegmenter.titleOf(stripped), start, text.length(), List.copyOf(urls),
                List.copyOf(hashtags), date));
    }

    /** Takes a whole text and its items as found by {@link CorpusSegmenter}. */
    static DocumentText of(String text, List<CorpusSegmenter.Item> items) {
        DocumentText d = new DocumentText();
        d.text.append(text);
        for (CorpusSegmenter.Item i : items) {
            d.pieces.add(new Piece(i.title(), i.start(), i.end(), i.urls(), i.hashtags(), i.date()));
        }
        return d;
    }

    String text() {
        return text.toString();
    }

    List<Piece> pieces() {
        return pieces;
    }
}
