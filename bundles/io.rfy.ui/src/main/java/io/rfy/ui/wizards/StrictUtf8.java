package io.rfy.ui.wizards;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file the user picked as UTF-8, refusing (with the line of the first bad byte) what is not: a page saved in
 * windows-1251 would otherwise be imported as replacement characters.
 */
final class StrictUtf8 {

    /** Larger than any saved Habr post; a bigger file is not what the wizard expects. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private StrictUtf8() {
    }

    static String read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file.getFileName() + " is larger than " + (MAX_BYTES >> 20) + " MB; not a post");
        }
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new IOException(file.getFileName() + ":" + line + ": not valid UTF-8 (byte offset " + in.position()
                    + "); save the page as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
