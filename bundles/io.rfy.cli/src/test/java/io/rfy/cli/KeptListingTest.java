package io.rfy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.testsupport.Samples;

/**
 * {@code rfy mentions} keeps its listings in {@code .rfy/listings/} and copies them while no file of the workspace
 * changed; any change (a paper's name in a review, a corpus document, a file added or removed) must give what a run
 * without any cache gives. Through the command, on the sample workspace with seeds 001 and 004 as its corpus.
 */
class KeptListingTest {

    private final InProcessRfy rfy = new InProcessRfy();
    @TempDir
    Path dir;
    private Path ws;
    /** Each change gets its own time, an hour or more ago: the files are settled, as a user's usually are. */
    private long clock = System.currentTimeMillis() - 3_600_000;

    private int run(String... args) {
        return rfy.run(args);
    }

    private String out() {
        return rfy.out();
    }

    private String err() {
        return rfy.err();
    }


    @BeforeEach
    void sampleWithCorpus() throws IOException {
        ws = dir.resolve("ws");
        Samples.copyOfSample(ws);
        assertEquals(0, run("corpus", "add", Samples.repository().resolve("seeds/001_d84b8b19dd66ab17.txt").toString(),
                Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt").toString(), "--into", ws.toString()), err());
        try (Stream<Path> walk = Files.walk(ws)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                settle(p);
            }
        }
    }

    /** Gives the file a time of its own, long enough ago that its time tells its next change. */
    private void settle(Path file) throws IOException {
        clock += 1000;
        Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
    }

    /** The command's output with no cache at all: the truth a kept listing must equal. */
    private String fresh(String... args) throws IOException {
        Path copy = dir.resolve("fresh-" + System.nanoTime());
        try (Stream<Path> walk = Files.walk(ws)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path rel = ws.relativize(p);
                if (rel.startsWith(".rfy")) {
                    continue;
                }
                Path to = copy.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        String[] on = args.clone();
        on[1] = copy.toString();
        assertEquals(0, run(on), err());
        return out();
    }

    /** Runs the command twice: the second copies the first's output; both equal a run without any cache. */
    private String twice(String... args) throws IOException {
        assertEquals(0, run(args), err());
        String first = out();
        assertTrue(err().contains("document(s) scanned"), "the first run reads the workspace: " + err());
        assertEquals(0, run(args), err());
        assertTrue(err().contains("listing kept in .rfy/listings"), "the second is the kept listing: " + err());
        assertEquals(first, out(), "the kept listing is the first run's output, byte for byte");
        assertTrue(err().matches("(?s).*\\n\\d+ mention\\(s\\)\\R"), err());
        assertEquals(first, fresh(args), "what a run without any cache prints");
        return first;
    }

    @Test
    void theWholeListingFollowsEveryChange() throws IOException {
        String[] command = {"mentions", ws.toString(), "--json"};
        String before = twice(command);
        assertTrue(before.contains("\"paper\": \"Jukebox: A Generative Model for Music\""), before);

        // one review's paper renamed (same length, so only the time tells)
        Path jukebox = ws.resolve("reviews/2020-05/jukebox.md");
        String text = Files.readString(jukebox);
        Files.writeString(jukebox, text.replace("title: \"Jukebox: A Generative Model for Music\"",
                "title: \"Jukebax: A Generative Model for Music\""));
        assertEquals(Files.size(jukebox), text.getBytes(StandardCharsets.UTF_8).length);
        settle(jukebox);
        String renamed = twice(command);
        assertNotEquals(before, renamed);
        assertFalse(renamed.contains("\"paper\": \"Jukebox: A Generative Model for Music\""), renamed);

        // one corpus document changed: a new mention at its end
        Path doc = ws.resolve("corpus/001_d84b8b19dd66ab17.txt");
        Files.writeString(doc, Files.readString(doc) + "\nИ ещё раз про Flowtron.\n");
        settle(doc);
        String appended = twice(command);
        assertTrue(count(appended, "Flowtron") > count(renamed, "Flowtron"), appended);

        // a file added, then removed again
        Path added = ws.resolve("corpus/extra.txt");
        Files.writeString(added, "Про MakeItTalk и Flowtron, коротко.\n");
        settle(added);
        String withExtra = twice(command);
        assertTrue(withExtra.contains("\"document\": \"extra\""), withExtra);
        Files.delete(added);
        // the files are as they were for `appended` again: its kept listing is the right one
        assertEquals(0, run(command), err());
        assertEquals(appended, out(), "removing the file gives the listing without it again");
        assertEquals(appended, fresh(command));
    }

    @Test
    void unlinkedAndTextListingsToo() throws IOException {
        String[] unlinked = {"mentions", ws.toString(), "--review", "makeittalk", "--unlinked"};
        String before = twice(unlinked);
        String[] text = {"mentions", ws.toString()};
        String all = twice(text);
        assertNotEquals(before, all, "each command and options has its own listing");

        // the review itself links one of its unlinked mentions: the list of unlinked ones shrinks
        assertEquals(0, run("mentions", ws.toString(), "--review", "makeittalk", "--accept", "1"), err());
        settle(ws.resolve("reviews/2020-05/makeittalk.md"));
        String after = twice(unlinked);
        assertTrue(after.lines().count() < before.lines().count(), after);

        // a new review whose paper the corpus names: the whole listing gains its mentions
        Path review = ws.resolve("reviews/2020-05/gpt-three.md");
        Files.writeString(review, "---\nreviewer: ptrvilya\nstatus: draft\npapers:\n  - title: \"GPT-3\"\n---\nтекст\n");
        settle(review);
        String more = twice(text);
        assertTrue(more.contains("names GPT-3 (gpt-three)") && !all.contains("(gpt-three)"), more);
    }

    @Test
    void aFileWrittenJustNowKeysNothing() throws IOException {
        Path doc = ws.resolve("corpus/001_d84b8b19dd66ab17.txt");
        Files.writeString(doc, Files.readString(doc) + "\nFlowtron.\n"); // its time is now
        String[] command = {"mentions", ws.toString(), "--json"};
        assertEquals(0, run(command), err());
        String first = out();
        assertEquals(0, run(command), err());
        assertFalse(err().contains("listing kept"), "a file modified just now may change again unseen: " + err());
        assertEquals(first, out());
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
