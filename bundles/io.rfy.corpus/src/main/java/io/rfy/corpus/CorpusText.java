package io.rfy.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The text of a corpus document, the text that mention offsets count into: a {@code .txt} file itself, the visible
 * text of an {@code .html} page (blocks on their own lines). Telegram JSON exports are not read yet.
 */
public final class CorpusText {

    private CorpusText() {
    }

    public static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file.getFileName() + " is not valid UTF-8", e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            Document doc = Jsoup.parse(text);
            doc.select("script, style, noscript").remove();
            doc.select("br").after("\n");
            doc.select("p, div, li, h1, h2, h3, h4, h5, h6, tr").after("\n");
            return doc.body() == null ? "" : doc.body().wholeText().replaceAll("[ \\t\\x0B\\f\\r]+\n", "\n")
                    .replaceAll("\n{3,}", "\n\n").strip();
        }
        if (name.endsWith(".json")) {
            throw new IOException(file.getFileName() + ": Telegram JSON exports are not supported yet");
        }
        return text;
    }

    /** A document's id: its file name without the extension. */
    public static String id(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
