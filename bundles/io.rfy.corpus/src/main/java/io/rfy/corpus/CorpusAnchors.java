package io.rfy.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.rfy.model.CorpusCrossLink;
import io.rfy.model.CrossLink;
import io.rfy.model.Review;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.SourceLocation;
import io.rfy.store.StoreProblem;
import io.rfy.store.StoreProblem.Severity;

/**
 * Re-finds the passages that corpus cross-links point at, the way W3C TextQuoteSelectors are re-anchored: the quote
 * between its prefix and suffix; else the occurrence of the quote whose surroundings look most like the old ones;
 * else an approximate match of the quote (a re-import that changed quotes, spaces, case, ё or a letter or two); else
 * the link is broken. {@link #check} turns what does not resolve cleanly into problems at the cross-link's line.
 */
public final class CorpusAnchors {

    public static final String UNKNOWN_DOCUMENT = "rfy.crosslink.unknown-document";
    public static final String BROKEN = "rfy.crosslink.broken-anchor";
    public static final String MOVED = "rfy.crosslink.anchor-moved";
    public static final String FUZZY = "rfy.crosslink.anchor-fuzzy";

    public enum Status {
        /** prefix + quote + suffix found as written */
        EXACT,
        /** the quote found as written, but its surroundings changed */
        MOVED,
        /** only an approximate match of the quote */
        FUZZY,
        /** nothing close enough */
        BROKEN
    }

    /**
     * Where an anchor resolves: code point offsets [start, end) into the text, and the text found there;
     * -1 and null when broken.
     */
    public record Resolution(Status status, int start, int end, String found) {
    }

    private CorpusAnchors() {
    }

    public static Resolution resolve(String text, String quote, String prefix, String suffix) {
        String pre = prefix == null ? "" : prefix;
        String suf = suffix == null ? "" : suffix;
        if (quote == null || quote.isEmpty()) {
            return new Resolution(Status.BROKEN, -1, -1, null);
        }
        int exact = text.indexOf(pre + quote + suf);
        if (exact >= 0) {
            return at(text, Status.EXACT, exact + pre.length(), exact + pre.length() + quote.length());
        }
        int best = -1;
        int bestScore = -1;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            int score = commonSuffix(text, i, pre) + commonPrefix(text, i + quote.length(), suf);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best >= 0) {
            return at(text, Status.MOVED, best, best + quote.length());
        }
        int[] approx = ApproximateMatch.find(text, quote, pre, suf);
        if (approx != null) {
            return at(text, Status.FUZZY, approx[0], approx[1]);
        }
        return new Resolution(Status.BROKEN, -1, -1, null);
    }

    private static Resolution at(String text, Status status, int from, int to) {
        int start = text.codePointCount(0, from);
        return new Resolution(status, start, start + text.codePointCount(from, to), text.substring(from, to));
    }

    /** How many chars before {@code at} agree with the end of {@code prefix}. */
    private static int commonSuffix(String text, int at, String prefix) {
        int n = 0;
        while (n < prefix.length() && at - n - 1 >= 0 && text.charAt(at - n - 1) == prefix.charAt(prefix.length() - n - 1)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String text, int at, String suffix) {
        int n = 0;
        while (n < suffix.length() && at + n < text.length() && text.charAt(at + n) == suffix.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The anchor of one cross-link into the workspace's corpus; null when its document is not in the corpus. */
    public static Resolution resolve(RfyWorkspace ws, CorpusCrossLink link) throws IOException {
        for (Path file : ws.corpusFiles()) {
            if (CorpusText.id(file).equals(link.getDocument())) {
                return resolve(CorpusText.read(file), link.getQuote(), link.getPrefix(), link.getSuffix());
            }
        }
        return null;
    }

    /**
     * Every corpus cross-link of the workspace that does not resolve exactly, as a problem at the line of the
     * cross-link: an unknown document or a broken anchor is an error, a fuzzy one a warning, a moved one info
     * (it still points at the same words).
     */
    public static List<StoreProblem> check(RfyWorkspace ws) throws IOException {
        Map<String, Path> files = new HashMap<>();
        for (Path file : ws.corpusFiles()) {
            files.put(CorpusText.id(file), file);
        }
        Map<String, String> texts = new HashMap<>();
        List<StoreProblem> problems = new ArrayList<>();
        for (Review review : ws.reviews()) {
            List<CrossLink> links = review.getCrossLinks();
            for (int i = 0; i < links.size(); i++) {
                if (!(links.get(i) instanceof CorpusCrossLink link)) {
                    continue;
                }
                SourceLocation.Position pos = SourceLocation.of(link); // the entry's own line, else the review's
                String file = ws.relative(review.eResource());
                int line = pos == null ? 0 : pos.line();
                int column = pos == null ? 0 : pos.column();
                Path doc = files.get(link.getDocument());
                if (doc == null) {
                    problems.add(new StoreProblem(Severity.ERROR, UNKNOWN_DOCUMENT, "corpus document '" + link.getDocument()
                            + "' is not in " + RfyWorkspace.CORPUS + "/", file, line, column));
                    continue;
                }
                String text = texts.get(link.getDocument());
                if (text == null) {
                    text = CorpusText.read(doc);
                    texts.put(link.getDocument(), text);
                }
                Resolution r = resolve(text, link.getQuote(), link.getPrefix(), link.getSuffix());
                switch (r.status()) {
                    case BROKEN -> problems.add(new StoreProblem(Severity.ERROR, BROKEN, "«" + link.getQuote()
                            + "» is no longer in corpus document '" + link.getDocument() + "'", file, line, column));
                    case FUZZY -> problems.add(new StoreProblem(Severity.WARNING, FUZZY, "«" + link.getQuote()
                            + "» is no longer in '" + link.getDocument() + "' as written; closest: «" + r.found()
                            + "» at " + r.start(), file, line, column));
                    case MOVED -> problems.add(new StoreProblem(Severity.INFO, MOVED, "the text around «"
                            + link.getQuote() + "» in '" + link.getDocument() + "' changed; anchored on the quote at "
                            + r.start(), file, line, column));
                    default -> {
                    }
                }
            }
        }
        return problems;
    }
}
