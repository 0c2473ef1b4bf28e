package io.rfy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.rfy.habr.HabrHtmlImporter;
import io.rfy.habr.HabrHtmlWriter;
import io.rfy.habr.HabrMarkdownWriter;
import io.rfy.habr.HabrTextImporter;
import io.rfy.habr.ImportedBatch;
import io.rfy.habr.WorkspaceImport;

/**
 * {@code rfy bench habr [--reviews N]}: a scrape of N reviews made from seed 004's seven (renumbered), imported as
 * text, exported as Habr HTML, and the HTML imported again; prints each time.
 */
final class HabrBench {

    private final PrintStream out;

    HabrBench(PrintStream out) {
        this.out = out;
    }

    int run(Args args) throws Args.UsageException, IOException {
        int n = args.intOption("--reviews", 1000);
        Path seedFile = RfyHome.find().resolve("seeds/004_5567fbc14159c4b5.txt");
        if (!Files.isRegularFile(seedFile)) {
            throw new Args.UsageException("needs seeds/004_5567fbc14159c4b5.txt (set RFY_HOME to the repository)");
        }
        String scrape = enlarge(Files.readString(seedFile), n);
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            ImportedBatch imported = HabrTextImporter.read(scrape);
            long t1 = System.nanoTime();
            String html = new HabrHtmlWriter().write(imported.batch());
            long t2 = System.nanoTime();
            ImportedBatch again = HabrHtmlImporter.read("<h1>" + imported.batch().getTitle() + "</h1><div id=\"post-content-body\">"
                    + html + "</div>");
            long t3 = System.nanoTime();
            String md = new HabrMarkdownWriter().write(imported.batch());
            long t4 = System.nanoTime();
            Path ws = Files.createTempDirectory("rfy-bench-habr");
            int files;
            try {
                // all-or-nothing write: staged, then moved in; every review is its own file (repeated ids numbered)
                files = WorkspaceImport.write(HabrTextImporter.read(scrape), ws).size();
            } finally {
                BenchFolder.deleteTree(ws);
            }
            long t5 = System.nanoTime();
            out.printf("run %d: %d reviews (%.1f MB scrape): text import %d ms | HTML export %d ms (%.1f MB) |"
                    + " HTML import %d ms (%d reviews) | Markdown export %d ms | import into a workspace %d ms"
                    + " (%d files, with the re-read)%n", run, imported.reviews().size(), scrape.length() * 2 / 1e6,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, html.length() * 2 / 1e6, (t3 - t2) / 1_000_000,
                    again.reviews().size(), (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000, files);
        }
        return Rfy.EXIT_OK;
    }

    /** The seed with its seven reviews repeated, renumbered 1..n, between the original head and footer. */
    static String enlarge(String seed, int n) {
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
