package io.rfy.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.rfy.model.CorpusDocument;
import io.rfy.model.CorpusFormat;
import io.rfy.model.CorpusItem;
import io.rfy.model.RfyFactory;
import io.rfy.store.StrictUtf8;

/**
 * Reads a corpus file as a {@link CorpusDocument} with its items: plain-text scrapes of digests and channel pages
 * ({@code .txt}), saved web pages ({@code .html}, Habr posts in particular), and Telegram Desktop exports
 * ({@code result.json}, {@code messages.html}). Item offsets count Unicode code points into the document's text,
 * like mention offsets.
 */
public final class CorpusReader {

    private CorpusReader() {
    }

    public static CorpusDocument read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String raw = decode(file);
        DocumentText parsed;
        CorpusFormat format;
        if (name.endsWith(".json")) {
            parsed = TelegramExport.readJson(raw, file.getFileName().toString());
            format = CorpusFormat.TELEGRAM_JSON;
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            Document page = Jsoup.parse(raw);
            parsed = TelegramExport.isExportPage(page) ? TelegramExport.readHtml(page) : HabrPage.read(page);
            format = CorpusFormat.HTML;
        } else {
            parsed = DocumentText.of(raw, CorpusSegmenter.split(raw));
            format = CorpusFormat.TEXT;
        }
        return toModel(CorpusText.id(file), format, parsed);
    }

    private static CorpusDocument toModel(String id, CorpusFormat format, DocumentText parsed) {
        CorpusDocument doc = RfyFactory.eINSTANCE.createCorpusDocument();
        doc.setId(id);
        doc.setFormat(format);
        String text = parsed.text();
        doc.setText(text);
        doc.setTitle(parsed.title() != null ? parsed.title()
                : parsed.pieces().isEmpty() ? null : parsed.pieces().get(0).title());
        // pieces come in text order: count code points incrementally instead of from 0 for each
        int chars = 0;
        int points = 0;
        for (DocumentText.Piece p : parsed.pieces()) {
            points += text.codePointCount(chars, p.start());
            chars = p.start();
            CorpusItem item = RfyFactory.eINSTANCE.createCorpusItem();
            item.setTitle(p.title());
            item.setText(text.substring(p.start(), p.end()));
            item.getUrls().addAll(p.urls());
            item.getHashtags().addAll(p.hashtags());
            item.setDate(p.date());
            item.setStart(points);
            item.setEnd(points + text.codePointCount(p.start(), p.end()));
            doc.getItems().add(item);
        }
        return doc;
    }

    /** Bigger than any digest or channel export we have seen (the seeds are under 2 MB); bounds memory and time. */
    static final long MAX_BYTES = 64L << 20;

    private static String decode(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            // a FIFO or device would block or never end
            throw new IOException(file + ": not a regular file" + (Files.isDirectory(file) ? " (a folder)" : ""));
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": larger than " + (MAX_BYTES >> 20) + " MB, the limit for a corpus document");
        }
        try {
            return StrictUtf8.decode(Files.readAllBytes(file));
        } catch (StrictUtf8.MalformedException e) {
            throw new IOException(file.getFileName() + ":" + e.line + ":" + e.column + ": " + e.getMessage()
                    + "; save the document as UTF-8", e);
        }
    }
}
