package io.rfy.corpus;

import java.util.Arrays;

/**
 * Aho-Corasick over UTF-8 bytes, case-folded on the fly ({@link Utf8Fold}): the text is read as bytes, never decoded
 * into chars. UTF-8 is self-synchronising, so a match of a name's bytes always starts and ends on character
 * boundaries. A byte that no name contains sends the scan back to the root at once, which is what most Cyrillic
 * text does when the names are Latin. The states nearest the root, where a scan spends most of its time, are
 * numbered first (breadth first) and have complete transition rows ({@link #dense}, failure links already
 * followed); the deeper ones are numbered depth first and have their first child's byte ({@link #firstByte}), their
 * other transitions in a hash table, and a failure link. Measured on the benchmark's 50,000 names, the depth-first
 * numbering alone took the raw scan from about 130 to about 400 MB/s: walking down a name became reading one small
 * array in order instead of probing a large table at random.
 */
final class ByteAutomaton {

    interface Sink {
        /** A name's folded bytes end just before {@code end}. */
        void hit(int name, int end);
    }

    /** How many states get complete rows: about a megabyte of rows for Latin names, which stays in the cache. */
    private static final int DENSE = 4096;

    /** The trie while names are added (states numbered as created); replaced by the final numbering in build. */
    private Transitions trie;
    /**
     * The final transitions that are not a deep state's first child (those are {@link #firstByte}): the rows'
     * states' own transitions, and the second and further children of deeper states.
     */
    private Transitions goTo;
    /**
     * For each state beyond the rows: the byte to its first child, which is numbered right after it; 0x100 added
     * when it has more children (in {@link #goTo}); -1 when it has none.
     */
    private short[] firstByte;
    private int[] fail;
    private int[][] out = new int[1 << 10][];
    private int states;
    private int size;
    /** Bytes that occur in some folded name. */
    private final boolean[] used = new boolean[256];
    /** Whether names contain characters of two, three or four bytes: if not, such characters reset at once. */
    private boolean usesTwo;
    private boolean usesThree;
    private boolean usesFour;
    /**
     * Rows are indexed by byte class, not by byte: each byte some name contains has its own class, all others share
     * class 0 (which leads back to the root), so a row is as wide as the names' alphabet.
     */
    private final int[] classOf = new int[256];
    /** For an ASCII byte, the class of its lower case. */
    private final int[] asciiClass = new int[128];
    private int width;
    private int[] dense;
    private int denseStates;

    /** @param expectedBytes about how many bytes the names have in all, to size the tables once */
    ByteAutomaton(int expectedBytes) {
        trie = new Transitions(expectedBytes);
        newState();
    }

    int size() {
        return size;
    }

    int states() {
        return states;
    }

    private int newState() {
        if (states == out.length) {
            out = Arrays.copyOf(out, states * 2);
        }
        return states++;
    }

    /** Adds a name by its folded bytes ({@link Utf8Fold#fold}); before {@link #build} only. */
    void add(byte[] word, int name) {
        if (word.length == 0) {
            return;
        }
        if (states >= 1 << 23) {
            throw new IllegalStateException("too many names for one index: over 8 million trie states");
        }
        int state = 0;
        for (byte value : word) {
            int b = value & 0xFF;
            used[b] = true;
            usesTwo |= b >= 0xC0 && b < 0xE0;
            usesThree |= b >= 0xE0 && b < 0xF0;
            usesFour |= b >= 0xF0;
            int to = trie.get(state, b);
            if (to < 0) {
                to = newState();
                trie.put(state, b, to);
            }
            state = to;
        }
        int[] o = out[state];
        int[] grown = o == null ? new int[1] : Arrays.copyOf(o, o.length + 1);
        grown[grown.length - 1] = name;
        out[state] = grown;
        size++;
    }

    /**
     * Numbers the states and computes, breadth first, each state's failure link (the transition of its parent's
     * failure state: a row lookup when that is near the root), its outputs (its own names and its failure state's)
     * and, for the first states, their complete rows. The states nearest the root are numbered breadth first; each
     * subtree below them depth first, so that a state's first child is the next number: a scan walking down a name
     * reads {@link #firstByte} one entry after the other instead of probing the hash table at random.
     */
    void build() {
        width = 1;
        for (int b = 0; b < 256; b++) {
            classOf[b] = used[b] ? width++ : 0;
        }
        for (int b = 0; b < 128; b++) {
            asciiClass[b] = classOf[Utf8Fold.ASCII[b]];
        }
        // each trie state's transitions, grouped by state (a counting sort of the table's entries)
        int[] first = new int[states + 1];
        for (int key : trie.keys) {
            if (key != -1) {
                first[(key >>> 8) + 1]++;
            }
        }
        for (int i = 0; i < states; i++) {
            first[i + 1] += first[i];
        }
        int[] fill = Arrays.copyOf(first, states);
        int edges = first[states];
        int[] edgeByte = new int[edges];
        int[] edgeTarget = new int[edges];
        for (int i = 0; i < trie.keys.length; i++) {
            int key = trie.keys[i];
            if (key != -1) {
                int at = fill[key >>> 8]++;
                edgeByte[at] = key & 0xFF;
                edgeTarget[at] = trie.values[i];
            }
        }
        trie = null;
        fill = null;

        int[] breadthFirst = new int[states];
        int n = 1;
        for (int head = 0; head < n; head++) {
            for (int e = first[breadthFirst[head]]; e < first[breadthFirst[head] + 1]; e++) {
                breadthFirst[n++] = edgeTarget[e];
            }
        }
        denseStates = Math.min(DENSE, states);
        int[] id = new int[states];
        Arrays.fill(id, -1);
        for (int k = 0; k < denseStates; k++) {
            id[breadthFirst[k]] = k;
        }
        int next = denseStates;
        int[] stack = new int[states];
        for (int k = 0; k < denseStates; k++) {
            int old = breadthFirst[k];
            for (int e = first[old]; e < first[old + 1]; e++) {
                if (id[edgeTarget[e]] >= 0) {
                    continue;
                }
                int top = 0;
                stack[top++] = edgeTarget[e];
                while (top > 0) {
                    int x = stack[--top];
                    id[x] = next++;
                    for (int c = first[x + 1] - 1; c >= first[x]; c--) {
                        stack[top++] = edgeTarget[c]; // pushed last to first, so the first child comes out next
                    }
                }
            }
        }
        stack = null;

        firstByte = new short[states];
        Arrays.fill(firstByte, (short) -1);
        goTo = new Transitions(Math.max(16, edges / 4));
        for (int old = 0; old < states; old++) {
            int s = id[old];
            for (int e = first[old]; e < first[old + 1]; e++) {
                int c = id[edgeTarget[e]];
                if (s >= denseStates && c == s + 1) {
                    // more children than the first: look in the table too
                    firstByte[s] = (short) (edgeByte[e] | (first[old + 1] - first[old] > 1 ? 0x100 : 0));
                } else {
                    goTo.put(s, edgeByte[e], c);
                }
            }
        }

        dense = new int[denseStates * width];
        fail = new int[states];
        int[][] outputs = new int[states][];
        outputs[0] = out[0];
        for (int k = 0; k < states; k++) {
            int old = breadthFirst[k];
            int s = id[old];
            for (int e = first[old]; e < first[old + 1]; e++) {
                int b = edgeByte[e];
                int child = id[edgeTarget[e]];
                int f = s == 0 ? 0 : transition(fail[s], b);
                fail[child] = f;
                int[] own = out[edgeTarget[e]];
                int[] inherited = outputs[f];
                if (inherited == null) {
                    outputs[child] = own;
                } else if (own == null) {
                    outputs[child] = inherited; // shared, never written to after the build
                } else {
                    int[] merged = Arrays.copyOf(own, own.length + inherited.length);
                    System.arraycopy(inherited, 0, merged, own.length, inherited.length);
                    outputs[child] = merged;
                }
            }
            if (s < denseStates) {
                for (int b = 0; b < 256; b++) {
                    if (used[b]) {
                        int to = goTo.get(s, b);
                        dense[s * width + classOf[b]] = to >= 0 ? to : s == 0 ? 0 : dense[fail[s] * width + classOf[b]];
                    }
                }
            }
        }
        out = outputs;
    }

    /** The next state from {@code state} on byte {@code b}, following failure links; 0 when nothing matches. */
    private int transition(int state, int b) {
        while (true) {
            if (state < denseStates) {
                return dense[state * width + classOf[b]];
            }
            int fb = firstByte[state];
            if (fb >= 0) {
                if ((fb & 0xFF) == b) {
                    return state + 1;
                }
                if (fb >= 0x100) {
                    int to = goTo.get(state, b);
                    if (to >= 0) {
                        return to;
                    }
                }
            }
            state = fail[state];
        }
    }

    /** Transitions keyed by (state, byte) in one open-addressing table: nothing is allocated per lookup. */
    private static final class Transitions {
        private int[] keys;
        private int[] values;
        private int entries;

        Transitions(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
            keys = new int[capacity];
            values = new int[capacity];
            Arrays.fill(keys, -1);
        }

        private static int slot(int key, int mask) {
            int h = key * 0x9E3779B9;
            return (h ^ (h >>> 15)) & mask;
        }

        int get(int state, int b) {
            int key = (state << 8) | b;
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                int k = keys[i];
                if (k == key) {
                    return values[i];
                }
                if (k == -1) {
                    return -1;
                }
            }
        }

        void put(int state, int b, int to) {
            if (entries * 2 >= keys.length) {
                grow();
            }
            int key = (state << 8) | b;
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] != -1 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == -1) {
                entries++;
            }
            keys[i] = key;
            values[i] = to;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(keys, -1);
            entries = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != -1) {
                    put(oldKeys[i] >>> 8, oldKeys[i] & 0xFF, oldValues[i]);
                }
            }
        }
    }

    /** Scans bytes [from, to) of UTF-8 text, case-folded as {@link Utf8Fold} folds names. */
    void scan(byte[] text, int from, int to, Sink sink) {
        boolean asciiNames = !usesTwo && !usesThree && !usesFour;
        int state = 0;
        int i = from;
        while (i < to) {
            int b = text[i];
            if (b >= 0) {
                int cls = asciiClass[b];
                i++;
                if (cls == 0) {
                    state = 0; // no name has this byte
                    continue;
                }
                state = state < denseStates ? dense[state * width + cls] : transition(state, Utf8Fold.ASCII[b]);
            } else if (asciiNames) {
                // names of ASCII only: a run of other chars (a Russian word) is skipped in one tight loop
                state = 0;
                i++;
                while (i < to && text[i] < 0) {
                    i++;
                }
                continue;
            } else if ((b &= 0xFF) >= 0xC0 && b < 0xE0 && i + 1 < to) { // from here on b is the unsigned byte
                if (!usesTwo) {
                    state = 0;
                    i += 2;
                    continue;
                }
                char f = Utf8Fold.TWO[((b & 0x1F) << 6) | (text[i + 1] & 0x3F)];
                int lead = 0xC0 | f >> 6;
                int cont = 0x80 | f & 0x3F;
                i += 2;
                if (!used[lead] || !used[cont]) {
                    state = 0;
                    continue;
                }
                state = transition(transition(state, lead), cont);
            } else if (b >= 0xE0 && b < 0xF0 && i + 2 < to) {
                if (!usesThree) {
                    state = 0;
                    i += 3;
                    continue;
                }
                int f = Utf8Fold.three(((b & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F));
                i += 3;
                state = transition(transition(transition(state, 0xE0 | f >> 12), 0x80 | (f >> 6) & 0x3F), 0x80 | f & 0x3F);
            } else if (b >= 0xF0 && !usesFour) {
                state = 0;
                i++; // its continuation bytes are not used either, so they reset too
                continue;
            } else {
                // outside the BMP (names with emoji), or bytes that are no valid UTF-8: as they are
                i++;
                state = used[b] ? transition(state, b) : 0;
            }
            int[] names = out[state];
            if (names != null) {
                for (int name : names) {
                    sink.hit(name, i);
                }
            }
        }
    }
}
