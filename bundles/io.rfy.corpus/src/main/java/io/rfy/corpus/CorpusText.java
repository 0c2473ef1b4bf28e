package io.rfy.corpus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The text of a corpus document, the text that mention offsets count into: a {@code .txt} file itself, the article
 * text of a saved page, the posts of a Telegram export one after another (see {@link CorpusReader}).
 */
public final class CorpusText {

    private CorpusText() {
    }

    public static String read(Path file) throws IOException {
        return CorpusReader.read(file).getText();
    }

    /** A document's id: its file name without the extension. */
    public static String id(Path file) {
        return io.rfy.store.WorkspaceLayout.idOf(file);
    }
}
