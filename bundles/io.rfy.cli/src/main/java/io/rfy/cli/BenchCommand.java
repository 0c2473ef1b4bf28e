package io.rfy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import io.rfy.cli.bench.SyntheticWorkspace;
import io.rfy.store.RfyWorkspace;

/**
 * {@code rfy bench load [--reviews N] [--reviewers M] [--runs K] [--keep]}: generates a synthetic workspace and
 * loads it through the store, printing wall time and peak heap, next to two baselines measured in the same
 * run: reading the bytes only, and what a hand-written script would do (SnakeYAML into plain maps).
 */
final class BenchCommand {

    private final PrintStream out;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> argv) throws Args.UsageException, IOException {
        Args args = Args.parse(argv, Set.of("--keep"), Set.of("--reviews", "--reviewers", "--runs", "--dir", "--urls",
                "--delay-ms", "--peer", "--mb", "--names", "--rg-timeout", "--messages"));
        String what = args.positionals().size() == 1 ? args.positionals().get(0) : "";
        if (what.equals("links")) {
            return new LinkBench(out).run(args);
        }
        if (what.equals("habr")) {
            return new HabrBench(out).run(args);
        }
        if (what.equals("mentions")) {
            return new MentionBench(out).run(args);
        }
        if (what.equals("validate")) {
            return new ValidateBench(out).run(args);
        }
        if (what.equals("slack")) {
            return new SlackBench(out).run(args);
        }
        if (!what.equals("load")) {
            throw new Args.UsageException("usage: rfy bench load [--reviews N] [--reviewers M] [--runs K] [--dir D] [--keep]"
                    + " | rfy bench links [--urls N] [--delay-ms D] [--peer <markdown-link-check>] | rfy bench habr [--reviews N]"
                    + " | rfy bench mentions [--mb M] [--names N] [--runs K] [--rg-timeout S] | rfy bench validate [--reviews N] [--runs K] [--dir D] [--keep]"
                    + " | rfy bench slack [--messages N] [--runs K] [--keep]");
        }
        int reviews = args.intOption("--reviews", 10_000);
        int reviewers = args.intOption("--reviewers", 200);
        int runs = Math.max(1, args.intOption("--runs", 3));
        String dirOption = args.option("--dir", null);
        Path root = dirOption != null ? Path.of(dirOption) : Files.createTempDirectory("rfy-bench-");
        try {
            long start = System.nanoTime();
            long bytes = SyntheticWorkspace.write(root, reviews, reviewers, 42);
            out.printf("generated %d reviews, %d reviewers, %.1f MB in %d ms at %s%n", reviews, reviewers,
                    bytes / 1e6, ms(start), root);
            out.printf("java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            List<Path> files = files(root);
            for (int run = 1; run <= runs; run++) {
                BenchHeap.resetPeaks();
                long t = System.nanoTime();
                RfyWorkspace ws = RfyWorkspace.load(root);
                long load = ms(t);
                long peak = BenchHeap.peakMb();
                long read = time(() -> {
                    for (Path f : files) {
                        Files.readAllBytes(f);
                    }
                });
                long maps = time(() -> yamlToMaps(files));
                out.printf("run %d: store load %d ms (peak heap %d MB, %d reviews, %d problems) | read bytes only %d ms |"
                        + " SnakeYAML to maps %d ms | store / maps = %.2f%n", run, load, peak, ws.reviews().size(),
                        ws.problems().size(), read, maps, (double) load / Math.max(1, maps));
            }
            return Rfy.EXIT_OK;
        } finally {
            if (!args.flag("--keep") && dirOption == null) {
                BenchFolder.deleteTree(root);
            }
        }
    }

    private interface Timed {
        void run() throws IOException;
    }

    private static long time(Timed body) throws IOException {
        long t = System.nanoTime();
        body.run();
        return ms(t);
    }

    /** The baseline: each file's front matter (or YAML) parsed into maps, nothing else. */
    private static void yamlToMaps(List<Path> files) throws IOException {
        Yaml yaml = new Yaml(new LoaderOptions());
        List<Object> all = new ArrayList<>(files.size());
        for (Path f : files) {
            String text = Files.readString(f);
            if (f.toString().endsWith(".md")) {
                int end = text.indexOf("\n---\n", 4);
                text = text.substring(4, end + 1);
            }
            Object doc = yaml.load(text);
            all.add(doc instanceof Map<?, ?> m ? m.size() : doc);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
