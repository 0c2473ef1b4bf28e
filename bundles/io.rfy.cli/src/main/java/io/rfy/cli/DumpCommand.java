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
import io.rfy.store.json.WorkspaceJson;

/** {@code rfy dump <ws> [--json]}: the whole workspace model, as JSON on stdout or as a summary. */
final class DumpCommand {

    private final PrintStream out;
    private final PrintStream err;

    DumpCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argv) throws Args.UsageException, IOException {
        Args args = Args.parse(argv, Set.of("--json"), Set.of());
        RfyWorkspace ws = RfyWorkspace.load(Path.of(args.single(CliMessages.get("args.workspaceFolder"))));
        if (args.flag("--json")) {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (JsonWriter json = new JsonWriter(writer)) {
                WorkspaceJson.write(ws, json);
            }
        } else {
            WorkspaceSummary.print(ws, out);
        }
        ProblemsPrinter.print(ws.problems(), err);
        return ws.hasErrors() ? Rfy.EXIT_PROBLEMS : Rfy.EXIT_OK;
    }
}
