package io.rfy.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8, refusing what is not, with the place of the first bad byte: text saved in windows-1251 (or
 * binary junk) would otherwise be read as replacement characters and written back that way.
 */
public final class StrictUtf8 {

    /** Where the bytes stop being UTF-8: 1-based line and column (in code points), and the byte offset. */
    public static final class MalformedException extends IOException {

        private static final long serialVersionUID = 1L;

        public final int line;
        public final int column;
        public final int offset;
        public final int badByte;

        MalformedException(int line, int column, int offset, int badByte) {
            super(String.format(java.util.Locale.ROOT, "not valid UTF-8 (byte 0x%02x at offset %d)", badByte, offset));
            this.line = line;
            this.column = column;
            this.offset = offset;
            this.badByte = badByte;
        }
    }

    private StrictUtf8() {
    }

    public static String decode(byte[] bytes) throws MalformedException {
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast; // nothing was replaced, so the bytes were valid UTF-8
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            return fast; // a U+FFFD that was in the text itself
        }
        output.flip();
        String prefix = output.toString();
        int line = 1;
        int lastBreak = -1;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '\n') {
                line++;
                lastBreak = i;
            }
        }
        int column = prefix.codePointCount(lastBreak + 1, prefix.length()) + 1;
        throw new MalformedException(line, column, input.position(), bytes[input.position()] & 0xff);
    }
}
