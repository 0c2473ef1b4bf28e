package io.rfy.bench;

import java.util.ArrayList;
import java.util.List;

/** A published batch's plain-text scrape made as long as asked: its reviews repeated and renumbered. */
public final class HabrScrape {

    private HabrScrape() {
    }

    /** The seed with its seven reviews repeated, renumbered 1..n, between the original head and footer. */
    public static String enlarge(String seed, int n) {
        List<String> lines = List.of(seed.split("\n", -1));
        int first = lines.indexOf("1. " + lines.stream().filter(l -> l.startsWith("1. ")).findFirst().orElseThrow().substring(3));
        int end = lines.indexOf("Ссылка на начало");
        List<List<String>> reviews = new ArrayList<>();
        for (int i = first; i < end; i++) {
            if (lines.get(i).matches((reviews.size() + 1) + "\\. .*")) {
                reviews.add(new ArrayList<>());
            }
            reviews.get(reviews.size() - 1).add(lines.get(i));
        }
        StringBuilder out = new StringBuilder();
        lines.subList(0, first).forEach(l -> out.append(l).append('\n'));
        for (int k = 1; k <= n; k++) {
            List<String> review = reviews.get((k - 1) % reviews.size());
            out.append(review.get(0).replaceFirst("^\\d+\\.", k + ".")).append('\n');
            review.subList(1, review.size()).forEach(l -> out.append(l).append('\n'));
        }
        lines.subList(end, lines.size()).forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }
}
