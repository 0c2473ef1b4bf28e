package io.rfy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.rfy.corpus.NameIndex;
import io.rfy.corpus.NameMatcher;

/**
 * {@code rfy bench mentions [--mb M] [--names N]}: a synthetic corpus of M MB of Russian and English text naming
 * papers with Russian case endings, N paper names; prints index build time, scan throughput and heap, and in the
 * same run ripgrep's throughput ({@code rg -F -i -c -f names.txt}) on the same files when rg is installed.
 */
final class MentionBench {

    private static final String[] WORDS = {"модель", "обучение", "нейросеть", "датасет", "трансформер", "внимание",
            "генерация", "model", "training", "attention", "dataset", "paper", "results", "показывает", "авторы", "статья"};
    private static final String[] ENDINGS = {"", "", "а", "ом", "у", "-ом", "е"};

    private final PrintStream out;

    MentionBench(PrintStream out) {
        this.out = out;
    }

    int run(Args args) throws Args.UsageException, IOException {
        int mb = args.intOption("--mb", 200);
        int n = args.intOption("--names", 50_000);
        int rgTimeout = args.intOption("--rg-timeout", 120);
        Path dir = Files.createTempDirectory("rfy-bench-mentions-");
        try {
            Random random = new Random(7);
            List<String> names = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                names.add(switch (i % 4) {
                    case 0 -> "Net" + Integer.toString(i, 36).toUpperCase();
                    case 1 -> "GPT-" + i;
                    case 2 -> "Model" + i + " Large";
                    default -> "Deep" + Integer.toString(i * 7, 36) + "Former";
                });
            }
            Files.write(dir.resolve("names.txt"), names, StandardCharsets.UTF_8);
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            long t = System.nanoTime();
            int files = Math.max(1, mb / 4);
            for (int f = 0; f < files; f++) {
                StringBuilder text = new StringBuilder(4 * 1024 * 1024);
                while (text.length() < 2 * 1024 * 1024) { // about 4 MB of UTF-8: mostly two-byte Cyrillic
                    for (int w = 0; w < 12; w++) {
                        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                    text.append(names.get(random.nextInt(n))).append(ENDINGS[random.nextInt(ENDINGS.length)]).append(". ");
                    if (random.nextInt(8) == 0) {
                        text.append('\n');
                    }
                }
                Files.writeString(corpus.resolve("doc" + f + ".txt"), text, StandardCharsets.UTF_8);
            }
            long bytes = 0;
            try (Stream<Path> s = Files.list(corpus)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    bytes += Files.size(p);
                }
            }
            out.printf("generated %d files, %.0f MB, %d names in %d ms%n", files, bytes / 1e6, n, ms(t));

            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            t = System.nanoTime();
            NameIndex index = new NameIndex(names);
            long build = ms(t);
            long hits = 0;
            t = System.nanoTime();
            try (Stream<Path> s = Files.list(corpus)) {
                for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                    hits += index.find(NameMatcher.fold(Files.readString(p))).size();
                }
            }
            long scan = ms(t);
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
            double ours = bytes / 1e6 / (scan / 1000.0);
            out.printf("rfy: index of %d names built in %d ms; scan %d ms = %.0f MB/s (reading the files included);"
                    + " %d whole-name hits; peak heap %d MB%n", n, build, scan, ours, hits, peak);

            List<String> rg = List.of("rg", "-F", "-i", "-c", "-f", dir.resolve("names.txt").toString(), corpus.toString());
            try {
                t = System.nanoTime();
                Process p = new ProcessBuilder(rg).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(rgTimeout, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    out.printf("ripgrep -F -i -c -f names.txt: did not finish within %d s (%.1f MB/s at most);"
                            + " rfy / ripgrep > %.0f%n", rgTimeout, bytes / 1e6 / rgTimeout, ours / (bytes / 1e6 / rgTimeout));
                    return Rfy.EXIT_OK;
                }
                long rgMs = ms(t);
                double theirs = bytes / 1e6 / (rgMs / 1000.0);
                out.printf("ripgrep -F -i -c -f names.txt: %d ms = %.0f MB/s (substring matches, no word boundaries);"
                        + " rfy / ripgrep = %.2f%n", rgMs, theirs, ours / theirs);
            } catch (IOException e) {
                out.println("ripgrep (rg) is not installed: no comparison (apt-get install ripgrep)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Rfy.EXIT_OK;
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
