package io.rfy.corpus;

/**
 * {@link NameMatcher}'s whole-name rules decided on UTF-8 bytes, for the hits of a byte scan, without decoding: the
 * char before the hit must not be a letter or digit; after it, ASCII punctuation and space end a name, and a Latin
 * name may take a Russian ending of up to three Cyrillic letters (U+0400 to U+04FF, lead bytes D0 to D3), directly or
 * after '-' or '\''. What these bytes cannot settle (another non-ASCII char after the hit, such as ’ or é) is left to
 * {@link NameMatcher} on a decoded window: the answer {@link #UNDECIDED}.
 */
final class ByteBoundaries {

    static final int NO = 0;
    static final int YES = 1;
    static final int UNDECIDED = -1;

    private ByteBoundaries() {
    }

    /**
     * @param text UTF-8, read in [from, to)
     * @param latinEnd whether the name ends in a Latin letter or digit (only those take Russian endings)
     */
    static int check(byte[] text, int from, int to, int start, int end, boolean latinEnd) {
        if (start > from && !clearBefore(text, from, start)) {
            return NO;
        }
        if (end >= to) {
            return YES;
        }
        int a = text[end] & 0xFF;
        if (isCyrillicLead(a)) {
            return latinEnd && cyrillicRun(text, end, to) <= 3 ? YES : NO;
        }
        if (a >= 0x80) {
            return UNDECIDED;
        }
        if (asciiLetterOrDigit(a)) {
            return NO;
        }
        int next = end + 1 < to ? text[end + 1] & 0xFF : -1;
        if (a == '.') {
            if (next >= '0' && next <= '9') {
                return NO; // GPT-3.5: another version
            }
            return next >= 0x80 && !isCyrillicLead(next) ? UNDECIDED : YES; // a digit of another script?
        }
        if (a == '-' || a == '\'') {
            if (next < 0) {
                return YES;
            }
            if (a == '-' && asciiLetterOrDigit(next)) {
                return NO; // StyleGAN2-ADA, v1-2: another model or version
            }
            if (isCyrillicLead(next)) {
                return cyrillicRun(text, end + 1, to) <= 3 ? YES : NO; // BERT'ом, GPT-3-ем
            }
            return next >= 0x80 && a == '-' ? UNDECIDED : YES;
        }
        return YES;
    }

    /** Whether the char before {@code start} is no letter or digit (a char outside the BMP never is one, as a char). */
    private static boolean clearBefore(byte[] text, int from, int start) {
        int b = text[start - 1] & 0xFF;
        if (b < 0x80) {
            return !asciiLetterOrDigit(b);
        }
        int lead = start - 1;
        while (lead > from && lead > start - 4 && (text[lead] & 0xC0) == 0x80) {
            lead--;
        }
        int l = text[lead] & 0xFF;
        int c;
        if (l >= 0xC0 && l < 0xE0 && start - lead == 2) {
            c = (l & 0x1F) << 6 | text[lead + 1] & 0x3F;
        } else if (l >= 0xE0 && l < 0xF0 && start - lead == 3) {
            c = (l & 0x0F) << 12 | (text[lead + 1] & 0x3F) << 6 | text[lead + 2] & 0x3F;
        } else {
            return true; // a low surrogate, as Java reads the char before, or bytes that are no UTF-8
        }
        return !Character.isLetterOrDigit(c);
    }

    private static boolean isCyrillicLead(int b) {
        return b >= 0xD0 && b <= 0xD3;
    }

    /** How many Cyrillic chars start at {@code at}, counted to four at most (more than three is a word). */
    private static int cyrillicRun(byte[] text, int at, int to) {
        int n = 0;
        for (int i = at; n < 4 && i + 1 < to && isCyrillicLead(text[i] & 0xFF) && (text[i + 1] & 0xC0) == 0x80; i += 2) {
            n++;
        }
        return n;
    }

    static boolean asciiLetterOrDigit(int b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9';
    }
}
