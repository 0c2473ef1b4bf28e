package io.rfy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.testsupport.Samples;

/**
 * The findings of the fault campaign (issue "Nothing lost, nothing silent"), each as the user met it: the command
 * run on a copy of the sample workspace, its exit code, stderr and the files read back.
 */
class FaultCampaignTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Rfy(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path ws() {
        return Samples.copyOfSample(dir.resolve("ws"));
    }

    private static Path review(Path ws) {
        return ws.resolve("reviews/2020-05/jukebox.md");
    }

    private static String batch(Path ws) {
        return ws.resolve("batches/2020-05-part-1.md").toString();
    }

    private static void appendToBody(Path file, String text) throws Exception {
        Files.writeString(file, Files.readString(file) + "\n" + text + "\n");
    }

    // 1. silent crashes

    @Test
    void deeplyNestedQuotesInABodyAreAnErrorWithFileAndLine() throws Exception {
        Path ws = ws();
        appendToBody(review(ws), ">".repeat(3000) + " deep");
        int code = run("export", batch(ws));
        assertEquals(1, code, err());
        assertTrue(err().contains("jukebox.md:") && err().contains("nested more than"), err());
        assertFalse(err().contains("internal error"), err());
        assertEquals("", out());
    }

    @Test
    void deeplyNestedEmphasisIsAnErrorNotAStackOverflow() throws Exception {
        Path ws = ws();
        appendToBody(review(ws), "*".repeat(10_000) + "x" + "*".repeat(10_000));
        int code = run("export", batch(ws), "--format", "habr-md");
        assertTrue(code == 0 || code == 1, err());
        assertFalse(err().contains("internal error"), err());
    }

    @Test
    void aReviewWithNoPapersIsAFindingAndExportsWithoutCrashing() throws Exception {
        Path ws = ws();
        String text = Files.readString(review(ws));
        String noPapers = text.replaceFirst("(?s)papers:\\n(  .*?\\n)+(?=[a-z])", "papers: []\n");
        Files.writeString(review(ws), noPapers);
        assertEquals(1, run("validate", ws.toString()));
        assertTrue(out().contains("reviews/2020-05/jukebox.md:") && out().contains("store.required"), out());
        int code = run("export", batch(ws));
        assertEquals(0, code, err());
        assertFalse(err().contains("internal error"), err());
    }

    @Test
    void aHabrPageNestedThousandsDeepIsRefusedWithItsLine() throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><body><h1>Читаем статьи за вас</h1>\n<div class=\"tm-article-body\">\n"
                + "<b>".repeat(5000) + "x" + "</b>".repeat(5000) + "</div></body></html>");
        int code = run("import", "habr-html", page.toString(), "--into", dir.resolve("new-ws").toString());
        assertTrue(code == 1 || code == 2, err());
        assertTrue(err().contains("nested more than"), err());
        assertFalse(err().contains("internal error"), err());
    }

    @Test
    void aJsonNestedVeryDeepIsRefusedWithItsLine() throws Exception {
        Path ws = ws();
        Path json = dir.resolve("result.json");
        Files.writeString(json, "{\"messages\":\n" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        assertEquals(2, run("corpus", "add", json.toString(), "--into", ws.toString()));
        assertTrue(err().contains("result.json:2:") && err().contains("nested more than"), err());
    }

    // 2. hangs

    @Test
    void aTelegramPageOfDeeplyNestedDivsIsReadInSeconds() throws Exception {
        Path ws = ws();
        Path html = dir.resolve("messages.html");
        Files.writeString(html, "<html><body><div class=\"page_wrap\"><div class=\"history\">"
                + "<div class=\"message default\" id=\"message1\"><div class=\"body\"><div class=\"text\">"
                + "<div>".repeat(20_000) + "Jukebox" + "</div>".repeat(20_000) + "</div></div></div></div></div></body></html>");
        // a bound against a hang, not a speed target: before, this took 25 s and more
        int code = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run("corpus", "add", html.toString(), "--into", ws.toString()));
        assertEquals(0, code, err());
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("mentions", ws.toString(), "--json"));
    }

    @Test
    void aFifoIsRefusedInsteadOfBlocking() throws Exception {
        Path ws = ws();
        Path fifo = dir.resolve("pipe.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        int code = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run("corpus", "add", fifo.toString(), "--into", ws.toString()));
        assertEquals(2, code);
        assertTrue(err().contains("not a regular file"), err());
        code = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run("import", "habr-text", fifo.toString(), "--into", ws.toString()));
        assertEquals(2, code);
        assertTrue(err().contains("not a regular file"), err());
    }

    // 3. data loss

    @Test
    void exportNeverWritesOntoAWorkspaceFile() throws Exception {
        Path ws = ws();
        for (Path target : new Path[] {Path.of(batch(ws)), review(ws), ws.resolve("reviewers.yaml"),
                ws.resolve("corpus/000_c08bf2e11786672a.txt")}) {
            byte[] before = Files.readAllBytes(target);
            assertEquals(2, run("export", batch(ws), "-o", target.toString()), target.toString());
            assertTrue(err().contains("workspace file"), err());
            assertArrayEquals(before, Files.readAllBytes(target), target + " was changed");
        }
        assertEquals(0, run("export", batch(ws), "-o", ws.resolve("exports/post.html").toString()), err());
        assertTrue(Files.readString(ws.resolve("exports/post.html")).contains("<cut/>"));
    }

    // 4. executable markup

    @Test
    void noExecutableUrlOrMarkupReachesEitherFormat() throws Exception {
        Path ws = ws();
        String text = Files.readString(review(ws));
        text = text.replaceFirst("url: \"https://arxiv.org/abs/2005.00341\"", "url: \"javascript:alert(1)\"");
        text = text.replaceFirst("links:\\n", "links:\n      - {label: Data, url: \"data:text/html,<script>alert(2)</script>\"}\n");
        Files.writeString(review(ws), text + "\n<!-- a secret note -->\n\n<script>alert(3)</script>\n\n"
                + "<img src=\"x.png\" onerror=\"alert(4)\">\n\n[click](javascript:alert(5)) and [ok](https://example.org)\n\n"
                + "[ref]: javascript:alert(6)\n\nsee [ref] and [the other review](rfy:review/makeittalk)\n");
        assertEquals(0, run("export", batch(ws)), err());
        String html = out();
        assertFalse(html.contains("javascript:") || html.contains("data:text") || html.contains("<script")
                || html.contains("onerror") || html.contains("secret note"), html);
        assertTrue(html.contains("https://example.org"), html);
        assertTrue(err().contains("not a web address") && err().contains("comment"), err());
        assertEquals(0, run("export", batch(ws), "--format", "habr-md"), err());
        String md = out();
        assertFalse(md.contains("javascript:") || md.contains("data:text") || md.contains("<script")
                || md.contains("onerror") || md.contains("secret note"), md);
        assertTrue(md.contains("[ok](https://example.org)"), md);
        assertTrue(md.contains("[the other review](#"), "a link to a review of the post jumps to its heading: " + md);
        assertTrue(err().contains("not a web address") && err().contains("raw HTML"), err());
    }

    // 6. not flagged

    @Test
    void aReviewListedTwiceInABatchIsAnErrorAndExportedOnce() throws Exception {
        Path ws = ws();
        Path b = Path.of(batch(ws));
        Files.writeString(b, Files.readString(b).replace("reviews: [pretrr-earl, makeittalk,",
                "reviews: [pretrr-earl, makeittalk, pretrr-earl,"));
        assertEquals(1, run("validate", ws.toString()));
        assertTrue(out().contains("batches/2020-05-part-1.md:8:") && out().contains("listed twice"), out());
    }

    @Test
    void aDuplicateYamlKeyIsAnErrorAtItsLine() throws Exception {
        Path ws = ws();
        Files.writeString(review(ws), Files.readString(review(ws)).replaceFirst("status: ", "status: draft\nstatus: "));
        assertEquals(1, run("validate", ws.toString()));
        assertTrue(out().contains("jukebox.md:4:") && out().contains("duplicate key 'status'"), out());
    }

    // 7. other users

    @Test
    void anUnreadableReviewIsAFindingAndTheRestIsChecked() throws Exception {
        Path ws = ws();
        // /proc/self/mem cannot be read from offset 0, even by root: it stands in for a file of another user
        Path unreadable = ws.resolve("reviews/2020-05/zz-unreadable.md");
        Files.createSymbolicLink(unreadable, Path.of("/proc/self/mem"));
        assertEquals(1, run("validate", ws.toString()));
        assertTrue(out().contains("reviews/2020-05/zz-unreadable.md:1:1: error store.unreadable"), out() + err());
        assertTrue(out().contains("jukebox") || !out().contains("Exception"), out());
        assertFalse(err().contains("Exception"), err());
    }

    @Test
    void anUnreadableFolderIsAFindingNotARawException() throws Exception {
        Path ws = ws();
        Path folder = ws.resolve("reviews/2020-05");
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        try {
            assertEquals(1, runWithoutPrivileges("validate", ws.toString()), out() + err());
            assertTrue(out().contains("reviews/2020-05:1:1: error store.unreadable"), out() + err());
            assertTrue(out().contains("permission denied"), out());
            assertFalse(err().contains("AccessDeniedException"), err());
        } finally {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anUnreadableCorpusDocumentIsAFindingAndTheOthersAreStillScanned() throws Exception {
        Path ws = ws();
        assertEquals(0, run("validate", ws.toString()), out() + err());
        String cleanReport = out();
        assertEquals(0, run("mentions", ws.toString()), err());
        String cleanMentions = out();
        assertFalse(cleanMentions.isEmpty(), "the sample's corpus names its papers");

        // what cannot be read, for root too: a read error, bytes that are not UTF-8, a folder and a dangling link
        Path corpus = ws.resolve("corpus");
        Files.createSymbolicLink(corpus.resolve("a-mem.txt"), Path.of("/proc/self/mem"));
        Files.write(corpus.resolve("b-latin1.txt"), "line one\nJukebox \u00e9t\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.createDirectory(corpus.resolve("c-folder.html"));
        Files.createSymbolicLink(corpus.resolve("d-gone.txt"), Path.of("no-such-document.txt"));
        Files.writeString(corpus.resolve("e-result.json"), "{\"messages\": [\n  {\"id\": 1,,}\n]}\n");
        Files.createDirectory(corpus.resolve("old")); // a folder of the user's own: not a document, not a finding

        assertEquals(1, run("validate", ws.toString()), out() + err());
        String report = out();
        assertTrue(report.contains("corpus/a-mem.txt:1:1: error store.unreadable the corpus document cannot be read ("),
                report);
        assertTrue(report.contains("corpus/b-latin1.txt:2:9: error store.unreadable") && report.contains("not valid UTF-8"),
                report);
        assertTrue(report.contains("corpus/c-folder.html:1:1: error store.unreadable") && report.contains("a folder"), report);
        assertTrue(report.contains("corpus/d-gone.txt:1:1: error store.unreadable") && report.contains("does not exist"),
                report);
        assertTrue(report.contains("corpus/e-result.json:2:") && report.contains("e-result.json"), report);
        assertFalse(report.contains("corpus/old"), report);
        assertFalse(report.contains(corpus.toString()), "the finding names the document, not the machine's path: " + report);
        // the rest is checked as before: every other line is the clean workspace's
        String others = report.lines().filter(l -> !l.contains("store.unreadable")).collect(java.util.stream.Collectors
                .joining("\n", "", "\n"));
        assertEquals(cleanReport, others);

        assertEquals(0, run("mentions", ws.toString()), err());
        assertEquals(cleanMentions, out(), "the readable document's mentions, all of them");
        for (String doc : new String[] {"a-mem.txt:1:1", "b-latin1.txt:2:9", "c-folder.html:1:1", "d-gone.txt:1:1",
                "e-result.json:2:"}) {
            assertTrue(err().contains("warning: corpus/" + doc), doc + " in " + err());
        }
        assertFalse(err().contains("Exception"), err());
        // a listing that misses a document is not kept: the next run says so again
        assertEquals(0, run("mentions", ws.toString()), err());
        assertEquals(cleanMentions, out());
        assertTrue(err().contains("warning: corpus/a-mem.txt:1:1"), "the second run warns too: " + err());
    }

    @Test
    void aCorpusDocumentWithoutReadPermissionIsAFinding() throws Exception {
        Path ws = ws();
        Path doc = ws.resolve("corpus/zz-private.txt");
        Files.writeString(doc, "Jukebox\n");
        Files.setPosixFilePermissions(doc, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        assertEquals(1, runWithoutPrivileges("validate", ws.toString()), out() + err());
        assertTrue(out().contains("corpus/zz-private.txt:1:1: error store.unreadable the corpus document cannot be read"
                + " (permission denied)"), out() + err());
        assertEquals(0, runWithoutPrivileges("mentions", ws.toString()), err());
        assertTrue(err().contains("warning: corpus/zz-private.txt:1:1:"), err());
        assertTrue(out().contains("000_c08bf2e11786672a"), out());
    }

    /**
     * Runs the command so that file modes apply: in this JVM for a user, and for root (CI runs as root, and root
     * reads every file whatever its mode) in a JVM without the capabilities that bypass them (capsh drops
     * CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH), so that the permission errors are really met.
     */
    private int runWithoutPrivileges(String... args) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return run(args);
        }
        Path capsh = Path.of("/usr/sbin/capsh");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(capsh),
                "running as root without capsh (package libcap2-bin): file modes cannot be checked");
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(capsh.toString(),
                "--drop=cap_dac_override,cap_dac_read_search", "--", "-c",
                "java=\"$0\"; cp=\"$1\"; shift; exec \"$java\" -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8"
                        + " -Dsun.stderr.encoding=UTF-8 -cp \"$cp\" " + RfyMain.class.getName() + " \"$@\"",
                ProcessHandle.current().info().command().orElse("java"), System.getProperty("java.class.path")));
        command.addAll(java.util.List.of(args));
        Path stderrFile = dir.resolve("stderr-" + System.nanoTime());
        Process p = new ProcessBuilder(command).redirectError(stderrFile.toFile()).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        int code = p.waitFor();
        byte[] stderr = Files.readAllBytes(stderrFile);
        out.reset();
        err.reset();
        out.write(stdout);
        err.write(stderr);
        return code;
    }

    // 8. imprecise or odd

    @Test
    void anEmptyWorkspaceArgumentIsAUsageError() {
        assertEquals(2, run("validate", ""));
        assertTrue(err().contains("empty argument"), err());
    }

    @Test
    void tooLargeAndMisplacedFilesHaveALine() throws Exception {
        Path ws = ws();
        Files.writeString(ws.resolve("reviews/stray.md"), "---\n---\n");
        Files.write(ws.resolve("reviews/2020-05/huge.md"), new byte[5 << 20]);
        run("validate", ws.toString());
        assertTrue(out().contains("reviews/stray.md:1:1: warning store.misplaced-file"), out());
        assertTrue(out().contains("reviews/2020-05/huge.md:1:1: error store.too-large"), out());
        assertFalse(out().contains(":0:0"), out());
    }

    @Test
    void aHabrTextWithAHugeLineIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path seed = Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt");
        String text = Files.readString(seed);
        int cut = text.indexOf("\n", text.indexOf("Привет, Хабр"));
        Path big = dir.resolve("big.txt");
        Files.writeString(big, text.substring(0, cut) + " " + "слово ".repeat(900_000) + text.substring(cut));
        Path target = dir.resolve("import-ws");
        assertEquals(2, run("import", "habr-text", big.toString(), "--into", target.toString()));
        assertTrue(err().contains("MB limit of a workspace file"), err());
        assertFalse(Files.exists(target.resolve("batches")), "nothing is written");
    }

    // deliverable 2: no silent failure

    @Test
    void anUnhandledErrorIsReportedWithALogAndExit70() throws Exception {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(e, true, StandardCharsets.UTF_8);
        int code = Rfy.guarded("export", () -> {
            throw new StackOverflowError();
        }, errStream);
        assertEquals(70, code);
        String message = e.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("rfy: internal error: StackOverflowError"), message);
        String log = message.substring(message.indexOf("(details in ") + 12, message.lastIndexOf(')'));
        assertTrue(Files.readString(Path.of(log)).contains("java.lang.StackOverflowError"), log);
    }
}
