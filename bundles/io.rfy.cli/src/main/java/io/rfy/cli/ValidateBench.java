package io.rfy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.rfy.cli.bench.SyntheticWorkspace;
import io.rfy.store.RfyWorkspace;
import io.rfy.validation.ReportEntry;
import io.rfy.validation.ValidationSettings;
import io.rfy.validation.WorkspaceValidation;

/**
 * {@code rfy bench validate [--reviews N] [--reviewers M] [--runs K] [--dir D] [--keep]}: generates the synthetic
 * workspace of {@code bench load} (10,000 reviews by default) and validates it offline, in this process (load and
 * rules timed apart) and, when the {@code ./rfy} launcher is there, as a user would: {@code rfy validate <ws>} in a
 * new process, start-up included (the target is under 3 s).
 */
final class ValidateBench {

    private final PrintStream out;

    ValidateBench(PrintStream out) {
        this.out = out;
    }

    int run(Args args) throws Args.UsageException, IOException {
        int reviews = args.intOption("--reviews", 10_000);
        int reviewers = args.intOption("--reviewers", 200);
        int runs = Math.max(1, args.intOption("--runs", 3));
        String dirOption = args.option("--dir", null);
        Path root = dirOption != null ? Path.of(dirOption) : Files.createTempDirectory("rfy-bench-validate-");
        try {
            long t = System.nanoTime();
            long bytes = SyntheticWorkspace.write(root, reviews, reviewers, 42);
            out.printf("generated %d reviews, %d reviewers, %.1f MB in %d ms at %s%n", reviews, reviewers, bytes / 1e6,
                    ms(t), root);
            for (int run = 1; run <= runs; run++) {
                long start = System.nanoTime();
                RfyWorkspace ws = RfyWorkspace.load(root);
                long load = ms(start);
                long rulesStart = System.nanoTime();
                List<ReportEntry> report = WorkspaceValidation.run(ws, ValidationSettings.defaults(), null);
                long rules = ms(rulesStart);
                out.printf("run %d in-process: load %d ms + rules %d ms = %d ms; %d finding(s) %s%n", run, load, rules,
                        load + rules, report.size(), byCode(report));
            }
            Path launcher = RfyHome.find().resolve("rfy");
            if (Files.isExecutable(launcher)) {
                for (int run = 1; run <= runs; run++) {
                    long start = System.nanoTime();
                    Process p = new ProcessBuilder(launcher.toString(), "validate", root.toString())
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                    int exit = waitFor(p);
                    long total = ms(start);
                    out.printf("run %d end to end: ./rfy validate <ws> took %d ms including start-up (exit %d) -- target"
                            + " < 3000 ms: %s%n", run, total, exit, total < 3000 ? "met" : "MISSED");
                }
            } else {
                out.println("no ./rfy launcher under " + RfyHome.find() + ": time 'rfy validate " + root
                        + "' yourself (use --dir D --keep)");
            }
            return Rfy.EXIT_OK;
        } finally {
            if (!args.flag("--keep") && dirOption == null) {
                BenchFolder.deleteTree(root);
            }
        }
    }

    private static String byCode(List<ReportEntry> report) {
        Map<String, Long> counts = report.stream().collect(Collectors.groupingBy(ReportEntry::code, TreeMap::new,
                Collectors.counting()));
        return counts.isEmpty() ? "" : counts.toString();
    }

    private static int waitFor(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            return -1;
        }
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
