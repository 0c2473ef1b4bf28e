package io.rfy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.rfy.habr.HabrHtmlImporter;
import io.rfy.habr.HabrTextImporter;
import io.rfy.habr.ImportNote;
import io.rfy.habr.ImportedBatch;
import io.rfy.habr.WorkspaceImport;
import io.rfy.store.StrictUtf8;

/**
 * {@code rfy import habr-text|habr-html <file> --into <ws>}: a published batch, from its plain-text scrape or a
 * saved page, into a workspace.
 * Notes go to stderr as {@code file:line: severity code message}; the written files to stdout.
 */
final class ImportCommand {

    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argv) throws Args.UsageException, IOException {
        if (!argv.isEmpty() && argv.get(0).equals("slack")) {
            return new SlackImportCommand(out, err).run(argv);
        }
        Args args = Args.parse(argv, Set.of(), Set.of("--into"));
        if (args.positionals().size() != 2) {
            throw new Args.UsageException(CliMessages.get("usage.line", "rfy import habr-text|habr-html <file> --into <ws>"));
        }
        String kind = args.positionals().get(0);
        if (!kind.equals("habr-text") && !kind.equals("habr-html")) {
            throw new Args.UsageException(CliMessages.get("usage.importKind", kind));
        }
        String into = args.option("--into", null);
        if (into == null) {
            throw new Args.UsageException(CliMessages.get("usage.intoRequired"));
        }
        Path file = Path.of(args.positionals().get(1));
        String text = readUtf8(file);
        if (text == null) {
            return Rfy.EXIT_USAGE;
        }
        ImportedBatch imported = kind.equals("habr-text") ? HabrTextImporter.read(text) : HabrHtmlImporter.read(text);
        for (ImportNote note : imported.notes()) {
            err.println(file + ":" + note);
        }
        if (imported.reviews().isEmpty()) {
            err.println(CliMessages.get("import.nothing", file));
            return Rfy.EXIT_USAGE;
        }
        List<String> written = WorkspaceImport.write(imported, Path.of(into));
        written.forEach(out::println);
        err.println(CliMessages.get("import.done", imported.reviews().size(), imported.reviewers().size(),
                imported.batch().getId(), into, written.size()));
        return imported.hasErrors() ? Rfy.EXIT_PROBLEMS : Rfy.EXIT_OK;
    }

    /** The file as UTF-8, or null after saying where it is not (mojibake and binary junk stop here). */
    private String readUtf8(Path file) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a FIFO would block for ever, a folder is no post
            err.println(CliMessages.get("import.notAFile", file));
            return null;
        }
        if (Files.size(file) > MAX_BYTES) {
            err.println(CliMessages.get("import.tooLarge", file, MAX_BYTES >> 20));
            return null;
        }
        try {
            return StrictUtf8.decode(Files.readAllBytes(file));
        } catch (StrictUtf8.MalformedException e) {
            err.println(file + ":" + e.line + ": error import.encoding not valid UTF-8 (byte offset " + e.offset
                    + "); save the page as UTF-8");
            return null;
        }
    }
}
