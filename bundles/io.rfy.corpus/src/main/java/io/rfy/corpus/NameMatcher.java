package io.rfy.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds whole-name occurrences of paper and model names in Russian and English text. A Latin name may carry a
 * Russian case ending ({@code CLIPа}, {@code BERTом}, {@code GPT-3-ем}), but must not run into more Latin letters or
 * digits ({@code CLIP} is not in {@code eclipse}), and a version-like continuation makes another name ({@code GPT-3}
 * is not in {@code GPT-3.5}, {@code StyleGAN2} is not in {@code StyleGAN2-ADA}). ё reads as е. A name ending in a
 * version number is also named in a list of versions written the short way: {@code GPT-2/3} names GPT-3 (the span
 * is the whole {@code GPT-2/3}).
 */
public final class NameMatcher {

    /** A match: char offsets into the text given to {@link #find}. */
    public record Hit(int start, int end) {
    }

    private final String name;
    private final String folded;
    private final boolean ignoreCase;
    /** For a name such as GPT-3 or StyleGAN2 (ASCII, ending in digits after a letter or '-'): GPT- and 3; else null. */
    private final String stem;
    private final String version;

    /**
     * @param name as written in the workspace; names of four words or more, and all-lower-case ones, match in any
     *        case, short mixed-case names (acronyms, brands) only as written, because "CLIP" is a name and "clip" a word
     */
    public NameMatcher(String name) {
        this.name = name.strip();
        this.folded = fold(this.name);
        this.ignoreCase = this.name.split("\\s+").length >= 4 || this.name.equals(this.name.toLowerCase(Locale.ROOT));
        java.util.regex.Matcher v = VERSIONED.matcher(folded);
        stem = v.matches() ? v.group(1) : null;
        version = v.matches() ? v.group(2) : null;
    }

    private static final java.util.regex.Pattern VERSIONED = java.util.regex.Pattern.compile("([\\x20-\\x7E]*[A-Za-z-])(\\d+)");

    /** The part before the version number of a versioned name (GPT- of GPT-3), or null. */
    String stem() {
        return stem;
    }

    /** The version number that ends a versioned name (3 of GPT-3), or null. */
    String version() {
        return version;
    }

    public String name() {
        return name;
    }

    /** All whole-name matches in {@code foldedText} (the text already passed through {@link #fold}). */
    public List<Hit> find(String foldedText) {
        List<Hit> hits = new ArrayList<>();
        if (folded.isEmpty()) {
            return hits;
        }
        for (int i = indexOf(foldedText, 0); i >= 0; i = indexOf(foldedText, i + 1)) {
            int end = i + folded.length();
            if (leftBoundary(foldedText, i) && rightBoundary(foldedText, end)) {
                hits.add(new Hit(i, end));
            }
        }
        if (stem != null) {
            String slash = "/" + version;
            for (int i = foldedText.indexOf(slash); i >= 0; i = foldedText.indexOf(slash, i + 1)) {
                int start = versionListStart(foldedText, i);
                int end = i + slash.length();
                if (start >= 0 && leftBoundary(foldedText, start) && rightBoundary(foldedText, end)) {
                    hits.add(new Hit(start, end));
                }
            }
        }
        return hits;
    }

    /**
     * Where a short list of versions that ends at {@code slash} ("/3" of "GPT-2/3") starts: the stem, then digits
     * right before the slash; -1 when the text there is not this name's stem and another version.
     */
    int versionListStart(CharSequence text, int slash) {
        int digits = slash;
        while (digits > 0 && text.charAt(digits - 1) >= '0' && text.charAt(digits - 1) <= '9') {
            digits--;
        }
        int start = digits - stem.length();
        if (digits == slash || start < 0) {
            return -1;
        }
        for (int k = 0; k < stem.length(); k++) {
            char t = text.charAt(start + k);
            char n = stem.charAt(k);
            if (t != n && !(ignoreCase && t < 0x80 && Character.toLowerCase(t) == Character.toLowerCase(n))) {
                return -1;
            }
        }
        return start;
    }

    private int indexOf(String text, int from) {
        if (!ignoreCase) {
            return text.indexOf(folded, from);
        }
        for (int i = from; i <= text.length() - folded.length(); i++) {
            if (text.regionMatches(true, i, folded, 0, folded.length())) {
                return i;
            }
        }
        return -1;
    }

    boolean ignoresCase() {
        return ignoreCase;
    }

    String folded() {
        return folded;
    }

    /** Whether [start, end) of the folded text is this name standing on its own (see the class comment). */
    boolean isWholeName(CharSequence foldedText, int start, int end) {
        return leftBoundary(foldedText, start) && rightBoundary(foldedText, end);
    }

    private static boolean leftBoundary(CharSequence text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private boolean rightBoundary(CharSequence text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        char last = folded.charAt(folded.length() - 1);
        if (isLatinOrDigit(c)) {
            return false;
        }
        if ((c == '.' || c == '-') && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))) {
            return false; // GPT-3.5, v1-2: another version
        }
        if (c == '-' && end + 1 < text.length() && isLatinOrDigit(text.charAt(end + 1))) {
            return false; // StyleGAN2-ADA: another model
        }
        if (isCyrillic(c)) {
            // a Russian ending on a Latin name: at most three letters (CLIPа, BERTом, GPT-3ем), not a Cyrillic word
            if (!isLatinOrDigit(last)) {
                return false;
            }
            int n = 0;
            while (end + n < text.length() && isCyrillic(text.charAt(end + n))) {
                n++;
            }
            return n <= 3;
        }
        if ((c == '-' || c == '\'' || c == '’') && end + 1 < text.length() && isCyrillic(text.charAt(end + 1))) {
            int n = 0;
            while (end + 1 + n < text.length() && isCyrillic(text.charAt(end + 1 + n))) {
                n++;
            }
            return n <= 3;
        }
        return true;
    }

    static boolean isLatinOrDigit(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    /** The Cyrillic block, U+0400 to U+04FF (a range check: {@code UnicodeBlock.of} searches every block). */
    static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    /** ё and Ё as е and Е: same length, so offsets into the folded text are offsets into the original. */
    public static String fold(String text) {
        return text.replace('ё', 'е').replace('Ё', 'Е');
    }
}
