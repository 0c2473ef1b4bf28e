package io.rfy.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;

import io.rfy.store.RfyResource;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.json.JsonWriter;
import io.rfy.store.json.WorkspaceJson;
import io.rfy.store.FolderCopy;

/**
 * {@code rfy demo [<dir>]}: the main job on the bundled sample data. Copies the sample workspace into
 * {@code <dir>}, loads it, checks that every file round-trips byte for byte, and writes the model as JSON.
 * It grows as import, validation, cross-linking and export land.
 */
final class DemoCommand {

    private final PrintStream out;
    private final PrintStream err;

    DemoCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argv) throws Args.UsageException, IOException {
        Args args = Args.parse(argv, Set.of(), Set.of());
        if (args.positionals().size() > 1) {
            throw new Args.UsageException(CliMessages.get("demo.oneFolder"));
        }
        Path sample = RfyHome.find().resolve("examples/sample-ws");
        if (!Files.isDirectory(sample)) {
            err.println(CliMessages.get("demo.noSample", sample));
            return Rfy.EXIT_USAGE;
        }
        Path dir = args.positionals().isEmpty() ? Files.createTempDirectory("rfy-demo-")
                : Path.of(args.positionals().get(0));
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    err.println(CliMessages.get("demo.notEmpty", dir));
                    return Rfy.EXIT_USAGE;
                }
            }
        }
        Path ws = dir.resolve("workspace");
        FolderCopy.copy(sample, ws);
        out.println(CliMessages.get("demo.copied", ws));

        long start = System.nanoTime();
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        out.println(CliMessages.get("demo.loaded", (System.nanoTime() - start) / 1_000_000));
        WorkspaceSummary.print(loaded, out);
        ProblemsPrinter.print(loaded.problems(), err);

        int identical = 0;
        for (Resource r : loaded.resourceSet().getResources()) {
            String onDisk = Files.readString(Path.of(r.getURI().toFileString()), StandardCharsets.UTF_8);
            if (onDisk.equals(((RfyResource) r).serialize())) {
                identical++;
            } else {
                err.println(CliMessages.get("demo.notRoundTrip", loaded.relative(r)));
            }
        }
        int files = loaded.resourceSet().getResources().size();
        out.println(CliMessages.get("demo.roundTrip", identical, files));

        java.util.List<io.rfy.validation.ReportEntry> report = io.rfy.validation.WorkspaceValidation.run(loaded,
                io.rfy.validation.ValidationSettings.defaults(), null);
        out.println(CliMessages.get("demo.validated", report.size()));
        report.stream().collect(java.util.stream.Collectors.groupingBy(io.rfy.validation.ReportEntry::code,
                java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                .forEach((code, n) -> out.printf("     %3d  %s%n", n, code));

        Path seed = RfyHome.find().resolve("seeds/004_5567fbc14159c4b5.txt");
        if (Files.isRegularFile(seed)) {
            io.rfy.habr.ImportedBatch imported = io.rfy.habr.HabrTextImporter.read(Files.readString(seed));
            Path importedWs = dir.resolve("imported");
            java.util.List<String> written = io.rfy.habr.WorkspaceImport.write(imported, importedWs);
            out.println(CliMessages.get("demo.imported", seed.getFileName(), importedWs, imported.reviews().size(),
                    imported.reviewers().size(), written.size(), imported.notes().size()));
            RfyWorkspace reloaded = RfyWorkspace.load(importedWs);
            io.rfy.habr.HabrHtmlWriter writer = new io.rfy.habr.HabrHtmlWriter();
            Path html = dir.resolve(reloaded.batches().get(0).getId() + ".habr.html");
            Files.writeString(html, writer.write(reloaded.batches().get(0)), StandardCharsets.UTF_8);
            Path md = dir.resolve(reloaded.batches().get(0).getId() + ".habr.md");
            Files.writeString(md, new io.rfy.habr.HabrMarkdownWriter().write(reloaded.batches().get(0)),
                    StandardCharsets.UTF_8);
            out.println(CliMessages.get("demo.exported", html, md, writer.warnings().size()));

            // validation of the imported batch: what it finds is what the plain-text scrape could not keep
            java.util.List<io.rfy.validation.ReportEntry> importedReport = io.rfy.validation.WorkspaceValidation.run(
                    reloaded, io.rfy.validation.ValidationSettings.defaults(), null);
            out.println(CliMessages.get("demo.validatedImported",
                    importedReport.stream().filter(e -> e.severity() == io.rfy.store.StoreProblem.Severity.ERROR).count(),
                    importedReport.size(), importedReport.stream().collect(java.util.stream.Collectors.groupingBy(
                            io.rfy.validation.ReportEntry::code, java.util.TreeMap::new,
                            java.util.stream.Collectors.counting()))));
        }

        java.util.List<Path> corpus = new java.util.ArrayList<>();
        try (Stream<Path> seeds = Files.list(RfyHome.find().resolve("seeds"))) {
            seeds.filter(p -> p.getFileName().toString().matches("00[0-4]_.*\\.txt")).sorted().forEach(corpus::add);
        }
        io.rfy.corpus.CorpusFiles.add(corpus, ws);
        // through the cached index, as `rfy mentions` and the IDE find them (it writes .rfy/mentions.cache in the demo folder)
        java.util.List<io.rfy.corpus.Mention> mentions = io.rfy.corpus.MentionIndex.open(RfyWorkspace.load(ws)).mentions(null);
        out.println(CliMessages.get("demo.mentions", mentions.size()));
        mentions.stream().collect(java.util.stream.Collectors.groupingBy(m -> CliMessages.get("demo.mentionWhere", m.review(), m.document()),
                java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                .forEach((where, n) -> out.printf("     %3d  %s%n", n, where));
        // the published batch among them is read as its intro and one item per review: where each mention falls
        for (Path doc : corpus) {
            if (!doc.getFileName().toString().startsWith("004_")) {
                continue;
            }
            io.rfy.model.CorpusDocument read = io.rfy.corpus.CorpusReader.read(doc);
            out.println(CliMessages.get("demo.items", read.getId(), read.getItems().size()));
            for (io.rfy.model.CorpusItem item : read.getItems()) {
                long named = mentions.stream().filter(m -> m.document().equals(read.getId())
                        && java.util.Objects.equals(item.getTitle(), m.item())).count();
                out.printf("     %3d  «%s»%n", named, item.getTitle());
            }
        }

        Path dump = dir.resolve("dump.json");
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(dump), StandardCharsets.UTF_8);
                JsonWriter json = new JsonWriter(w)) {
            WorkspaceJson.write(loaded, json);
        }
        out.println(CliMessages.get("demo.dump", dump));
        out.println(CliMessages.get("demo.next", ws));
        return loaded.hasErrors() || identical != files ? Rfy.EXIT_PROBLEMS : Rfy.EXIT_OK;
    }
}
