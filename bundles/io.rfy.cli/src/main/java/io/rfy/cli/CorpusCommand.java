package io.rfy.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.rfy.corpus.CorpusFiles;
import io.rfy.corpus.Mention;
import io.rfy.corpus.MentionFinder;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.json.JsonWriter;

/**
 * {@code rfy corpus add <file>... --into <ws>} copies documents into the corpus as given;
 * {@code rfy mentions <ws> [--review <id>] --json} lists where the workspace's papers are named.
 */
final class CorpusCommand {

    private final PrintStream out;
    private final PrintStream err;

    CorpusCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int add(List<String> argv) throws Args.UsageException, IOException {
        Args args = Args.parse(argv, Set.of(), Set.of("--into"));
        if (args.positionals().size() < 2 || !args.positionals().get(0).equals("add") || args.option("--into", null) == null) {
            throw new Args.UsageException("usage: rfy corpus add <file>... --into <ws>");
        }
        List<Path> files = args.positionals().subList(1, args.positionals().size()).stream().map(Path::of).toList();
        List<String> written = CorpusFiles.add(files, Path.of(args.option("--into", null)));
        written.forEach(out::println);
        err.printf("%d document(s) added, %d already there%n", written.size(), files.size() - written.size());
        return Rfy.EXIT_OK;
    }

    int mentions(List<String> argv) throws Args.UsageException, IOException {
        Args args = Args.parse(argv, Set.of("--json"), Set.of("--review"));
        RfyWorkspace ws = RfyWorkspace.load(Path.of(args.single("workspace folder")));
        String review = args.option("--review", null);
        if (review != null && ws.review(review) == null) {
            throw new Args.UsageException("no review '" + review + "' in " + ws.root());
        }
        List<Mention> mentions = MentionFinder.find(ws, review);
        if (args.flag("--json")) {
            try (JsonWriter json = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                json.beginArray();
                for (Mention m : mentions) {
                    json.beginObject().name("paper").value(m.paper()).name("review").value(m.review())
                            .name("document").value(m.document()).name("item").value(m.item()).name("quote").value(m.quote())
                            .name("start").value(m.start()).name("end").value(m.end())
                            .name("prefix").value(m.prefix()).name("suffix").value(m.suffix()).endObject();
                }
                json.endArray();
            }
        } else {
            for (Mention m : mentions) {
                out.printf("%s [%d,%d)%s: «%s» names %s (%s)%n", m.document(), m.start(), m.end(),
                        m.item() == null ? "" : " in «" + m.item() + "»", m.quote(), m.paper(), m.review());
            }
        }
        err.printf("%d mention(s)%n", mentions.size());
        return Rfy.EXIT_OK;
    }
}
