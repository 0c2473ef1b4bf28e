package io.rfy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.testsupport.Samples;

/**
 * {@code rfy import slack}, {@code rfy new batch}, then {@code rfy export}, as a user runs them: from the channel
 * export of seed 004's reviews to the Habr post, every URL of the messages in it.
 */
class SlackCommandsTest {

    private final InProcessRfy rfy = new InProcessRfy();

    private static Path export() {
        return Samples.repository().resolve("releng/test-support/slack-004");
    }

    /** Every URL in the export's messages: {@code <https://...|label>}, {@code <https://...>} and the files' URLs. */
    private static List<String> urlsInMessages() throws Exception {
        List<String> urls = new ArrayList<>();
        Pattern url = Pattern.compile("<(https://[^|>]+)\\|[^>]*>|\"url_private\": \"([^\"]+)\"");
        try (Stream<Path> days = Files.list(export().resolve("article_essense"))) {
            for (Path day : days.sorted().toList()) {
                Matcher m = url.matcher(Files.readString(day));
                while (m.find()) {
                    String u = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!urls.contains(u)) {
                        urls.add(u);
                    }
                }
            }
        }
        return urls;
    }

    @Test
    void importSlackThenNewBatchThenExportKeepsEveryUrl(@TempDir Path dir) throws Exception {
        // the published post, as the Habr text import reads seed 004
        String published = dir.resolve("published").toString();
        assertEquals(0, rfy.run("import", "habr-text", Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt").toString(),
                "--into", published));
        // the editor's workspace knows the reviewers (their Habr handles are not in Slack); the import matches them
        String ws = dir.resolve("ws").toString();
        Files.createDirectories(dir.resolve("ws"));
        Files.copy(dir.resolve("published/reviewers.yaml"), dir.resolve("ws/reviewers.yaml"));
        assertEquals(0, rfy.run("import", "slack", export().toString(), "--channel", "article_essense", "--into", ws), rfy.err());
        assertEquals(7, rfy.out().lines().count(), "7 reviews, every reviewer matched by the Slack handle: " + rfy.out());
        assertTrue(rfy.err().contains("#article_essense: 13 message(s) in 12 day file(s): 7 review(s) (7 new, 0 updated,"
                + " 0 unchanged, 0 kept as edited), 6 skipped"), rfy.err());
        assertTrue(rfy.err().contains("skipped: 2020-05-09 Артем Родичев «Кто-нибудь уже смотрел *Jukebox*? Код выложили:"), rfy.err());
        assertTrue(rfy.err().contains("skipped: 2020-05-04 Александр Бельских «Спасибо, Владимир Бугай! Классный обзор, особенно про кэширо…»: a reply in a thread"), rfy.err());
        assertTrue(rfy.err().contains("2020-05/flowtron: figure 'figure-7-1.png' is on Slack (files.slack.com): re-host it on"
                + " habrastorage before publishing"), rfy.err());

        assertEquals(0, rfy.run("new", "batch", ws, "--period", "2020-05"), rfy.err());
        assertEquals("batches/2020-05-part-1.md\n", rfy.out().replace(System.lineSeparator(), "\n"));
        assertTrue(rfy.err().contains("«Читаем статьи за вас. Май 2020. Часть 1», 7 review(s)"), rfy.err());

        // the drafts are all the checks object to: a person reads them and sets them ready before publishing
        assertEquals(1, rfy.run("validate", ws), rfy.out() + rfy.err());
        List<String> errors = (rfy.out() + rfy.err()).lines().filter(l -> l.contains(": error ")).toList();
        assertEquals(7, errors.size(), errors.toString());
        assertTrue(errors.stream().allMatch(l -> l.contains("rfy.batch.review-not-ready")), errors.toString());

        Path html = dir.resolve("post.html");
        assertEquals(0, rfy.run("export", dir.resolve("ws/batches/2020-05-part-1.md").toString(), "--format", "habr-html", "-o",
                html.toString()), rfy.err());
        String post = Files.readString(html);
        List<String> urls = urlsInMessages();
        assertEquals(17 + 21, urls.size(), "17 links and 21 figures: " + urls);
        for (String u : urls) {
            assertTrue(post.contains("\"" + u.replace("&", "&amp;") + "\""), "the post has " + u);
        }

        // against the published post: same reviews, same header lines, same order
        assertEquals(0, rfy.run("export", dir.resolve("published/batches/2020-05-part-1.md").toString(), "--format", "habr-md"));
        String publishedMd = rfy.out();
        assertEquals(0, rfy.run("export", dir.resolve("ws/batches/2020-05-part-1.md").toString(), "--format", "habr-md"));
        String mine = rfy.out();
        List<String> headerLines = publishedMd.lines().filter(l -> l.matches("#+ .*|\\d+\\. .*|Авторы статьи.*|Автор обзора.*"))
                .toList();
        assertEquals(7 + 8 + 7 + 7, headerLines.size(), headerLines.toString());
        assertEquals(headerLines, mine.lines().filter(l -> l.matches("#+ .*|\\d+\\. .*|Авторы статьи.*|Автор обзора.*")).toList());

        // importing the same export again writes nothing
        assertEquals(0, rfy.run("import", "slack", export().toString(), "--channel", "#article_essense", "--into", ws), rfy.err());
        assertEquals("", rfy.out());
        assertTrue(rfy.err().contains("7 review(s) (0 new, 0 updated, 7 unchanged, 0 kept as edited)"), rfy.err());
        assertEquals(2, rfy.run("new", "batch", ws, "--period", "2020-05"), "every review is in a batch now");
        assertTrue(rfy.err().contains("no review of 2020-05 is left outside a batch"), rfy.err());
    }

    @Test
    void badInputAndUsage(@TempDir Path dir) throws Exception {
        String ws = dir.resolve("ws").toString();
        Path zip = dir.resolve("evil.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("users.json"));
            z.write("[]".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("../../outside.json"));
            z.write("[]".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(2, rfy.run("import", "slack", zip.toString(), "--channel", "general", "--into", ws));
        assertTrue(rfy.err().contains("refused: the zip entry '../../outside.json' points outside the export"), rfy.err());
        assertFalse(Files.exists(dir.resolve("ws")), "nothing written");
        assertEquals(2, rfy.run("import", "slack", export().toString(), "--channel", "random", "--into", ws));
        assertTrue(rfy.err().contains("no channel 'random' (the export has: article_essense)"), rfy.err());
        assertEquals(2, rfy.run("import", "slack", export().toString(), "--into", ws));
        assertEquals(2, rfy.run("import", "slack", export().toString(), "--channel", "article_essense", "--into", ws, "--from",
                "May 1"));
        assertEquals(2, rfy.run("import", "slack", dir.resolve("missing.zip").toString(), "--channel", "x", "--into", ws));
        assertEquals(2, rfy.run("new", "batch", ws, "--period", "2020-13"));
    }

    @Test
    void aPeriodOfDays(@TempDir Path dir) {
        String ws = dir.resolve("ws").toString();
        assertEquals(0, rfy.run("import", "slack", export().toString(), "--channel", "article_essense", "--into", ws, "--from",
                "2020-05-05", "--to", "2020-05-16"));
        assertTrue(rfy.err().contains(": 4 review(s) (4 new,"), rfy.err());
        assertTrue(rfy.out().contains("reviews/2020-05/makeittalk.md") && !rfy.out().contains("efficient-document"), rfy.out());
    }

    /** The public exports import without a crash; what was skipped is listed. */
    @Test
    void realExportsImport(@TempDir Path dir) {
        Path shared = Samples.repository().resolve("../shared/testdata/slack");
        Assumptions.assumeTrue(Files.isDirectory(shared), "no " + shared + ": skipped (shared test data not present)");
        String[][] cases = {{"hfaran-slack-export-viewer/testarchive.zip", "enrique"},
                {"hfaran-slack-export-viewer/testarchive", "traveling-sailor"},
                {"rusq-slackdump/source_export_dir", "B75B4C7"}, {"zulip-slack-fixtures/test_slack_importer", "random"}};
        for (String[] c : cases) {
            assertEquals(0, rfy.run("import", "slack", shared.resolve(c[0]).toString(), "--channel", c[1], "--into",
                    dir.resolve(c[1]).toString()), c[0] + ": " + rfy.err());
            assertTrue(rfy.err().contains("skipped: "), rfy.err());
            assertTrue(rfy.err().matches("(?s).*#" + c[1] + ": \\d+ message\\(s\\) in \\d+ day file\\(s\\): 0 review\\(s\\).*"), rfy.err());
        }
    }
}
