package io.rfy.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Reads a file the user picked as UTF-8, refusing (with the line of the first bad byte) what is not: a page saved in
 * windows-1251 would otherwise be imported as replacement characters.
 */
final class StrictUtf8 {
    // the wizard's size limit and message around the store's strict decoder

    /** Larger than any saved Habr post; a bigger file is not what the wizard expects. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private StrictUtf8() {
    }

    static String read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(NLS.bind(Messages.StrictUtf8_tooLarge, file.getFileName(), MAX_BYTES >> 20));
        }
        try {
            return io.rfy.store.StrictUtf8.decode(Files.readAllBytes(file));
        } catch (io.rfy.store.StrictUtf8.MalformedException e) {
            throw new IOException(NLS.bind(Messages.StrictUtf8_notUtf8,
                    new Object[] {file.getFileName(), e.line, e.offset}), e);
        }
    }
}
