package io.rfy.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.rfy.ids.ArxivId;
import io.rfy.ids.GitHubRepo;
import io.rfy.model.CorpusDocument;
import io.rfy.model.CorpusItem;
import io.rfy.model.Link;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.store.RfyWorkspace;

/**
 * Where the workspace's papers are named: in the corpus documents and in the bodies of other reviews. A paper is
 * looked for by its title, its short name (the part before ':'), its aliases, its arXiv id and its GitHub
 * repository; overlapping matches of one paper count once (the longest). {@link MentionIndex} is the same search with
 * a cache under {@code .rfy/}.
 */
public final class MentionFinder {

    /** Characters of context kept on each side of a quote, as the anchor's prefix and suffix. */
    static final int CONTEXT = 32;

    private MentionFinder() {
    }

    /** @param onlyReview the id of one review whose papers are looked for, or null for all */
    public static List<Mention> find(RfyWorkspace ws, String onlyReview) throws IOException {
        Names names = Names.of(ws, onlyReview);
        List<Mention> mentions = new ArrayList<>();
        for (Path file : ws.corpusFiles()) {
            mentions.addAll(inDocument(names, CorpusReader.read(file)));
        }
        mentions.addAll(inReviews(ws, names));
        sort(mentions);
        return mentions;
    }

    static void sort(List<Mention> mentions) {
        mentions.sort(Comparator.comparing(Mention::review).thenComparing(Mention::document)
                .thenComparingInt(Mention::start));
    }

    /** Every paper name of the reviews looked for, in one {@link NameIndex}, with the paper each name belongs to. */
    static final class Names {
        final List<Paper> owners = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        /** Names that are identifiers (arXiv id, repository): these count inside URLs too, other names do not. */
        final java.util.BitSet identifiers = new java.util.BitSet();
        final NameIndex index;

        private Names(List<Review> reviews) {
            for (Review review : reviews) {
                for (Paper paper : review.getPapers()) {
                    for (String name : names(paper)) {
                        if (name.startsWith("github.com/") || ArxivId.parse(name).isPresent()) {
                            identifiers.set(names.size());
                        }
                        owners.add(paper);
                        names.add(name);
                    }
                }
            }
            index = new NameIndex(names);
        }

        static Names of(RfyWorkspace ws, String onlyReview) {
            return new Names(ws.reviews().stream().filter(r -> onlyReview == null || onlyReview.equals(r.getId())).toList());
        }

        /** What the index looks for, as one string: the cache is valid only for the same names of the same papers. */
        String key() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                Paper p = owners.get(i);
                b.append(((Review) p.eContainer()).getId()).append('\t').append(p.getTitle()).append('\t')
                        .append(names.get(i)).append('\n');
            }
            return b.toString();
        }
    }

    static List<Mention> inDocument(Names names, CorpusDocument doc) {
        return find(names, doc.getId(), doc.getText(), doc.getItems(), null);
    }

    static List<Mention> inReviews(RfyWorkspace ws, Names names) {
        List<Mention> mentions = new ArrayList<>();
        for (Review other : ws.reviews()) {
            if (other.getBody() != null) {
                mentions.addAll(find(names, "review:" + other.getId(), other.getBody(), List.of(), other));
            }
        }
        return mentions;
    }

    /** The URLs of a text as sorted char ranges. */
    private static final class UrlSpans {
        private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("(?:https?://|www\\.)\\S+");
        private final List<int[]> spans = new ArrayList<>();

        UrlSpans(String text) {
            java.util.regex.Matcher m = URL.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }

        boolean contains(int at) {
            int lo = 0;
            int hi = spans.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int[] s = spans.get(mid);
                if (at < s[0]) {
                    hi = mid - 1;
                } else if (at >= s[1]) {
                    lo = mid + 1;
                } else {
                    return true;
                }
            }
            return false;
        }
    }

    /** CONTEXT chars before {@code at}, without cutting a surrogate pair (the seeds have emoji) in half. */
    private static int contextStart(String text, int at) {
        int start = Math.max(0, at - CONTEXT);
        return start > 0 && Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start;
    }

    private static int contextEnd(String text, int at) {
        int end = Math.min(text.length(), at + CONTEXT);
        return end < text.length() && Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }

    static List<String> names(Paper paper) {
        List<String> names = new ArrayList<>();
        if (paper.getTitle() != null) {
            names.add(paper.getTitle());
            if (paper.getShortName() != null && !paper.getShortName().equals(paper.getTitle())
                    && paper.getShortName().length() >= 3) {
                names.add(paper.getShortName());
            }
        }
        names.addAll(paper.getAliases());
        ArxivId.parse(paper.getArxiv()).ifPresent(a -> names.add(a.id()));
        for (Link link : paper.getLinks()) {
            // the repository as people write it in posts: github.com/owner/repo, any case, with or without https://
            GitHubRepo.parse(link.getUrl()).filter(GitHubRepo::isValid)
                    .ifPresent(g -> names.add(("github.com/" + g.owner() + "/" + g.repo()).toLowerCase(Locale.ROOT)));
        }
        return names.stream().distinct().toList();
    }

    /**
     * The hits in one text, per paper the longest of overlapping ones, as mentions; a review does not mention itself.
     * Linear in the text and the hits: one scan, code points counted once across all papers' hits in text order, the
     * item of each hit found by binary search.
     */
    private static List<Mention> find(Names names, String document, String text, List<CorpusItem> items, Review textOwner) {
        List<NameIndex.Hit> hits = names.index.find(NameMatcher.fold(text));
        if (hits.isEmpty()) {
            return new ArrayList<>();
        }
        UrlSpans urls = new UrlSpans(text);
        Map<Paper, List<NameIndex.Hit>> byPaper = new LinkedHashMap<>();
        for (NameIndex.Hit hit : hits) {
            Paper paper = names.owners.get(hit.name());
            // a URL is one token: "blog/clip/" or "CLIP_%2B_TADNE.ipynb" in a link is no mention of CLIP by name
            if (paper.eContainer() != textOwner && (names.identifiers.get(hit.name()) || !urls.contains(hit.start()))) {
                byPaper.computeIfAbsent(paper, p -> new ArrayList<>()).add(hit);
            }
        }
        List<Paper> keptPapers = new ArrayList<>();
        List<NameIndex.Hit> kept = new ArrayList<>();
        for (Map.Entry<Paper, List<NameIndex.Hit>> e : byPaper.entrySet()) {
            List<NameIndex.Hit> paperHits = e.getValue();
            paperHits.sort(Comparator.comparingInt(NameIndex.Hit::start).thenComparing(h -> -(h.end() - h.start())));
            int coveredTo = -1;
            for (NameIndex.Hit hit : paperHits) {
                if (hit.start() < coveredTo) {
                    continue; // inside a longer match of the same paper (the short name inside the title)
                }
                coveredTo = hit.end();
                keptPapers.add(e.getKey());
                kept.add(hit);
            }
        }
        // code point offsets: the kept hits in text order, counted on from the previous one
        Integer[] order = new Integer[kept.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt(k -> kept.get(k).start()));
        int[] starts = new int[kept.size()];
        int[] ends = new int[kept.size()];
        int chars = 0;
        int points = 0;
        for (int k : order) {
            NameIndex.Hit hit = kept.get(k);
            points += text.codePointCount(chars, hit.start());
            chars = hit.start();
            starts[k] = points;
            ends[k] = points + text.codePointCount(hit.start(), hit.end());
        }
        ItemSpans itemSpans = new ItemSpans(items);
        List<Mention> mentions = new ArrayList<>(kept.size());
        for (int k = 0; k < kept.size(); k++) {
            NameIndex.Hit hit = kept.get(k);
            Paper paper = keptPapers.get(k);
            mentions.add(new Mention(paper.getTitle(), ((Review) paper.eContainer()).getId(), document,
                    itemSpans.titleAround(starts[k], ends[k]), text.substring(hit.start(), hit.end()), starts[k], ends[k],
                    text.substring(contextStart(text, hit.start()), hit.start()),
                    text.substring(hit.end(), contextEnd(text, hit.end()))));
        }
        return mentions;
    }

    /** A document's items (in text order, not overlapping) by their code point ranges, for binary search. */
    private static final class ItemSpans {
        private final int[] starts;
        private final int[] ends;
        private final List<CorpusItem> items;

        ItemSpans(List<CorpusItem> items) {
            this.items = items;
            starts = new int[items.size()];
            ends = new int[items.size()];
            for (int i = 0; i < items.size(); i++) {
                starts[i] = items.get(i).getStart();
                ends[i] = items.get(i).getEnd();
            }
        }

        /**
         * The title of the item holding [start, end), or null when none does. The items do not overlap, so only the
         * last one starting at or before {@code start} can hold a passage that is not empty.
         */
        String titleAround(int start, int end) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) { // the first item starting after start
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= start) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int i = lo - 1;
            if (i >= 0 && end <= ends[i]) {
                return items.get(i).getTitle();
            }
            return null;
        }
    }
}
