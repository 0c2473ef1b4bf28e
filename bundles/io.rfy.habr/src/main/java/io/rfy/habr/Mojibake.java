package io.rfy.habr;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Russian text whose UTF-8 bytes were once decoded as windows-1251 or Latin-1 ({@code Привет} shown as
 * {@code РџСЂРёРІРµС‚} or {@code ÐŸÑ€Ð¸Ð²ÐµÑ‚}): a copy-paste through the wrong encoding, common in saved scrapes.
 * Every Cyrillic letter in UTF-8 is a lead byte D0/D1 and a continuation byte 80-BF, so garbled text is full of
 * the pairs those bytes decode to. A line is repaired only when encoding it back gives valid UTF-8: real
 * windows-1251 or Latin-1 text almost never does, so correct text is left alone.
 */
final class Mojibake {

    /** A garbled line, and the text it was, or null when it cannot be repaired. */
    record Finding(String encoding, String repaired) {
    }

    private static final int MIN_PAIRS = 3;
    private static final List<Decoding> DECODINGS = new ArrayList<>();

    /** One wrong decoding: its charset and, for each byte 80-BF, the character it turned into. */
    private record Decoding(String name, String high, char lead0, char lead1, String continuation) {
        /** The byte 80-FF this encoding decodes to c, or -1. */
        int byteOf(char c) {
            int i = c == '\uFFFD' ? -1 : high.indexOf(c);
            return i < 0 ? -1 : 0x80 + i;
        }
    }

    static {
        for (String name : List.of("windows-1251", "windows-1252", "ISO-8859-1")) {
            if (!Charset.isSupported(name)) {
                continue; // a trimmed runtime without extra charsets: the check for this encoding is skipped
            }
            byte[] high = new byte[0x80];
            for (int i = 0; i < high.length; i++) {
                high[i] = (byte) (0x80 + i);
            }
            String decoded = new String(high, Charset.forName(name));
            DECODINGS.add(new Decoding(name, decoded, decoded.charAt(0x50), decoded.charAt(0x51), decoded.substring(0, 0x40)));
        }
    }

    private Mojibake() {
    }

    /** What is wrong with the line, or null when it does not look garbled. */
    static Finding check(String line) {
        int nonAscii = nonAscii(line);
        if (nonAscii < 2 * MIN_PAIRS) {
            return null; // most lines of a post, and all of a junk file: nothing to look at
        }
        Finding unrepairable = null;
        for (Decoding d : DECODINGS) {
            int pairs = pairs(line, d);
            // in a garbled line nearly every non-ASCII character is half of a pair; in real text few are
            if (pairs < MIN_PAIRS || 2 * pairs < nonAscii / 2) {
                continue;
            }
            String repaired = repair(line, d);
            if (repaired != null) {
                return new Finding(d.name(), repaired);
            }
            if (unrepairable == null) {
                unrepairable = new Finding(d.name(), null);
            }
        }
        return unrepairable;
    }

    private static int nonAscii(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            n += line.charAt(i) >= 0x80 ? 1 : 0;
        }
        return n;
    }

    private static int pairs(String line, Decoding d) {
        int pairs = 0;
        for (int i = 0; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == d.lead0() || c == d.lead1()) && d.continuation().indexOf(line.charAt(i + 1)) >= 0) {
                pairs++;
                i++;
            }
        }
        return pairs;
    }

    /** The bytes the garbled line was made from, read as UTF-8; null when they are not valid UTF-8. */
    private static String repair(String line, Decoding d) {
        byte[] bytes = new byte[line.length()];
        int lost = d.continuation().indexOf('\uFFFD');
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int b;
            if (c < 0x80) {
                b = c;
            } else if (c == '\uFFFD') {
                // the misreading had no character for one byte and wrote U+FFFD: recoverable only when that
                // encoding lost exactly one byte (windows-1251: 98, the second byte of "И", "Ш") and a lead precedes
                boolean afterLead = i > 0 && (line.charAt(i - 1) == d.lead0() || line.charAt(i - 1) == d.lead1());
                if (!afterLead || lost < 0 || d.continuation().indexOf('\uFFFD', lost + 1) >= 0) {
                    return null;
                }
                b = 0x80 + lost;
            } else {
                b = d.byteOf(c);
                if (b < 0) {
                    return null;
                }
            }
            bytes[i] = (byte) b;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
