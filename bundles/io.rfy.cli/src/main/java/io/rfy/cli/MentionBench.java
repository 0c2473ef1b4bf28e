package io.rfy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.rfy.cli.bench.SyntheticCorpus;
import io.rfy.corpus.NameIndex;
import io.rfy.corpus.NameMatcher;

/**
 * {@code rfy bench mentions [--mb N] [--names N] [--runs K] [--dir D] [--keep]}: builds the one-pass name index
 * for N names and scans a synthetic Russian-and-English corpus with it (Russian-aware whole-name boundaries), then
 * runs ripgrep on the same files with the same names ({@code rg -F -i -c -f names.txt}), which has no such boundaries,
 * as the yardstick. Prints index build time and heap, scan throughput on one thread and on all cores, and rg's.
 */
final class MentionBench {

    private final PrintStream out;

    MentionBench(PrintStream out) {
        this.out = out;
    }

    int run(Args args) throws Args.UsageException, IOException {
        int mb = args.intOption("--mb", 200);
        int nameCount = args.intOption("--names", 50_000);
        int runs = Math.max(1, args.intOption("--runs", 2));
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
            long bytes = SyntheticCorpus.write(corpus, names, files, (long) mb * 1_000_000 / files, 7);
            out.printf("generated %d names and %d files, %.1f MB of Russian and English text, in %d ms at %s%n",
                    names.size(), files, bytes / 1e6, ms(t), root);
            out.printf("java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            List<Path> texts = list(corpus);
            for (Path f : texts) {
                Files.readAllBytes(f); // into the page cache, for us and for rg alike
            }

            long before = usedHeap();
            t = System.nanoTime();
            NameIndex index = new NameIndex(names);
            long build = ms(t);
            long indexHeap = usedHeap() - before;
            out.printf("index: %d names built in %d ms, %d MB of heap%n", index.size(), build, Math.max(0, indexHeap) >> 20);

            for (int run = 1; run <= runs; run++) {
                resetPeaks();
                AtomicLong hits = new AtomicLong();
                t = System.nanoTime();
                for (Path f : texts) {
                    hits.addAndGet(scan(index, f));
                }
                long single = ms(t);
                long peak = peakHeapMb();
                AtomicLong hitsParallel = new AtomicLong();
                t = System.nanoTime();
                texts.parallelStream().forEach(f -> hitsParallel.addAndGet(scan(index, f)));
                long parallel = ms(t);
                out.printf("run %d: scan %.0f MB/s on 1 thread (%d ms, %d whole-name hits, peak heap %d MB) |"
                        + " %.0f MB/s on %d cores (%d ms)%n", run, bytes / 1e3 / single, single, hits.get(), peak,
                        bytes / 1e3 / parallel, Runtime.getRuntime().availableProcessors(), parallel);
            }
            // rg -F -i with tens of thousands of names compiles one huge case-insensitive regex and runs slowly
            // (ripgrep 13 needs larger size limits even to start): it gets one file and a time limit; the
            // case-sensitive run, closer to what the index does for short names, gets the whole corpus
            int timeout = args.intOption("--rg-timeout", 300);
            List<String> limits = List.of("--regex-size-limit", "2G", "--dfa-size-limit", "2G");
            ripgrep(namesFile, List.of(texts.get(0)), Files.size(texts.get(0)), true, limits, timeout);
            ripgrep(namesFile, List.of(corpus), bytes, false, limits, timeout);
            return Rfy.EXIT_OK;
        } finally {
            if (!args.flag("--keep") && dirOption == null) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** Reads, decodes and scans one file as the mention search does: the bytes are part of the cost, as for rg. */
    private static long scan(NameIndex index, Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return index.find(NameMatcher.fold(text)).size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void ripgrep(Path names, List<Path> paths, long bytes, boolean ignoreCase, List<String> limits, int timeout)
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
            out.println("ripgrep not found (apt-get install ripgrep): comparison skipped");
            return;
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
                return;
            }
            long elapsed = ms(t);
            long lines = 0;
            for (String l : output.join().lines().toList()) {
                String count = l.substring(l.lastIndexOf(':') + 1).strip();
                if (!count.matches("\\d+")) {
                    out.println("ripgrep said: " + l);
                    return;
                }
                lines += Long.parseLong(count);
            }
            out.printf("ripgrep %s: %.1f MB/s (%d ms, exit %d, %d matching lines; no word boundaries)%n", shown,
                    bytes / 1e3 / elapsed, elapsed, p.exitValue(), lines);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    private static long ms(long startNanos) {
        return Math.max(1, (System.nanoTime() - startNanos) / 1_000_000);
    }
}
