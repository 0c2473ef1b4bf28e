package io.rfy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.store.RfyWorkspace;
import io.rfy.testsupport.Samples;

/**
 * Precision and recall of the mention search on the five seeds against a table counted by reading them
 * (src/test/resources/expected-mentions.tsv): papers reviewed in the sample and models the digests and channels name.
 */
class ExpectedMentionsTest {

    private static final String[] SEEDS = {"000_c08bf2e11786672a", "001_d84b8b19dd66ab17", "002_0ef65161becd3671",
        "003_65155b8b9cab895a", "004_5567fbc14159c4b5"};

    @TempDir
    Path dir;

    /** The papers of the table, each reviewed in a copy of the sample workspace, with the five seeds as corpus. */
    private RfyWorkspace workspaceOfTheTable(Map<String, int[]> expected) throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        RfyWorkspace sample = RfyWorkspace.load(ws);
        int n = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/expected-mentions.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String title = f[0];
            expected.put(title, Arrays.stream(f, 3, 8).mapToInt(Integer::parseInt).toArray());
            boolean reviewed = sample.reviews().stream().flatMap(r -> r.getPapers().stream())
                    .anyMatch(p -> p.getTitle().equals(title));
            if (!reviewed) {
                List<String> aliases = f[1].isEmpty() ? List.of() : List.of(f[1].split(";"));
                TestWorkspaces.addReview(ws, "paper-" + n++, title, aliases, f[2]);
            }
        }
        List<Path> seeds = new ArrayList<>();
        for (String seed : SEEDS) {
            seeds.add(Samples.repository().resolve("seeds/" + seed + ".txt"));
        }
        CorpusFiles.add(seeds, ws);
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        assertEquals(List.of(), loaded.problems());
        return loaded;
    }

    @Test
    void precisionAndRecallOnTheSeeds() throws Exception {
        Map<String, int[]> expected = new LinkedHashMap<>();
        RfyWorkspace loaded = workspaceOfTheTable(expected);
        assertTrue(expected.size() >= 10);

        Map<String, int[]> found = new LinkedHashMap<>();
        for (Mention m : MentionFinder.find(loaded, null)) {
            int seed = Arrays.asList(SEEDS).indexOf(m.document());
            if (seed >= 0) {
                found.computeIfAbsent(m.paper(), k -> new int[SEEDS.length])[seed]++;
            }
        }
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        StringBuilder report = new StringBuilder();
        for (String paper : union(expected, found)) {
            int[] want = expected.getOrDefault(paper, new int[SEEDS.length]);
            int[] got = found.getOrDefault(paper, new int[SEEDS.length]);
            for (int s = 0; s < SEEDS.length; s++) {
                truePositives += Math.min(want[s], got[s]);
                falsePositives += Math.max(0, got[s] - want[s]);
                falseNegatives += Math.max(0, want[s] - got[s]);
                if (want[s] != got[s]) {
                    report.append(String.format("  %s in %s: expected %d, found %d%n", paper, SEEDS[s], want[s], got[s]));
                }
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        System.out.printf(Locale.ROOT, "expected mentions: %d papers, TP %d, FP %d, FN %d, precision %.3f, recall %.3f%n%s",
                expected.size(), truePositives, falsePositives, falseNegatives, precision, recall, report);
        assertTrue(precision >= 0.95, "precision " + precision + "\n" + report);
        assertTrue(recall >= 0.95, "recall " + recall + "\n" + report);
    }

    /**
     * Seed 004 read as its intro and one item per review: each mention falls in the item it was counted in by
     * reading (src/test/resources/expected-mentions-004-items.tsv), and none falls outside an item.
     */
    @Test
    void mentionsInThePublishedBatchFallInTheirItems() throws Exception {
        RfyWorkspace loaded = workspaceOfTheTable(new LinkedHashMap<>());
        Map<String, Integer> expected = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/expected-mentions-004-items.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t", -1);
                expected.put(f[0] + " | " + f[1], Integer.parseInt(f[2]));
            }
        }
        Map<String, Integer> found = new java.util.TreeMap<>();
        for (Mention m : MentionFinder.find(loaded, null)) {
            if (m.document().equals("004_5567fbc14159c4b5")) {
                found.merge(m.paper() + " | " + m.item(), 1, Integer::sum);
            }
        }
        assertEquals(expected, found);
    }

    private static List<String> union(Map<String, int[]> a, Map<String, int[]> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        return keys;
    }
}
