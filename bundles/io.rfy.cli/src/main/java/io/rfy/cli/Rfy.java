package io.rfy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.OperationCanceledException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The rfy command line: parses the arguments and dispatches to a command. Plain Java (no OSGi needed),
 * so it runs in plain JUnit tests; {@link RfyApplication} runs it inside Equinox. Data goes to stdout,
 * messages for people to stderr.
 */
public final class Rfy {

    public static final int EXIT_OK = 0;
    /** Problems found: validation errors, broken links, files that could not be read. */
    public static final int EXIT_PROBLEMS = 1;
    /** Wrong usage (unknown command or option, missing argument) or unreadable input. */
    public static final int EXIT_USAGE = 2;

    static final String VERSION = "0.1.0";

    private final PrintStream out;
    private final PrintStream err;
    /** Where RFY_* settings (the metadata services' base URLs) are read; tests give their own. */
    private Function<String, String> env = System::getenv;

    public Rfy(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public Rfy withEnvironment(Function<String, String> variables) {
        this.env = variables;
        return this;
    }

    /** An error no command handled (see {@link InternalErrorReport}): 70, like sysexits' EX_SOFTWARE. */
    public static final int EXIT_INTERNAL = InternalErrorReport.EXIT_INTERNAL;

    /**
     * Runs one command line and returns the process exit code. Whatever a command throws ends here: as a usage or
     * input error (2), or as an internal error (70) with the trace in a log file and its path on stderr.
     */
    public int run(String... args) {
        String command = args.length == 0 ? "" : args[0];
        return guarded(command, () -> dispatch(args), err);
    }

    /** What a command does, for {@link #guarded}. */
    interface Command {
        int run() throws Exception;
    }

    /** Runs a command; anything it did not handle becomes an internal error report. */
    static int guarded(String command, Command body, PrintStream err) {
        try {
            return body.run();
        } catch (Throwable t) {
            return InternalErrorReport.report(command, t, err);
        }
    }

    private int dispatch(String... args) {
        List<String> argv = Arrays.asList(args);
        if (argv.isEmpty()) {
            err.print(usage());
            return EXIT_USAGE;
        }
        String command = argv.get(0);
        List<String> rest = argv.subList(1, argv.size());
        try {
            switch (command) {
                case "--version", "version" -> {
                    out.println("rfy " + version());
                    return EXIT_OK;
                }
                case "--help", "-h", "help" -> {
                    out.print(usage());
                    return EXIT_OK;
                }
                case "dump" -> {
                    return new DumpCommand(out, err).run(rest);
                }
                case "demo" -> {
                    return new DemoCommand(out, err).run(rest);
                }
                case "import" -> {
                    return new ImportCommand(out, err).run(rest);
                }
                case "new" -> {
                    if (!rest.isEmpty() && rest.get(0).equals("batch")) {
                        return new NewBatchCommand(out, err).run(rest.subList(1, rest.size()));
                    }
                    return new NewReviewCommand(out, err, env).run(rest);
                }
                case "export" -> {
                    return new ExportCommand(out, err).run(rest);
                }
                case "corpus" -> {
                    return new CorpusCommand(out, err).add(rest);
                }
                case "mentions" -> {
                    return new CorpusCommand(out, err).mentions(rest);
                }
                case "validate" -> {
                    return new ValidateCommand(out, err, env).run(rest);
                }
                case "papers" -> {
                    return new PapersCommand(out, err, env).run(rest);
                }
                case "bench" -> {
                    // the benchmarks time these very commands from outside and are not shipped with them
                    err.println(CliMessages.get("rfy.bench"));
                    return EXIT_USAGE;
                }
                default -> {
                    err.println(CliMessages.get("rfy.unknownCommand", command));
                    return EXIT_USAGE;
                }
            }
        } catch (Args.UsageException e) {
            err.println(CliMessages.get("rfy.usage", command, e.getMessage()));
            return EXIT_USAGE;
        } catch (NoSuchFileException e) {
            err.println(CliMessages.get("rfy.noSuchFile", command, e.getFile()));
            return EXIT_USAGE;
        } catch (NotDirectoryException e) {
            err.println(CliMessages.get("rfy.notAFolder", command, e.getFile()));
            return EXIT_USAGE;
        } catch (java.nio.file.AccessDeniedException e) {
            // its message is only the path
            err.println(CliMessages.get("rfy.denied", command, e.getFile()));
            return EXIT_USAGE;
        } catch (IOException | UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.file.AccessDeniedException denied) {
                err.println(CliMessages.get("rfy.denied", command, denied.getFile()));
                return EXIT_USAGE;
            }
            err.println("rfy " + command + ": " + e.getMessage());
            return EXIT_USAGE;
        } catch (OperationCanceledException e) {
            err.println(CliMessages.get("rfy.cancelled", command));
            return EXIT_PROBLEMS;
        }
    }

    /** The commands as --help lists them: the syntax (data, never translated) and the key of what it does. */
    private static final String[][] COMMANDS = {
        {"demo [<dir>]", "help.demo"},
        {"dump <ws> [--json]", "help.dump"},
        {"import habr-text|habr-html <file> --into <ws>", "help.importHabr"},
        {"import slack <export.zip|folder> --channel <name> --into <ws> [--from yyyy-mm-dd] [--to yyyy-mm-dd]",
            "help.importSlack"},
        {"new batch <ws> --period yyyy-mm [--part N]", "help.newBatch"},
        {"export <batch.md> [--format habr-html|habr-md] [-o <file>]", "help.export"},
        {"corpus add <file>... --into <ws> [--chat <name>]", "help.corpusAdd"},
        {"mentions <ws> [--review <id> [--unlinked] [--accept N]] [--backlinks <id|paper>] [--json]", "help.mentions"},
        {"validate <ws> [--online [link options]] [--format text|json|sarif]", "help.validate"},
        {"new review <ws> --from <arXiv id|URL|DOI|OpenReview URL>... [--id <id>] [--reviewer <id>]\n"
            + "           [--period yyyy-mm] [--offline]", "help.newReview"},
        {"papers fill <ws> [--review <id>] [--offline]", "help.papersFill"},
        {"gui [<ws>]", "help.gui"},
        {"--version", "help.version"},
        {"--help", "help.help"},
    };

    /** Where the descriptions start: a syntax that does not fit before it has its description on the next line. */
    private static final int DESCRIPTION_COLUMN = 28;

    /** rfy --help, in the language of the messages (the commands, options and exit codes themselves never change). */
    static String usage() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(CliMessages.get("help.usage"));
        lines.add("");
        lines.add(CliMessages.get("help.commands"));
        String indent = " ".repeat(DESCRIPTION_COLUMN);
        for (String[] command : COMMANDS) {
            List<String> syntax = List.of(command[0].split("\n"));
            List<String> description = List.of(CliMessages.get(command[1]).split("\n"));
            for (int i = 0; i < syntax.size() - 1; i++) {
                lines.add("  " + syntax.get(i));
            }
            String last = "  " + syntax.get(syntax.size() - 1);
            if (last.length() < DESCRIPTION_COLUMN) {
                lines.add(last + " ".repeat(DESCRIPTION_COLUMN - last.length()) + description.get(0));
            } else {
                lines.add(last);
                lines.add(indent + description.get(0));
            }
            description.subList(1, description.size()).forEach(d -> lines.add(indent + d));
        }
        lines.add("");
        lines.addAll(List.of(CliMessages.get("help.exitCodes").split("\n")));
        lines.add("");
        return String.join(System.lineSeparator(), lines);
    }

    /** "0.1.0", plus the build qualifier when running as an OSGi bundle. */
    static String version() {
        Bundle bundle = FrameworkUtil.getBundle(Rfy.class);
        if (bundle == null || bundle.getVersion().getQualifier().isEmpty()) {
            return VERSION;
        }
        return VERSION + " (build " + bundle.getVersion().getQualifier() + ")";
    }
}
