package io.rfy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.rfy.cli.bench.SyntheticCorpus;
import io.rfy.corpus.NameIndex;
import io.rfy.corpus.NameMatcher;

/**
 * {@code rfy bench mentions [--mb N] [--names N] [--runs K] [--dir D] [--keep] [--rg-timeout S]}: builds the one-pass
 * name index for N names and scans a synthetic Russian-and-English corpus with it (Russian-aware whole-name
 * boundaries), then runs ripgrep on the same files with the same names, which has no such boundaries, as the
 * yardstick: {@code rg -F -i -c -f names.txt} (the command the issue names) and {@code rg -F -c -f names.txt}
 * (case-sensitive, much faster, the stronger baseline). Prints index build time and heap, scan throughput on one
 * thread and on all cores (files scanned as UTF-8 bytes, never decoded), peak heap, rg's throughput and the ratios.
 */
final class MentionBench {

    private final PrintStream out;

    MentionBench(PrintStream out) {
        this.out = out;
    }

    int run(Args args) throws Args.UsageException, IOException {
        int mb = args.intOption("--mb", 200);
        int nameCount = args.intOption("--names", 50_000);
        int runs = Math.max(1, args.intOption("--runs", 3));
        String dirOption = args.option("--dir", null);
        Path root = dirOption != null ? Path.of(dirOption) : Files.createTempDirectory("rfy-bench-mentions-");
        try {
            long t = System.nanoTime();
            List<String> names = SyntheticCorpus.names(nameCount, 42);
            Path namesFile = root.resolve("names.txt");
            Files.createDirectories(root);
            Files.write(namesFile, names, StandardCharsets.UTF_8);
            Path corpus = root.resolve("corpus");
            int files = Math.max(1, mb / 10);
            SyntheticCorpus.write(corpus, names, files, (long) mb * 1_000_000 / files, 7);
            List<Path> texts = list(corpus);
            long bytes = 0;
            for (Path f : texts) {
                bytes += Files.size(f); // what is on disk, not what the generator meant to write
                Files.readAllBytes(f); // into the page cache, for us and for rg alike
            }
            out.printf("generated %d names and %d files, %.1f MB of Russian and English text on disk, in %d ms at %s%n",
                    names.size(), texts.size(), bytes / 1e6, ms(t), root);
            out.printf("java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

            long before = BenchHeap.used();
            t = System.nanoTime();
            NameIndex index = new NameIndex(names);
            long build = ms(t);
            long indexHeap = BenchHeap.used() - before;
            out.printf("index: %d names built in %d ms, %d MB of heap%n", index.size(), build, Math.max(0, indexHeap) >> 20);

            // the JIT compiles the scan loop only after it has run a while (rg is compiled ahead of time): one
            // untimed pass over the first file, so that run 1 does not measure the interpreter
            t = System.nanoTime();
            scanAll(index, List.of(texts.get(0)), false);
            out.printf("warm-up: one pass over %s, %d ms (not counted)%n", texts.get(0).getFileName(), ms(t));
            long bestParallel = Long.MAX_VALUE;
            for (int run = 1; run <= runs; run++) {
                BenchHeap.resetPeaks();
                t = System.nanoTime();
                long hits = scanAll(index, texts, false);
                long single = ms(t);
                t = System.nanoTime();
                long hitsParallel = scanAll(index, texts, true);
                long parallel = ms(t);
                long peak = BenchHeap.peakMb();
                bestParallel = Math.min(bestParallel, parallel);
                out.printf("run %d: scan %.0f MB/s on 1 thread (%d ms, %d whole-name hits) | %.0f MB/s on %d cores"
                        + " (%d ms, %d hits) | peak heap %d MB%n", run, bytes / 1e3 / single, single, hits,
                        bytes / 1e3 / parallel, Runtime.getRuntime().availableProcessors(), parallel, hitsParallel, peak);
            }
            t = System.nanoTime();
            long decodedHits = 0;
            for (Path f : texts) {
                decodedHits += index.find(NameMatcher.fold(Files.readString(f))).size();
            }
            long decoded = ms(t);
            out.printf("decoded to Strings first (as for documents already read), 1 thread: %.0f MB/s (%d ms, %d hits)%n",
                    bytes / 1e3 / decoded, decoded, decodedHits);
            double ours = bytes / 1e3 / bestParallel;
            double oursWithBuild = bytes / 1e3 / (bestParallel + build);
            out.printf("ours: %.0f MB/s scanning, %.0f MB/s with the index build (as rg's time includes compiling its"
                    + " patterns)%n", ours, oursWithBuild);

            // rg -F -i with tens of thousands of names compiles one huge case-insensitive regex and runs slowly
            // (ripgrep 13 needs larger size limits even to start): it gets one file and a time limit; the
            // case-sensitive run, closer to what the index does for short names, gets the whole corpus
            int timeout = args.intOption("--rg-timeout", 300);
            List<String> limits = List.of("--regex-size-limit", "2G", "--dfa-size-limit", "2G");
            double rgi = ripgrep(namesFile, List.of(texts.get(0)), Files.size(texts.get(0)), true, limits, timeout);
            double rg = ripgrep(namesFile, List.of(corpus), bytes, false, limits, timeout);
            ratio("rg -F -i", rgi, ours, oursWithBuild);
            ratio("rg -F", rg, ours, oursWithBuild);
            return Rfy.EXIT_OK;
        } finally {
            if (!args.flag("--keep") && dirOption == null) {
                BenchFolder.deleteTree(root);
            }
        }
    }

    /** @param rg MB/s, NaN when rg did not run, negative (minus the bound) when it was stopped below that speed */
    private void ratio(String what, double rg, double ours, double oursWithBuild) {
        if (Double.isNaN(rg)) {
            out.printf("ratio to %s: not measured (ripgrep did not run)%n", what);
        } else if (rg < 0) {
            out.printf("ratio to %s: over %.0f (it was stopped below %.2f MB/s)%n", what, ours / -rg, -rg);
        } else {
            out.printf("ratio to %s: %.2f scanning, %.2f with the index build (target: at least 0.5)%n", what,
                    ours / rg, oursWithBuild / rg);
        }
    }

    /** Scans every file as UTF-8 bytes, read whole and never decoded; returns the whole-name hits. */
    private static long scanAll(NameIndex index, List<Path> files, boolean parallel) {
        AtomicLong hits = new AtomicLong();
        (parallel ? files.parallelStream() : files.stream()).forEach(f -> {
            try {
                byte[] bytes = Files.readAllBytes(f);
                hits.addAndGet(index.findUtf8(bytes, 0, bytes.length).size());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return hits.get();
    }

    /** @return rg's MB/s; NaN when it could not run; minus the bound when it was stopped at the time limit */
    private double ripgrep(Path names, List<Path> paths, long bytes, boolean ignoreCase, List<String> limits, int timeout)
            throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("rg", "-F"));
        if (ignoreCase) {
            command.add("-i");
        }
        command.add("-c");
        command.addAll(limits);
        command.addAll(List.of("-f", names.toString()));
        String shown = String.join(" ", command).replace(names.toString(), "names.txt") + " ("
                + (paths.size() == 1 && Files.isRegularFile(paths.get(0)) ? "one file, " : "") + String.format("%.0f MB)", bytes / 1e6);
        paths.forEach(p -> command.add(p.toString()));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            out.println("ripgrep (rg) is not installed (Debian: apt-get install ripgrep): " + shown + " skipped");
            return Double.NaN;
        }
        try {
            long t = System.nanoTime();
            java.util.concurrent.CompletableFuture<String> output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "";
                }
            });
            if (!p.waitFor(timeout, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                out.printf("ripgrep %s: stopped after %d s: below %.2f MB/s%n", shown, timeout, bytes / 1e6 / timeout);
                return -(bytes / 1e6 / timeout);
            }
            long elapsed = ms(t);
            long lines = 0;
            for (String l : output.join().lines().toList()) {
                String count = l.substring(l.lastIndexOf(':') + 1).strip();
                if (!count.matches("\\d+")) {
                    out.println("ripgrep said: " + l);
                    return Double.NaN;
                }
                lines += Long.parseLong(count);
            }
            out.printf("ripgrep %s: %.1f MB/s (%d ms, exit %d, %d matching lines; no word boundaries)%n", shown,
                    bytes / 1e3 / elapsed, elapsed, p.exitValue(), lines);
            return bytes / 1e3 / elapsed;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static long ms(long startNanos) {
        return Math.max(1, (System.nanoTime() - startNanos) / 1_000_000);
    }
}
