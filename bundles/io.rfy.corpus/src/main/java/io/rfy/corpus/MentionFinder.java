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
        List<Mention> mentions = new ArrayList<>();
        for (Review review : ws.reviews()) {
            if (onlyReview != null && !onlyReview.equals(review.getId())) {
                continue;
            }
            for (Paper paper : review.getPapers()) {
                List<NameMatcher> names = names(paper);
                for (Map.Entry<String, String> doc : documents.entrySet()) {
                    mentions.addAll(find(paper, review, doc.getKey(), doc.getValue(), names, items.get(doc.getKey())));
                }
                for (Review other : ws.reviews()) {
                    if (other != review && other.getBody() != null) {
                        mentions.addAll(find(paper, review, "review:" + other.getId(), other.getBody(), names, List.of()));
                    }
                }
            }
        }
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

    static List<NameMatcher> names(Paper paper) {
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
        return names.stream().distinct().map(NameMatcher::new).toList();
    }

    private static List<Mention> find(Paper paper, Review review, String document, String text, List<NameMatcher> names,
            List<CorpusSegmenter.Item> items) {
        String folded = NameMatcher.fold(text);
        List<NameMatcher.Hit> hits = new ArrayList<>();
        for (NameMatcher name : names) {
            hits.addAll(name.find(folded));
        }
        hits.sort(Comparator.comparingInt(NameMatcher.Hit::start).thenComparing(h -> -(h.end() - h.start())));
        List<Mention> mentions = new ArrayList<>();
        int coveredTo = -1;
        int codePoints = 0;
        int counted = 0;
        for (NameMatcher.Hit hit : hits) {
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
