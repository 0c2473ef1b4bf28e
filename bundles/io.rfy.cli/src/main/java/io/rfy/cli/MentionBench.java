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
            ripgrep(namesFile, corpus, bytes, "");
            ripgrep(namesFile, corpus, bytes, "-j1");
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

    private void ripgrep(Path names, Path corpus, long bytes, String extra) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("rg", "-F", "-i", "-c", "-f", names.toString()));
        if (!extra.isEmpty()) {
            command.add(extra);
        }
        command.add(corpus.toString());
        try {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = p.waitFor();
            long elapsed = ms(t);
            long lines = output.lines().mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(':') + 1).strip())).sum();
            out.printf("ripgrep %s: %.0f MB/s (%d ms, exit %d, %d matching lines; no word boundaries)%n",
                    String.join(" ", command.subList(0, command.size() - 1)).replace(names.toString(), "names.txt"),
                    bytes / 1e3 / Math.max(1, elapsed), elapsed, exit, lines);
        } catch (IOException e) {
            out.println("ripgrep not found (apt-get install ripgrep): comparison skipped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (NumberFormatException e) {
            out.println("ripgrep gave unexpected output: comparison skipped");
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
