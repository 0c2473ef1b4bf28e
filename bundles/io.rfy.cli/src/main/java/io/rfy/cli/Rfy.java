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

    static String usage() {
        return String.join(System.lineSeparator(),
                "Usage: rfy <command> [options]",
                "",
                "Commands:",
                "  demo [<dir>]              the main job on the bundled data: load, round-trip, validate, import seed",
                "                            004, export it for Habr, add the corpus seeds, list mentions",
                "  dump <ws> [--json]        the whole workspace model (JSON on stdout; problems on stderr)",
                "  import habr-text|habr-html <file> --into <ws>",
                "                            a published batch from its plain-text scrape (e.g. seeds/004_...) or saved page",
                "  import slack <export.zip|folder> --channel <name> --into <ws> [--from yyyy-mm-dd] [--to yyyy-mm-dd]",
                "                            the channel's reviews from a Slack workspace export, as drafts",
                "  new batch <ws> --period yyyy-mm [--part N]",
                "                            a batch of the period's reviews that are in no batch yet",
                "  export <batch.md> [--format habr-html|habr-md] [-o <file>]",
                "                            the batch for Habr's classic editor (HTML) or its Markdown mode",
                "  corpus add <file>... --into <ws> [--chat <name>]",
                "                            copy documents (txt, html, Telegram export json/html) into corpus/, as given;",
                "                            a full-account Telegram export: one document per chat (--chat: that one)",
                "  mentions <ws> [--review <id> [--unlinked] [--accept N]] [--backlinks <id|paper>] [--json]",
                "                            where the workspace's papers are named in the corpus and in other reviews;",
                "                            --unlinked: not yet cross-linked; --accept N: add suggestion N as a cross-link",
                "  validate <ws> [--online [link options]] [--format text|json|sarif]",
                "                            check the workspace: load problems, the rules (codes in the README),",
                "                            with --online every web link too (cached in <ws>/.rfy/ for a day) and the",
                "                            papers' titles and authors against the records of their identifiers;",
                "                            link options (as lychee's): --max-concurrency N (128), --host-concurrency N",
                "                            (8), --host-interval MS (0), --timeout S (20), --accept 200..=299,403,",
                "                            --no-cache",
                "  new review <ws> --from <arXiv id|URL|DOI|OpenReview URL>... [--id <id>] [--reviewer <id>]",
                "             [--period yyyy-mm] [--offline]",
                "                            a draft review of these papers, their metadata looked up (arXiv, OpenAlex,",
                "                            Crossref, OpenReview; RFY_*_API override the services; cached in .rfy/metadata/)",
                "  papers fill <ws> [--review <id>] [--offline]",
                "                            fill the empty fields of papers from their identifiers (never what is written)",
                "  gui [<ws>]                start the RFY Workbench (handled by the rfy launcher script)",
                "  --version                 print the version and exit",
                "  --help                    print this help and exit",
                "",
                "Exit codes: 0 ok, 1 problems found, 2 bad usage or unreadable input, 70 internal error (a bug: the",
                "message names the log file with the details).",
                "");
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
