package io.rfy.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Many names found in one pass over a text (Aho-Corasick), with {@link NameMatcher}'s boundary rules applied to
 * each hit. Names that match in any case go into an automaton run over a lower-cased copy of the text (lower-casing
 * keeps the length of Latin and Cyrillic text, so offsets stay valid); the others into one run over the text as is.
 */
public final class NameIndex {

    /** A whole-name hit: which name (its index in the list given), and char offsets into the text. */
    public record Hit(int name, int start, int end) {
    }

    private final List<NameMatcher> names;
    private final Automaton exact = new Automaton();
    private final Automaton folded = new Automaton();

    public NameIndex(List<String> names) {
        this.names = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            NameMatcher m = new NameMatcher(names.get(i));
            this.names.add(m);
            if (m.ignoresCase()) {
                folded.add(lower(m.folded()), i);
            } else {
                exact.add(m.folded(), i);
            }
        }
        exact.build();
        folded.build();
    }

    public int size() {
        return names.size();
    }

    /** Every whole-name hit in the text (ё already folded, see {@link NameMatcher#fold}). */
    public List<Hit> find(String foldedText) {
        List<Hit> hits = new ArrayList<>();
        if (exact.size > 0) {
            collect(exact, false, foldedText, hits);
        }
        if (folded.size > 0) {
            collect(folded, true, foldedText, hits);
        }
        return hits;
    }

    private void collect(Automaton automaton, boolean lowerCase, String text, List<Hit> hits) {
        automaton.scan(text, lowerCase, (name, end) -> {
            NameMatcher m = names.get(name);
            int start = end - m.folded().length();
            if (m.isWholeName(text, start, end)) {
                hits.add(new Hit(name, start, end));
            }
        });
    }

    private static String lower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(Character.toLowerCase(s.charAt(i))); // char by char: the same length, unlike String.toLowerCase
        }
        return b.toString();
    }

    /**
     * A trie over chars with failure links; outputs are name indexes. Transitions live in one open-addressing table
     * keyed by (state, char), so scanning allocates nothing and touches two arrays per character.
     */
    private static final class Automaton {
        private long[] keys = new long[1 << 10];
        private int[] values = new int[1 << 10];
        private int entries;
        private final List<StringBuilder> children = new ArrayList<>();
        private int[] fail = new int[16];
        private final List<int[]> out = new ArrayList<>();
        private int states;
        private int size;
        private final int[] root = new int[Character.MAX_VALUE + 1];
        private final boolean[] used = new boolean[Character.MAX_VALUE + 1];
        private int[][] outputs;

        Automaton() {
            java.util.Arrays.fill(keys, -1L);
            newState();
        }

        private int newState() {
            children.add(new StringBuilder());
            out.add(new int[0]);
            if (states == fail.length) {
                fail = java.util.Arrays.copyOf(fail, states * 2);
            }
            return states++;
        }

        private int get(int state, char c) {
            long key = ((long) state << 16) | c;
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
                if (keys[i] == -1L) {
                    return -1;
                }
            }
        }

        private void put(int state, char c, int to) {
            if (entries * 2 >= keys.length) {
                long[] oldKeys = keys;
                int[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new int[oldKeys.length * 2];
                java.util.Arrays.fill(keys, -1L);
                entries = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != -1L) {
                        put((int) (oldKeys[i] >>> 16), (char) oldKeys[i], oldValues[i]);
                    }
                }
            }
            long key = ((long) state << 16) | c;
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (keys[i] != -1L && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == -1L) {
                entries++;
            }
            keys[i] = key;
            values[i] = to;
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 29));
        }

        void add(String word, int name) {
            if (word.isEmpty()) {
                return;
            }
            int state = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                int to = get(state, c);
                if (to < 0) {
                    to = newState();
                    put(state, c, to);
                    children.get(state).append(c);
                }
                state = to;
            }
            int[] o = out.get(state);
            int[] grown = java.util.Arrays.copyOf(o, o.length + 1);
            grown[o.length] = name;
            out.set(state, grown);
            size++;
        }

        void build() {
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            for (int k = 0; k < children.get(0).length(); k++) {
                int child = get(0, children.get(0).charAt(k));
                fail[child] = 0;
                queue.add(child);
            }
            while (!queue.isEmpty()) {
                int state = queue.poll();
                StringBuilder chars = children.get(state);
                for (int k = 0; k < chars.length(); k++) {
                    char c = chars.charAt(k);
                    int child = get(state, c);
                    int f = fail[state];
                    while (f != 0 && get(f, c) < 0) {
                        f = fail[f];
                    }
                    int target = get(f, c);
                    fail[child] = target >= 0 && target != child ? target : 0;
                    int[] inherited = out.get(fail[child]);
                    if (inherited.length > 0) {
                        int[] own = out.get(child);
                        int[] merged = java.util.Arrays.copyOf(own, own.length + inherited.length);
                        System.arraycopy(inherited, 0, merged, own.length, inherited.length);
                        out.set(child, merged);
                    }
                    queue.add(child);
                }
            }
            children.clear(); // only needed to build
            // for scanning: the root's transitions as a plain array (most chars are read at the root), which chars
            // occur in names at all, and outputs as an array with null for none
            java.util.Arrays.fill(root, -1);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != -1L && (keys[i] >>> 16) == 0) {
                    root[(char) keys[i]] = values[i];
                }
                if (keys[i] != -1L) {
                    used[(char) keys[i]] = true;
                }
            }
            outputs = new int[states][];
            for (int i = 0; i < states; i++) {
                outputs[i] = out.get(i).length == 0 ? null : out.get(i);
            }
            out.clear();
        }

        interface Sink {
            void hit(int name, int end);
        }

        /** @param lowerCase read the text lower-cased, char by char (no copy; lengths and offsets stay the same) */
        void scan(String text, boolean lowerCase, Sink sink) {
            int state = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = lowerCase ? Character.toLowerCase(text.charAt(i)) : text.charAt(i);
                if (!used[c]) {
                    state = 0; // no name has this char (most Cyrillic text): no match runs across it
                    continue;
                }
                int to;
                while (true) {
                    if (state == 0) {
                        to = root[c];
                        break;
                    }
                    to = get(state, c);
                    if (to >= 0) {
                        break;
                    }
                    state = fail[state];
                }
                state = to < 0 ? 0 : to;
                int[] names = outputs[state];
                if (names != null) {
                    for (int name : names) {
                        sink.hit(name, i + 1);
                    }
                }
            }
        }
    }
}
