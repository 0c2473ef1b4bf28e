package io.rfy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.rfy.metadata.MetadataException;
import io.rfy.metadata.MetadataLookup;
import io.rfy.metadata.NewReview;
import io.rfy.metadata.PaperIdentifier;
import io.rfy.metadata.PaperRecord;
import io.rfy.store.RfyWorkspace;

/**
 * {@code rfy new review <ws> --from <id>... [--id <id>] [--reviewer <id>] [--period yyyy-mm] [--offline]}: a draft
 * review of the papers with these identifiers, their metadata looked up (see {@link MetadataLookup}). Every lookup is
 * done before anything is written; a failed one writes nothing.
 */
final class NewReviewCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String, String> env;

    NewReviewCommand(PrintStream out, PrintStream err, Function<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int run(List<String> argv) throws Args.UsageException, IOException {
        if (argv.isEmpty() || !argv.get(0).equals("review")) {
            throw new Args.UsageException(CliMessages.get("usage.newWhat"));
        }
        List<String> rest = argv.subList(1, argv.size());
        List<String> from = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            // --from may be given once per paper, so it is taken out before the usual parse
            if (rest.get(i).equals("--from")) {
                if (i + 1 >= rest.size()) {
                    throw new Args.UsageException(CliMessages.get("usage.fromNeedsId"));
                }
                from.add(rest.get(++i));
            } else {
                others.add(rest.get(i));
            }
        }
        Args args = Args.parse(others, Set.of("--offline"), Set.of("--id", "--reviewer", "--period"));
        if (from.isEmpty()) {
            throw new Args.UsageException(CliMessages.get("usage.giveFrom"));
        }
        List<PaperIdentifier> ids = new ArrayList<>();
        for (String f : from) {
            ids.add(PaperIdentifier.parse(f).orElseThrow(() -> new Args.UsageException(
                    CliMessages.get("usage.notAnIdentifier", f))));
        }
        String period = args.option("--period", YearMonth.now().toString());
        Path root = Path.of(args.single(CliMessages.get("args.workspaceFolder")));
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString());
        }
        RfyWorkspace ws = RfyWorkspace.load(root);
        String reviewer = args.option("--reviewer", null);
        if (reviewer != null && ws.reviewer(reviewer) == null) {
            err.println(CliMessages.get("newReview.noReviewer", reviewer) + RfyWorkspace.closest(reviewer, ws.reviewers().getReviewers().stream().map(r -> r.getId()).toList()));
        }
        MetadataLookup lookup = MetadataCommands.lookup(root, env, args.flag("--offline"));
        List<PaperRecord> records = new ArrayList<>();
        for (PaperIdentifier id : ids) {
            try {
                PaperRecord r = lookup.lookup(id);
                r.notes().forEach(n -> err.println("rfy new review: note: " + n));
                records.add(r);
            } catch (MetadataException e) {
                err.println("rfy new review: " + id + ": " + e.getMessage());
                err.println(CliMessages.get("newReview.nothingWritten"));
                return Rfy.EXIT_PROBLEMS;
            }
        }
        String id = args.option("--id", NewReview.idFor(records));
        String written;
        try {
            written = NewReview.write(ws, records, id, reviewer, period);
        } catch (IOException e) {
            err.println(CliMessages.get("newReview.failed", e.getMessage()));
            return Rfy.EXIT_USAGE;
        }
        out.println(written);
        for (PaperRecord r : records) {
            err.println("  " + r.title() + " (" + r.source() + "): " + CliMessages.get("newReview.authors", r.authors().size())
                    + (r.affiliations().isEmpty() ? "" : ", " + String.join(", ", r.affiliations()))
                    + (r.year() == null ? "" : ", " + r.year()));
        }
        return Rfy.EXIT_OK;
    }
}
