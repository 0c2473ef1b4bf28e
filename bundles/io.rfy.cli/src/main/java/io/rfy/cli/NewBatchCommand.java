package io.rfy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.rfy.chat.PeriodBatch;
import io.rfy.store.RfyWorkspace;

/** {@code rfy new batch <ws> --period yyyy-mm [--part N]}: a batch of the period's reviews that are in no batch yet. */
final class NewBatchCommand {

    private final PrintStream out;
    private final PrintStream err;

    NewBatchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argv) throws Args.UsageException, IOException {
        Args args = Args.parse(argv, Set.of(), Set.of("--period", "--part"));
        if (args.positionals().size() != 1 || args.option("--period", null) == null) {
            throw new Args.UsageException(CliMessages.get("usage.line", "rfy new batch <ws> --period yyyy-mm [--part N]"));
        }
        Integer part = args.option("--part", null) == null ? null : args.intOption("--part", 0);
        RfyWorkspace ws = RfyWorkspace.load(Path.of(args.positionals().get(0)));
        PeriodBatch.Made made;
        try {
            made = PeriodBatch.make(ws, args.option("--period", null), part);
        } catch (IllegalArgumentException e) {
            err.println("rfy new batch: " + e.getMessage());
            return Rfy.EXIT_USAGE;
        }
        PeriodBatch.write(ws, made).forEach(out::println);
        err.println(CliMessages.get("newBatch.made", made.path(), made.batch().getTitle(), made.reviews().size(),
                String.join(", ", made.reviews().stream().map(r -> r.getId()).toList())));
        return Rfy.EXIT_OK;
    }
}
