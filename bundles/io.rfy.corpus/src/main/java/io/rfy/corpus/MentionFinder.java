package io.rfy.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.store.RfyWorkspace;

/**
 * Where the workspace's papers are named: in the corpus documents and in the bodies of other reviews. A paper is
 * looked for by its title, its short name (the part before ':'), its aliases and its arXiv id; overlapping matches
 * of one paper count once (the longest).
 */
public final class MentionFinder {

    /** Characters of context kept on each side of a quote, as the anchor's prefix and suffix. */
    static final int CONTEXT = 32;

    private MentionFinder() {
    }

    /** @param onlyReview the id of one review whose papers are looked for, or null for all */
    public static List<Mention> find(RfyWorkspace ws, String onlyReview) throws IOException {
        Map<String, String> documents = new LinkedHashMap<>();
        for (Path file : ws.corpusFiles()) {
            documents.put(CorpusText.id(file), CorpusText.read(file));
        }
        Map<String, List<CorpusSegmenter.Item>> items = new LinkedHashMap<>();
        documents.forEach((id, text) -> items.put(id, CorpusSegmenter.split(text)));
        // every name of every paper in one index, so each text is read once whatever the number of papers
        List<Paper> owners = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Review review : ws.reviews()) {
            if (onlyReview == null || onlyReview.equals(review.getId())) {
                for (Paper paper : review.getPapers()) {
                    for (String name : names(paper)) {
                        owners.add(paper);
                        names.add(name);
                    }
                }
            }
        }
        NameIndex index = new NameIndex(names);
        List<Mention> mentions = new ArrayList<>();
        for (Map.Entry<String, String> doc : documents.entrySet()) {
            mentions.addAll(find(index, owners, doc.getKey(), doc.getValue(), items.get(doc.getKey()), null));
        }
        for (Review other : ws.reviews()) {
            if (other.getBody() != null) {
                mentions.addAll(find(index, owners, "review:" + other.getId(), other.getBody(), List.of(), other));
            }
        }
        mentions.sort(Comparator.comparing(Mention::review).thenComparing(Mention::document)
                .thenComparingInt(Mention::start));
        return mentions;
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
        io.rfy.ids.ArxivId.parse(paper.getArxiv()).ifPresent(a -> names.add(a.id()));
        return names.stream().distinct().toList();
    }

    /** The hits in one text, per paper the longest of overlapping ones, as mentions; a review does not mention itself. */
    private static List<Mention> find(NameIndex index, List<Paper> owners, String document, String text,
            List<CorpusSegmenter.Item> items, Review textOwner) {
        String folded = NameMatcher.fold(text);
        Map<Paper, List<NameIndex.Hit>> byPaper = new LinkedHashMap<>();
        for (NameIndex.Hit hit : index.find(folded)) {
            Paper paper = owners.get(hit.name());
            if (paper.eContainer() != textOwner) {
                byPaper.computeIfAbsent(paper, p -> new ArrayList<>()).add(hit);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Map.Entry<Paper, List<NameIndex.Hit>> e : byPaper.entrySet()) {
            mentions.addAll(mentions(e.getKey(), document, text, e.getValue(), items));
        }
        return mentions;
    }

    private static List<Mention> mentions(Paper paper, String document, String text, List<NameIndex.Hit> hits,
            List<CorpusSegmenter.Item> items) {
        Review review = (Review) paper.eContainer();
        hits.sort(Comparator.comparingInt(NameIndex.Hit::start).thenComparing(h -> -(h.end() - h.start())));
        List<Mention> mentions = new ArrayList<>();
        int coveredTo = -1;
        int codePoints = 0;
        int counted = 0;
        for (NameIndex.Hit hit : hits) {
            if (hit.start() < coveredTo) {
                continue; // inside a longer match of the same paper (the short name inside the title)
            }
            coveredTo = hit.end();
            codePoints += text.codePointCount(counted, hit.start());
            counted = hit.start();
            int length = text.codePointCount(hit.start(), hit.end());
            String item = items.stream().filter(i -> i.start() <= hit.start() && hit.end() <= i.end()).findFirst()
                    .map(CorpusSegmenter.Item::title).orElse(null);
            mentions.add(new Mention(paper.getTitle(), review.getId(), document, item, text.substring(hit.start(), hit.end()),
                    codePoints, codePoints + length, text.substring(contextStart(text, hit.start()), hit.start()),
                    text.substring(hit.end(), contextEnd(text, hit.end()))));
        }
        return mentions;
    }
}
