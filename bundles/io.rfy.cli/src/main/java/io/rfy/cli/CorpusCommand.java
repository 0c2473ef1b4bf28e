package io.rfy.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.rfy.corpus.CorpusFiles;
import io.rfy.corpus.CrossLinks;
import io.rfy.corpus.Mention;
import io.rfy.corpus.MentionIndex;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.json.JsonWriter;

/**
 * {@code rfy corpus add <file>... --into <ws>} copies documents into the corpus as given;
 * {@code rfy mentions <ws> [--review <id>] [--json]} lists where the workspace's papers are named; with
 * {@code --unlinked} only what the review does not link yet, numbered, and {@code --accept <n>} adds that one to its
 * cross-links; {@code --backlinks <id>} lists the reviews that link to a review (or a paper, by title, short name or
 * alias). Listings and unlinked mentions go through the cached {@link MentionIndex}.
 */
final class CorpusCommand {

    private final PrintStream out;
    private final PrintStream err;

    CorpusCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int add(List<String> argv) throws Args.UsageException, IOException {
        Args args = Args.parse(argv, Set.of(), Set.of("--into", "--chat"));
        if (args.positionals().size() < 2 || !args.positionals().get(0).equals("add") || args.option("--into", null) == null) {
            throw new Args.UsageException(CliMessages.get("usage.line", "rfy corpus add <file>... --into <ws> [--chat <name>]"));
        }
        List<Path> files = args.positionals().subList(1, args.positionals().size()).stream().map(Path::of).toList();
        List<String> written = CorpusFiles.add(files, Path.of(args.option("--into", null)), args.option("--chat", null));
        written.forEach(out::println);
        err.println(CliMessages.get("corpus.added", written.size()));
        return Rfy.EXIT_OK;
    }

    int mentions(List<String> argv) throws Args.UsageException, IOException {
        Args args = Args.parse(argv, Set.of("--json", "--unlinked"), Set.of("--review", "--accept", "--backlinks"));
        RfyWorkspace ws = RfyWorkspace.load(Path.of(args.single(CliMessages.get("args.workspaceFolder"))));
        String review = args.option("--review", null);
        if (review != null && ws.review(review) == null) {
            throw new Args.UsageException(CliMessages.get("usage.noReview", review, ws.root()));
        }
        String backlinksOf = args.option("--backlinks", null);
        if (backlinksOf != null) {
            // a review id, else a paper's title, short name or alias
            io.rfy.model.Paper paper = ws.review(backlinksOf) == null ? CrossLinks.paper(ws, backlinksOf) : null;
            if (ws.review(backlinksOf) == null && paper == null) {
                throw new Args.UsageException(CliMessages.get("usage.noReviewOrPaper", backlinksOf, ws.root()));
            }
            (paper == null ? CrossLinks.backlinks(ws, ws.review(backlinksOf)) : CrossLinks.backlinks(ws, paper))
                    .forEach(r -> out.println(r.getId()));
            return Rfy.EXIT_OK;
        }
        boolean unlinked = args.flag("--unlinked") || args.option("--accept", null) != null;
        if (unlinked && review == null) {
            throw new Args.UsageException(CliMessages.get("usage.needsReview"));
        }
        MentionIndex index = MentionIndex.open(ws);
        MentionIndex.Update u = index.lastUpdate();
        err.println(CliMessages.get("mentions.index", MentionIndex.CACHE, u.scanned(), u.unchanged(), u.sameHash(),
                u.dropped()));
        if (index.cacheError() != null) {
            err.println(CliMessages.get("line.warning", CliMessages.get("mentions.cacheNotSaved", MentionIndex.CACHE,
                    index.cacheError())));
        }
        // the other documents are listed all the same
        for (io.rfy.store.StoreProblem p : index.unreadable()) {
            err.println(CliMessages.get("line.warning", p.file() + ":" + p.getLine() + ":" + p.getColumn() + ": "
                    + p.getMessage()));
        }
        if (!unlinked && review == null) {
            return listAll(index, args.flag("--json"));
        }
        List<Mention> mentions = unlinked ? CrossLinks.unlinked(index, ws.review(review)) : index.mentions(review);
        if (args.option("--accept", null) != null) {
            int n = args.intOption("--accept", 0);
            if (n < 1 || n > mentions.size()) {
                throw new Args.UsageException(CliMessages.get("usage.acceptRange", mentions.size()));
            }
            CrossLinks.accept(ws, ws.review(review), mentions.get(n - 1));
            err.println(CliMessages.get("mentions.accepted", ws.relative(ws.review(review).eResource())));
            return Rfy.EXIT_OK;
        }
        if (args.flag("--json")) {
            try (JsonWriter json = new JsonWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    1 << 16))) {
                json.beginArray();
                for (Mention m : mentions) {
                    write(json, m);
                }
                json.endArray();
            }
        } else {
            int number = 1;
            for (Mention m : mentions) {
                out.print(line(m, unlinked ? number++ + ". " : ""));
            }
        }
        err.println(CliMessages.get("mentions.count", mentions.size()));
        return Rfy.EXIT_OK;
    }

    /**
     * Every mention, streamed as the index reads them, one document at a time (a corpus can name its papers millions
     * of times): by document, then review and offset.
     */
    private int listAll(MentionIndex index, boolean asJson) throws IOException {
        long[] count = {0};
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (asJson) {
            try (JsonWriter json = new JsonWriter(text)) {
                json.beginArray();
                index.forEachMention(m -> {
                    write(json, m);
                    count[0]++;
                });
                json.endArray();
            }
        } else {
            try (text) {
                index.forEachMention(m -> {
                    try {
                        text.write(line(m, ""));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    count[0]++;
                });
            }
        }
        err.println(CliMessages.get("mentions.count", count[0]));
        return Rfy.EXIT_OK;
    }

    private static void write(JsonWriter json, Mention m) {
        json.beginObject().name("paper").value(m.paper()).name("review").value(m.review())
                .name("document").value(m.document()).name("item").value(m.item()).name("quote").value(m.quote())
                .name("start").value(m.start()).name("end").value(m.end())
                .name("prefix").value(m.prefix()).name("suffix").value(m.suffix()).endObject();
    }

    private static String line(Mention m, String number) {
        return String.format("%s%s [%d,%d)%s: «%s» names %s (%s)%n", number, m.document(), m.start(), m.end(),
                m.item() == null ? "" : " in «" + m.item() + "»", m.quote(), m.paper(), m.review());
    }
}
