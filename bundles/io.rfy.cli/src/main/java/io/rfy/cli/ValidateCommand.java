package io.rfy.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.rfy.store.RfyWorkspace;
import io.rfy.store.json.JsonWriter;
import io.rfy.validation.ReportEntry;
import io.rfy.validation.ReportWriters;
import io.rfy.validation.ValidationSettings;
import io.rfy.validation.WorkspaceValidation;

/** {@code rfy validate <ws> [--format text|json|sarif]}: load problems and rule checks, exit 1 on any error. */
final class ValidateCommand {

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argv) throws Args.UsageException, IOException {
        Args args = Args.parse(argv, Set.of("--online"), Set.of("--format"));
        String format = args.option("--format", "text");
        if (!Set.of("text", "json", "sarif").contains(format)) {
            throw new Args.UsageException("--format is text, json or sarif, not '" + format + "'");
        }
        if (args.flag("--online")) {
            throw new Args.UsageException("--online (live link checking) is not implemented yet");
        }
        RfyWorkspace ws = RfyWorkspace.load(Path.of(args.single("workspace folder")));
        List<ReportEntry> report = WorkspaceValidation.run(ws, ValidationSettings.defaults(), null);
        if (format.equals("text")) {
            ReportWriters.text(report, out);
        } else {
            try (JsonWriter json = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                if (format.equals("json")) {
                    ReportWriters.json(report, json);
                } else {
                    ReportWriters.sarif(report, json);
                }
            }
        }
        printSummary(report, err);
        return WorkspaceValidation.hasErrors(report) ? Rfy.EXIT_PROBLEMS : Rfy.EXIT_OK;
    }

    static void printSummary(List<ReportEntry> report, PrintStream to) {
        long errors = report.stream().filter(e -> e.severity() == io.rfy.store.StoreProblem.Severity.ERROR).count();
        to.printf("%d error(s), %d warning(s)%n", errors, report.size() - errors);
    }
}
