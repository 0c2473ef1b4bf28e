package io.rfy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.rfy.habr.HabrExport;
import io.rfy.model.Batch;
import io.rfy.store.AtomicFile;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.WorkspaceLayout;

/** {@code rfy export <batch.md> --format habr-html|habr-md [-o <file>]}: a batch for Habr, on stdout or into a file. */
final class ExportCommand {

    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argv) throws Args.UsageException, IOException {
        Args args = Args.parse(argv, Set.of(), Set.of("--format", "-o"));
        Path batchFile = Path.of(args.single(CliMessages.get("args.batchFile"))).toAbsolutePath().normalize();
        String formatName = args.option("--format", HabrExport.Format.HTML.cliName);
        HabrExport.Format format = HabrExport.Format.ofCliName(formatName);
        if (format == null) {
            throw new Args.UsageException(CliMessages.get("usage.exportFormat", formatName));
        }
        Path root = batchFile.getParent() == null ? null : batchFile.getParent().getParent();
        if (!Files.isRegularFile(batchFile) || root == null
                || WorkspaceLayout.kindOf(root, batchFile) != WorkspaceLayout.Kind.BATCH) {
            throw new Args.UsageException(CliMessages.get("usage.notABatch", batchFile));
        }
        RfyWorkspace ws = RfyWorkspace.load(root);
        Batch batch = WorkspaceLayout.batchAt(ws, batchFile).orElse(null);
        if (batch == null) {
            ProblemsPrinter.print(ws.problems(), err);
            err.println(CliMessages.get("export.unreadable", batchFile));
            return Rfy.EXIT_USAGE;
        }
        String target = args.option("-o", null);
        if (target != null) {
            String refusal = HabrExport.refusal(Path.of(target), ws.root());
            if (refusal != null) {
                throw new Args.UsageException("-o " + refusal);
            }
        }
        HabrExport.Result written = HabrExport.write(batch, format);
        String html = written.text();
        written.warnings().forEach(w -> err.println(CliMessages.get("line.warning", w)));
        if (!written.errors().isEmpty()) {
            written.errors().forEach(e -> err.println(CliMessages.get("line.error", e)));
            err.println(CliMessages.get(written.errors().size() == 1 ? "export.notExported" : "export.notExportedMany",
                    written.errors().size()));
            return Rfy.EXIT_PROBLEMS;
        }
        if (target == null) {
            out.print(html);
        } else {
            AtomicFile.write(Path.of(target), html.getBytes(StandardCharsets.UTF_8));
            err.println(CliMessages.get("export.wrote", target));
        }
        return Rfy.EXIT_OK;
    }
}
