package io.rfy.corpus;

/**
 * The place in a text that matches a quote with the fewest edits (Sellers' algorithm: edit distance where the match
 * may start anywhere), after folding what re-imports tend to change: case, ё, kinds of quotes and spaces. Up to one
 * edit per five characters of the quote is accepted; among equally close places, the one whose surroundings agree
 * most with the anchor's prefix and suffix wins.
 */
final class ApproximateMatch {

    private ApproximateMatch() {
    }

    /** @return char offsets {start, end} into {@code text}, or null when nothing is close enough */
    static int[] find(String text, String quote, String prefix, String suffix) {
        String t = fold(text);
        String q = fold(quote);
        String pre = fold(prefix);
        String suf = fold(suffix);
        int m = q.length();
        int allowed = Math.max(1, m / 5);
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        int[] prevStart = new int[m + 1];
        int[] curStart = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestContext = -1;
        for (int i = 1; i <= t.length(); i++) {
            cur[0] = 0;
            curStart[0] = i;
            char c = t.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                int d = prev[j - 1] + (c == q.charAt(j - 1) ? 0 : 1);
                int s = prevStart[j - 1];
                if (prev[j] + 1 < d) {
                    d = prev[j] + 1;
                    s = prevStart[j];
                }
                if (cur[j - 1] + 1 < d) {
                    d = cur[j - 1] + 1;
                    s = curStart[j - 1];
                }
                cur[j] = d;
                curStart[j] = s;
            }
            if (cur[m] <= allowed && cur[m] <= bestDistance) {
                int start = curStart[m];
                int context = context(t, start, i, pre, suf);
                if (cur[m] < bestDistance || context > bestContext) {
                    best = new int[] {start, i};
                    bestDistance = cur[m];
                    bestContext = context;
                }
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
            swap = prevStart;
            prevStart = curStart;
            curStart = swap;
        }
        return best;
    }

    private static int context(String t, int start, int end, String prefix, String suffix) {
        int n = 0;
        while (n < prefix.length() && start - n - 1 >= 0 && t.charAt(start - n - 1) == prefix.charAt(prefix.length() - n - 1)) {
            n++;
        }
        int k = 0;
        while (k < suffix.length() && end + k < t.length() && t.charAt(end + k) == suffix.charAt(k)) {
            k++;
        }
        return n + k;
    }

    /** Char by char, so offsets into the folded text are offsets into the original. */
    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c == 'ё') {
                c = 'е';
            } else if ("«»“”„\"'’‘`".indexOf(c) >= 0) {
                c = '"';
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                c = ' ';
            } else if (c == '–' || c == '—' || c == '‐') {
                c = '-';
            }
            b.append(c);
        }
        return b.toString();
    }
}
