package io.rfy.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Many names found in one pass over a text (Aho-Corasick over its UTF-8 bytes, {@link ByteAutomaton}), with
 * {@link NameMatcher}'s boundary rules applied to each hit. Every name goes into one automaton case-folded; a hit of
 * a name that matches only as written (short mixed-case names such as CLIP) is then checked against the original
 * bytes, which costs little because hits are rare. Files can be scanned as bytes ({@link #findUtf8}), with no
 * decoding: only the few bytes around a hit are decoded, for the boundary rules.
 */
public final class NameIndex {

    /** A whole-name hit: which name (its index in the list given), and offsets into the text (chars or bytes). */
    public record Hit(int name, int start, int end) {
    }

    private final List<NameMatcher> names;
    /** Each name's bytes with ё read as е: what a name matched only as written must equal. */
    private final byte[][] exact;
    /** Each name's length in bytes (folding keeps it). */
    private final int[] lengths;
    /** Whether each name ends in a Latin letter or digit, so may take a Russian ending. */
    private final boolean[] latinEnd;
    private final ByteAutomaton automaton;

    public NameIndex(List<String> names) {
        this.names = new ArrayList<>(names.size());
        this.exact = new byte[names.size()][];
        this.lengths = new int[names.size()];
        this.latinEnd = new boolean[names.size()];
        byte[][] folded = new byte[names.size()][];
        int bytes = 0;
        for (int i = 0; i < names.size(); i++) {
            NameMatcher m = new NameMatcher(names.get(i));
            this.names.add(m);
            folded[i] = Utf8Fold.fold(m.folded());
            lengths[i] = folded[i].length;
            latinEnd[i] = !m.folded().isEmpty() && NameMatcher.isLatinOrDigit(m.folded().charAt(m.folded().length() - 1));
            bytes += folded[i].length;
            if (!m.ignoresCase()) {
                exact[i] = m.folded().getBytes(StandardCharsets.UTF_8);
            }
        }
        // versioned names (GPT-3) are also found in short lists of versions (GPT-2/3): the automaton looks for "/3",
        // one entry per version number after the names' own, and a hit checks the stem and digits before it
        java.util.Map<String, List<Integer>> byVersion = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            NameMatcher m = this.names.get(i);
            if (m.stem() != null) {
                byVersion.computeIfAbsent(m.version(), v -> new ArrayList<>()).add(i);
            }
        }
        versionLists = new int[byVersion.size()][];
        automaton = new ByteAutomaton(bytes + 4 * byVersion.size());
        for (int i = 0; i < folded.length; i++) {
            automaton.add(folded[i], i);
        }
        int entry = names.size();
        for (Map.Entry<String, List<Integer>> e : byVersion.entrySet()) {
            versionLists[entry - names.size()] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            automaton.add(("/" + e.getKey()).getBytes(StandardCharsets.US_ASCII), entry++);
        }
        automaton.build();
    }

    /** For each automaton entry after the names: the versioned names whose version it is. */
    private final int[][] versionLists;

    public int size() {
        return names.size();
    }

    /** Every whole-name hit in the text (ё already folded, see {@link NameMatcher#fold}), in char offsets. */
    public List<Hit> find(String foldedText) {
        byte[] bytes = foldedText.getBytes(StandardCharsets.UTF_8);
        List<Hit> hits = findUtf8(bytes, 0, bytes.length);
        if (hits.isEmpty()) {
            return hits;
        }
        // byte offsets to char offsets, counting forward once through the hits in order
        List<Hit> byStart = new ArrayList<>(hits);
        byStart.sort(java.util.Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
        List<Hit> result = new ArrayList<>(hits.size());
        int bytePos = 0;
        int charPos = 0;
        for (Hit h : byStart) {
            charPos += chars(bytes, bytePos, h.start());
            bytePos = h.start();
            result.add(new Hit(h.name(), charPos, charPos + chars(bytes, h.start(), h.end())));
        }
        return result;
    }

    /** How many UTF-16 chars the UTF-8 bytes [from, to) decode to. */
    static int chars(byte[] bytes, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                n += b >= 0xF0 ? 2 : 1; // a lead byte (or ASCII) starts a char; four bytes make a surrogate pair
            }
        }
        return n;
    }

    /**
     * Every whole-name hit in bytes [from, to) of UTF-8 text (ё need not be folded), in byte offsets into
     * {@code utf8}; safe to call from several threads at once.
     */
    public List<Hit> findUtf8(byte[] utf8, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        Window window = new Window();
        automaton.scan(utf8, from, to, (name, end) -> {
            if (name >= names.size()) {
                int slash = end - 1 - names.get(versionLists[name - names.size()][0]).version().length();
                for (int versioned : versionLists[name - names.size()]) {
                    int start = versionListStart(utf8, from, slash, versioned);
                    if (start >= 0 && whole(versioned, utf8, from, to, start, end, window)) {
                        hits.add(new Hit(versioned, start, end));
                    }
                }
                return;
            }
            int start = end - lengths[name];
            if (exact[name] != null && !sameAsWritten(utf8, start, exact[name])) {
                return;
            }
            if (whole(name, utf8, from, to, start, end, window)) {
                hits.add(new Hit(name, start, end));
            }
        });
        return hits;
    }

    private boolean whole(int name, byte[] utf8, int from, int to, int start, int end, Window window) {
        int clear = ByteBoundaries.check(utf8, from, to, start, end, latinEnd[name]);
        return clear == ByteBoundaries.YES
                || clear == ByteBoundaries.UNDECIDED && window.isWholeName(names.get(name), utf8, from, to, start, end);
    }

    /** {@link NameMatcher#versionListStart} on bytes: the stem (ASCII) and digits before the slash, or -1. */
    private int versionListStart(byte[] text, int from, int slash, int name) {
        NameMatcher m = names.get(name);
        String stem = m.stem();
        int digits = slash;
        while (digits > from && text[digits - 1] >= '0' && text[digits - 1] <= '9') {
            digits--;
        }
        int start = digits - stem.length();
        if (digits == slash || start < from) {
            return -1;
        }
        for (int k = 0; k < stem.length(); k++) {
            int t = text[start + k];
            int n = stem.charAt(k);
            if (t != n && !(m.ignoresCase() && t >= 0 && Utf8Fold.ASCII[t] == Utf8Fold.ASCII[n])) {
                return -1;
            }
        }
        return start;
    }

    /** Whether the text's bytes at {@code start} are the name as written, reading ё as е and Ё as Е. */
    private static boolean sameAsWritten(byte[] text, int start, byte[] name) {
        for (int j = 0; j < name.length; j++) {
            byte t = text[start + j];
            byte n = name[j];
            if (t == n) {
                continue;
            }
            if (t == (byte) 0xD1 && n == (byte) 0xD0 && j + 1 < name.length && text[start + j + 1] == (byte) 0x91
                    && name[j + 1] == (byte) 0xB5) {
                j++; // ё (D1 91) as е (D0 B5)
                continue;
            }
            if (t == (byte) 0x81 && n == (byte) 0x95 && j > 0 && name[j - 1] == (byte) 0xD0) {
                continue; // Ё (D0 81) as Е (D0 95); the lead byte already agreed
            }
            return false;
        }
        return true;
    }

    /**
     * The few chars around a hit, decoded into a reused buffer, for {@link NameMatcher#isWholeName}: one char
     * before it and enough after it for the longest rule (a hyphen and a Russian ending of up to three letters,
     * then one more letter to tell an ending from a word).
     */
    private static final class Window implements CharSequence {
        private static final int BEFORE = 4;
        private static final int AFTER = 24;
        private char[] chars = new char[64];
        private int length;

        boolean isWholeName(NameMatcher m, byte[] text, int from, int to, int start, int end) {
            int a = Math.max(from, start - BEFORE);
            while (a < start && (text[a] & 0xC0) == 0x80) {
                a++; // start on a character
            }
            int b = Math.min(to, end + AFTER);
            while (b < to && b > end && (text[b] & 0xC0) == 0x80) {
                b--; // end before a cut character
            }
            length = 0;
            int startChar = decode(text, a, start);
            int endChar = decode(text, start, end);
            decode(text, end, b);
            return m.isWholeName(this, startChar, endChar);
        }

        /** Appends the chars of bytes [from, to) and returns how many chars there are in all. */
        private int decode(byte[] text, int from, int to) {
            if (chars.length < length + (to - from)) {
                chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + (to - from)));
            }
            int i = from;
            while (i < to) {
                int b = text[i] & 0xFF;
                int c;
                int n;
                if (b < 0x80) {
                    c = b;
                    n = 1;
                } else if (b >= 0xC0 && b < 0xE0 && i + 1 < to) {
                    c = (b & 0x1F) << 6 | text[i + 1] & 0x3F;
                    n = 2;
                } else if (b >= 0xE0 && b < 0xF0 && i + 2 < to) {
                    c = (b & 0x0F) << 12 | (text[i + 1] & 0x3F) << 6 | text[i + 2] & 0x3F;
                    n = 3;
                } else if (b >= 0xF0 && i + 3 < to) {
                    c = (b & 0x07) << 18 | (text[i + 1] & 0x3F) << 12 | (text[i + 2] & 0x3F) << 6 | text[i + 3] & 0x3F;
                    n = 4;
                } else {
                    c = 0xFFFD; // not valid UTF-8: a replacement char, as a decoder would give
                    n = 1;
                }
                i += n;
                if (c >= 0x10000) {
                    chars[length++] = Character.highSurrogate(c);
                    chars[length++] = Character.lowSurrogate(c);
                } else {
                    chars[length++] = (char) c;
                }
            }
            return length;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return chars[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(chars, start, end - start);
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
