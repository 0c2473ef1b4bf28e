package io.rfy.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.rfy.metadata.Endpoints;
import io.rfy.metadata.MetadataCache;
import io.rfy.metadata.MetadataLookup;

import io.rfy.store.RfyWorkspace;
import io.rfy.store.json.JsonWriter;
import io.rfy.validation.LinkCache;
import io.rfy.validation.LinkCheckSettings;
import io.rfy.validation.LinkChecker;
import io.rfy.validation.ReportEntry;
import io.rfy.validation.ReportWriters;
import io.rfy.validation.ValidationSettings;
import io.rfy.validation.WorkspaceValidation;

/**
 * {@code rfy validate <ws> [--online [link options]] [--format text|json|sarif]}: load problems, rule checks and,
 * online, live link checks and the papers' metadata against their identifiers' records; exit 1 on any error (a broken
 * link is one). The link options are lychee's: {@code --max-concurrency N}, {@code --host-concurrency N},
 * {@code --host-interval MS}, {@code --timeout S}, {@code --accept 200..=299,403}, {@code --no-cache}.
 */
final class ValidateCommand {

    private final PrintStream out;
    private final PrintStream err;

    private final Function<String, String> env;

    ValidateCommand(PrintStream out, PrintStream err, Function<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int run(List<String> argv) throws Args.UsageException, IOException {
        Args args = Args.parse(argv, Set.of("--online", "--no-cache"), Set.of("--format", "--timeout", "--max-concurrency",
                "--host-concurrency", "--host-interval", "--accept"));
        String format = args.option("--format", "text");
        if (!Set.of("text", "json", "sarif").contains(format)) {
            throw new Args.UsageException(CliMessages.get("usage.validateFormat", format));
        }
        LinkCheckSettings settings = args.flag("--online") ? linkSettings(args) : null;
        RfyWorkspace ws = RfyWorkspace.load(Path.of(args.single(CliMessages.get("args.workspaceFolder"))));
        LinkChecker links = null;
        LinkCache cache = null;
        if (settings != null) {
            cache = args.flag("--no-cache") ? null : LinkCache.open(ws.root(), settings.cacheTtl());
            links = new LinkChecker(settings, cache);
        }
        List<ReportEntry> report = WorkspaceValidation.run(ws, ValidationSettings.defaults(), links, null);
        if (cache != null) {
            cache.save();
        }
        if (args.flag("--online")) {
            // the papers' titles and authors against the records of their identifiers (cached like new review's)
            MetadataLookup lookup = args.flag("--no-cache")
                    ? new MetadataLookup(Endpoints.from(env),
                            new MetadataCache(null), MetadataCommands.settings(env))
                    : MetadataCommands.lookup(ws.root(), env, false);
            List<ReportEntry> all = new ArrayList<>(report);
            all.addAll(WorkspaceValidation.metadataMismatches(ws, lookup,
                    failure -> err.println(CliMessages.get("validate.metadataNotChecked", failure))));
            report = WorkspaceValidation.sort(all);
        }
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

    /** The defaults, changed by the link options given; each checked here, before anything is loaded or asked. */
    static LinkCheckSettings linkSettings(Args args) throws Args.UsageException {
        LinkCheckSettings settings = LinkCheckSettings.defaults();
        if (args.option("--timeout", null) != null) {
            settings = settings.withTimeout(Duration.ofSeconds(positive(args, "--timeout")));
        }
        if (args.option("--max-concurrency", null) != null) {
            settings = settings.withMaxConcurrency(positive(args, "--max-concurrency"));
        }
        if (args.option("--host-concurrency", null) != null) {
            settings = settings.withHostConcurrency(positive(args, "--host-concurrency"));
        }
        if (args.option("--host-interval", null) != null) {
            int ms = args.intOption("--host-interval", 0);
            if (ms < 0) {
                throw new Args.UsageException(CliMessages.get("usage.hostInterval"));
            }
            settings = settings.withHostInterval(Duration.ofMillis(ms));
        }
        if (args.option("--accept", null) != null) {
            try {
                settings = settings.withAcceptedStatuses(LinkCheckSettings.parseStatuses(args.option("--accept", "")));
            } catch (IllegalArgumentException e) {
                throw new Args.UsageException("--accept: " + e.getMessage());
            }
        }
        return settings;
    }

    private static int positive(Args args, String option) throws Args.UsageException {
        int n = args.intOption(option, 1);
        if (n < 1) {
            throw new Args.UsageException(CliMessages.get("usage.positive", option, n));
        }
        return n;
    }

    static void printSummary(List<ReportEntry> report, PrintStream to) {
        long errors = report.stream().filter(e -> e.severity() == io.rfy.store.StoreProblem.Severity.ERROR).count();
        to.printf("%d error(s), %d warning(s)%n", errors, report.size() - errors);
    }
}
