package io.rfy.corpus;

import java.nio.charset.StandardCharsets;

/**
 * Case folding done on UTF-8 bytes, so that the mention scan never decodes a file: ASCII and every two-byte
 * character (Latin-1, Latin Extended, Greek, Cyrillic, ...) lower-cased by table lookup, ё and Ё read as е. Each
 * character keeps its byte length, so a byte offset into the folded stream is a byte offset into the file. The
 * few characters whose lower case has another UTF-8 length (İ is i) are left as they are; characters of three and
 * four bytes are lower-cased by decoding, which only happens when some name contains such a character.
 */
final class Utf8Fold {

    /** ASCII lower-cased. */
    static final byte[] ASCII = new byte[128];
    /**
     * For a two-byte character, indexed by its code point (0x80 to 0x7FF): the code point it folds to, also of two
     * bytes.
     */
    static final char[] TWO = new char[0x800];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = (byte) Character.toLowerCase(c);
        }
        for (int c = 0x80; c < 0x800; c++) {
            int lower = c == 'ё' || c == 'Ё' ? 'е' : Character.toLowerCase(c);
            TWO[c] = (char) (lower >= 0x80 && lower < 0x800 ? lower : c);
        }
    }

    private Utf8Fold() {
    }

    /** A three-byte character's code point folded, if its lower case has three bytes too. */
    static int three(int c) {
        int lower = Character.toLowerCase(c);
        return lower >= 0x800 && lower < 0x10000 && !Character.isSurrogate((char) lower) ? lower : c;
    }

    /** The UTF-8 bytes of a name folded the way {@link ByteAutomaton#scan} folds the text. */
    static byte[] fold(String name) {
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; ) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                b[i] = ASCII[lead];
                i++;
            } else if (lead >= 0xC0 && lead < 0xE0) {
                char f = TWO[((lead & 0x1F) << 6) | (b[i + 1] & 0x3F)];
                b[i] = (byte) (0xC0 | f >> 6);
                b[i + 1] = (byte) (0x80 | f & 0x3F);
                i += 2;
            } else if (lead >= 0xE0 && lead < 0xF0) {
                int f = three(((lead & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F));
                b[i] = (byte) (0xE0 | f >> 12);
                b[i + 1] = (byte) (0x80 | (f >> 6) & 0x3F);
                b[i + 2] = (byte) (0x80 | f & 0x3F);
                i += 3;
            } else {
                i += 4; // outside the BMP: as written (the char-by-char lower-casing of Java leaves surrogates alone)
            }
        }
        return b;
    }
}
