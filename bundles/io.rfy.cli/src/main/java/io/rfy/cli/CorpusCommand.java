package io.rfy.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        Path root = Path.of(args.single(CliMessages.get("args.workspaceFolder")));
        // a listing (all, one review's, its unlinked ones) is what the files make it: kept, it is only copied again
        ListingCache listing = null;
        if (args.option("--backlinks", null) == null && args.option("--accept", null) == null && Files.isDirectory(root)) {
            listing = ListingCache.of(root, List.of("mentions", args.flag("--json") ? "json" : "text",
                    "review=" + args.option("--review", ""), "unlinked=" + args.flag("--unlinked")));
            ListingCache.Hit hit = listing.lookup();
            if (hit != null) {
                ListingCache.copy(hit, out);
                err.println(CliMessages.get("mentions.kept", ListingCache.FOLDER));
                err.println(CliMessages.get("mentions.count", hit.count()));
                return Rfy.EXIT_OK;
            }
        }
        RfyWorkspace ws = RfyWorkspace.load(root);
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
        // a listing that misses an unreadable document is not kept: the next run must say so again
        ListingCache.Recording recording = listing == null || !index.unreadable().isEmpty() ? null : listing.record(out);
        OutputStream to = recording == null ? out : recording;
        try {
            long count = !unlinked && review == null ? listAll(index, args.flag("--json"), to)
                    : listReview(ws, index, review, unlinked, args, to);
            if (recording != null) {
                recording.keep(count);
            }
            return Rfy.EXIT_OK;
        } finally {
            if (recording != null) {
                recording.discard(); // after keep, nothing is left to discard
            }
        }
    }

    /** One review's mentions, or with --unlinked those it does not link yet, numbered; --accept links one of them. */
    private long listReview(RfyWorkspace ws, MentionIndex index, String review, boolean unlinked, Args args,
            OutputStream to) throws Args.UsageException, IOException {
        List<Mention> mentions = unlinked ? CrossLinks.unlinked(index, ws.review(review)) : index.mentions(review);
        if (args.option("--accept", null) != null) {
            int n = args.intOption("--accept", 0);
            if (n < 1 || n > mentions.size()) {
                throw new Args.UsageException(CliMessages.get("usage.acceptRange", mentions.size()));
            }
            CrossLinks.accept(ws, ws.review(review), mentions.get(n - 1));
            err.println(CliMessages.get("mentions.accepted", ws.relative(ws.review(review).eResource())));
            return mentions.size();
        }
        if (args.flag("--json")) {
            try (JsonWriter json = new JsonWriter(new BufferedWriter(new OutputStreamWriter(unclosed(to),
                    StandardCharsets.UTF_8), 1 << 16))) {
                json.beginArray();
                for (Mention m : mentions) {
                    write(json, m);
                }
                json.endArray();
            }
        } else {
            try (BufferedWriter text = new BufferedWriter(new OutputStreamWriter(unclosed(to), StandardCharsets.UTF_8))) {
                int number = 1;
                for (Mention m : mentions) {
                    text.write(line(m, unlinked ? number++ + ". " : ""));
                }
            }
        }
        err.println(CliMessages.get("mentions.count", mentions.size()));
        return mentions.size();
    }

    /** The stream, flushed but never closed by the writers over it (stdout stays open for the caller). */
    private static OutputStream unclosed(OutputStream to) {
        return new java.io.FilterOutputStream(to) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * Every mention, streamed as the index reads them, one document at a time (a corpus can name its papers millions
     * of times): by document, then review and offset.
     */
    private long listAll(MentionIndex index, boolean asJson, OutputStream to) throws IOException {
        long[] count = {0};
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(unclosed(to), StandardCharsets.UTF_8), 1 << 16);
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
        return count[0];
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
