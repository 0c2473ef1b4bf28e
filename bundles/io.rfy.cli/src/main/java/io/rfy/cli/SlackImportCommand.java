package io.rfy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import io.rfy.chat.SlackCapture;
import io.rfy.chat.SlackExport;
import io.rfy.chat.SlackImport;

/**
 * {@code rfy import slack <export.zip|folder> --channel <name> --into <ws> [--from yyyy-mm-dd] [--to yyyy-mm-dd]}:
 * the channel's reviews as drafts. The files written go to stdout; notes, skipped messages and the summary to stderr.
 */
final class SlackImportCommand {

    private final PrintStream out;
    private final PrintStream err;

    SlackImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argv) throws Args.UsageException, IOException {
        Args args = Args.parse(argv, Set.of(), Set.of("--into", "--channel", "--from", "--to"));
        if (args.positionals().size() != 2 || args.option("--into", null) == null || args.option("--channel", null) == null) {
            throw new Args.UsageException(CliMessages.get("usage.line", "rfy import slack <export.zip|folder>"
                    + " --channel <name> --into <ws> [--from yyyy-mm-dd] [--to yyyy-mm-dd]"));
        }
        LocalDate from = date(args, "--from");
        LocalDate to = date(args, "--to");
        Path source = Path.of(args.positionals().get(1));
        SlackCapture.Result capture;
        try (SlackExport export = SlackExport.open(source)) {
            capture = SlackCapture.read(export, args.option("--channel", null), from, to, null);
        } catch (SlackExport.BadExportException e) {
            err.println("rfy import slack: " + e.getMessage());
            return Rfy.EXIT_USAGE;
        }
        for (SlackCapture.Skipped s : capture.skipped()) {
            err.println(CliMessages.get("slack.skipped", s));
        }
        SlackImport.Outcome outcome = SlackImport.write(capture, Path.of(args.option("--into", null)));
        for (SlackCapture.Captured c : capture.reviews()) {
            for (String note : c.notes()) {
                err.println(c.review().getPeriod() + "/" + c.review().getId() + ": " + note);
            }
        }
        for (String kept : outcome.keptEdited()) {
            err.println(CliMessages.get("slack.kept", kept));
        }
        outcome.written().forEach(out::println);
        err.println(CliMessages.get("slack.summary", capture.channel().name(), capture.messages(), capture.dayFiles(),
                capture.reviews().size(), outcome.created().size(), outcome.updated().size(), outcome.unchanged().size(),
                outcome.keptEdited().size(), capture.skipped().size()));
        return Rfy.EXIT_OK;
    }

    private static LocalDate date(Args args, String option) throws Args.UsageException {
        String v = args.option(option, null);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new Args.UsageException(CliMessages.get("usage.needsDate", option, v));
        }
    }
}
