package io.rfy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.rfy.metadata.MetadataException;
import io.rfy.metadata.MetadataLookup;
import io.rfy.metadata.PaperFill;
import io.rfy.metadata.PaperIdentifier;
import io.rfy.metadata.PaperRecord;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.store.FileChangedException;
import io.rfy.store.RfyResource;
import io.rfy.store.RfyWorkspace;

/**
 * {@code rfy papers fill <ws> [--review <id>] [--offline]}: the empty fields of the papers that have an identifier,
 * filled from its record and saved through the store (the rest of each file as it was). What a person wrote is never
 * replaced; a file the store could not read is not touched. Prints one line per paper filled; exit 1 when a lookup
 * or a save failed (the other papers are filled all the same).
 */
final class PapersCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String, String> env;

    PapersCommand(PrintStream out, PrintStream err, Function<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int run(List<String> argv) throws Args.UsageException, IOException {
        if (argv.isEmpty() || !argv.get(0).equals("fill")) {
            throw new Args.UsageException(CliMessages.get("usage.papersFill"));
        }
        Args args = Args.parse(argv.subList(1, argv.size()), Set.of("--offline"), Set.of("--review"));
        Path root = Path.of(args.single(CliMessages.get("args.workspaceFolder")));
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString());
        }
        RfyWorkspace ws = RfyWorkspace.load(root);
        List<Review> reviews = new ArrayList<>(ws.reviews());
        String only = args.option("--review", null);
        if (only != null) {
            Review review = ws.review(only);
            if (review == null) {
                throw new Args.UsageException(CliMessages.get("usage.noReviewClosest", only, RfyWorkspace.closest(only,
                        ws.reviews().stream().map(Review::getId).toList())));
            }
            reviews = List.of(review);
        }
        MetadataLookup lookup = MetadataCommands.lookup(root, env, args.flag("--offline"));
        boolean failed = false;
        int filledPapers = 0;
        for (Review review : reviews) {
            String file = ws.relative(review.eResource());
            if (!((RfyResource) review.eResource()).isWritable()) {
                err.println(CliMessages.get("papers.unread", file));
                failed = true;
                continue;
            }
            Map<Paper, List<String>> changes = new LinkedHashMap<>();
            for (Paper paper : review.getPapers()) {
                Optional<PaperIdentifier> id = PaperIdentifier.of(paper);
                if (id.isEmpty() || !hasEmptyField(paper)) {
                    continue;
                }
                try {
                    PaperRecord record = lookup.lookup(id.get());
                    List<String> filled = PaperFill.fill(paper, record);
                    if (!filled.isEmpty()) {
                        changes.put(paper, filled);
                    }
                } catch (MetadataException e) {
                    err.println("rfy papers fill: " + file + ": " + id.get() + ": " + e.getMessage());
                    failed = true;
                }
            }
            if (changes.isEmpty()) {
                continue;
            }
            try {
                review.eResource().save(null);
            } catch (FileChangedException e) {
                err.println(CliMessages.get("papers.changed", file));
                failed = true;
                continue;
            }
            for (Map.Entry<Paper, List<String>> c : changes.entrySet()) {
                out.println(file + ": paper " + (review.getPapers().indexOf(c.getKey()) + 1) + " '"
                        + c.getKey().getShortName() + "': filled " + String.join(", ", c.getValue()));
                filledPapers++;
            }
        }
        err.println(CliMessages.get("papers.filled", filledPapers));
        return failed ? Rfy.EXIT_PROBLEMS : Rfy.EXIT_OK;
    }

    /** Whether a record could add anything: a field left empty, or no link to the paper or its code. */
    private static boolean hasEmptyField(Paper paper) {
        return !PaperFill.emptyFields(paper).isEmpty();
    }
}
