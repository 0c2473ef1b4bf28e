package io.rfy.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.testsupport.Samples;

/** The reader on public Slack exports (../shared/testdata/slack) and on hostile ones made here. */
class SlackExportTest {

    private static Path shared(String path) {
        Path p = Samples.repository().resolve("../shared/testdata/slack").resolve(path).normalize();
        Assumptions.assumeTrue(Files.exists(p), "no " + p + ": skipped (shared test data not present)");
        return p;
    }

    /** The 2016 export, as its zip and unpacked: same channels, same messages, nothing read as a review. */
    @Test
    void hfaranZipAndFolderReadTheSame() throws IOException {
        for (String channel : List.of("enrique", "traveling-sailor")) {
            SlackCapture.Result fromZip;
            SlackCapture.Result fromFolder;
            try (SlackExport zip = SlackExport.open(shared("hfaran-slack-export-viewer/testarchive.zip"));
                    SlackExport folder = SlackExport.open(shared("hfaran-slack-export-viewer/testarchive"))) {
                assertEquals(4, zip.users().size());
                assertEquals(zip.channels(), folder.channels());
                fromZip = SlackCapture.read(zip, channel, null, null, null);
                fromFolder = SlackCapture.read(folder, "#" + channel, null, null, null);
            }
            assertEquals(fromZip.messages(), fromFolder.messages());
            assertTrue(fromZip.messages() > 20, channel + ": " + fromZip.messages());
            assertEquals(0, fromZip.reviews().size());
            assertEquals(fromZip.messages(), fromZip.skipped().size(), "every message is listed as skipped");
            assertTrue(fromZip.skipped().stream().anyMatch(s -> s.why().contains("channel event (channel_join)")));
            assertTrue(fromZip.skipped().stream().anyMatch(s -> s.why().contains("bot")), fromZip.skipped().toString());
            assertEquals(fromZip.skipped().toString(), fromFolder.skipped().toString());
        }
    }

    /** A 2025 export: threads, tombstones, bots, the files[] form. */
    @Test
    void rusqModernExport() throws IOException {
        try (SlackExport export = SlackExport.open(shared("rusq-slackdump/source_export_dir"))) {
            SlackCapture.Result r = SlackCapture.read(export, "B75B4C7", null, null, null);
            assertEquals(4, r.dayFiles());
            assertEquals(r.messages(), r.skipped().size() + r.reviews().size());
            assertTrue(r.skipped().stream().anyMatch(s -> s.why().equals("a reply in a thread")), r.skipped().toString());
            assertTrue(r.skipped().stream().anyMatch(s -> s.why().equals("deleted")), r.skipped().toString());
            assertTrue(r.skipped().stream().anyMatch(s -> s.why().startsWith("not a review")), r.skipped().toString());
            SlackCapture.Result day = SlackCapture.read(export, "B75B4C7", java.time.LocalDate.parse("2025-01-11"),
                    java.time.LocalDate.parse("2025-01-11"), null);
            assertEquals(1, day.dayFiles());
        }
    }

    /** Zulip's fixtures: users.json with escapes, a channel folder channels.json does not list, legacy file_share. */
    @Test
    void zulipFixtures() throws IOException {
        try (SlackExport export = SlackExport.open(shared("zulip-slack-fixtures/test_slack_importer"))) {
            assertEquals(4, export.users().size());
            SlackCapture.Result r = SlackCapture.read(export, "random", null, null, null);
            assertEquals(r.messages(), r.skipped().size());
            assertTrue(r.messages() >= 3);
        }
    }

    @Test
    void unknownChannelNamesTheChannelsThereAre() throws IOException {
        try (SlackExport export = SlackExport.open(shared("hfaran-slack-export-viewer/testarchive"))) {
            IOException e = assertThrows(IOException.class, () -> SlackCapture.read(export, "article_essense", null, null, null));
            assertTrue(e.getMessage().contains("no channel 'article_essense'") && e.getMessage().contains("enrique"), e.getMessage());
        }
    }

    @Test
    void zipWithPathsOutsideIsRefused(@TempDir Path dir) throws IOException {
        for (String evil : List.of("../evil.json", "general/../../evil.json", "/etc/evil.json", "C:/evil.json", "a\\..\\b.json")) {
            Path zip = dir.resolve("evil.zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                entry(out, "users.json", "[]");
                entry(out, "channels.json", "[]");
                entry(out, evil, "[]");
            }
            IOException e = assertThrows(IOException.class, () -> SlackExport.open(zip).close(), evil);
            assertTrue(e.getMessage().contains("refused") && e.getMessage().contains(evil), e.getMessage());
        }
    }

    /** A 100 MB day file is refused with its name (folder: before reading; zip: while inflating). */
    @Test
    void hugeDayFileIsRefused(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("export");
        Files.createDirectories(folder.resolve("general"));
        Files.writeString(folder.resolve("users.json"), "[]");
        Files.writeString(folder.resolve("channels.json"), "[{\"id\": \"C1\", \"name\": \"general\"}]");
        try (RandomAccessFile f = new RandomAccessFile(folder.resolve("general/2020-05-01.json").toFile(), "rw")) {
            f.setLength(100L << 20);
        }
        try (SlackExport export = SlackExport.open(folder)) {
            IOException e = assertThrows(IOException.class, () -> SlackCapture.read(export, "general", null, null, null));
            assertTrue(e.getMessage().startsWith("general/2020-05-01.json: larger than 32 MB"), e.getMessage());
        }
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "users.json", "[]");
            entry(out, "channels.json", "[{\"id\": \"C1\", \"name\": \"general\"}]");
            out.putNextEntry(new ZipEntry("general/2020-05-01.json"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                out.write(spaces);
            }
            out.closeEntry();
        }
        try (SlackExport export = SlackExport.open(zip)) {
            IOException e = assertThrows(IOException.class, () -> SlackCapture.read(export, "general", null, null, null));
            assertTrue(e.getMessage().startsWith("general/2020-05-01.json: larger than 32 MB"), e.getMessage());
        }
    }

    @Test
    void malformedJsonIsNamedWithFileAndPosition(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("export");
        Files.createDirectories(folder.resolve("general"));
        Files.writeString(folder.resolve("users.json"), "[]");
        Files.writeString(folder.resolve("channels.json"), "[{\"id\": \"C1\", \"name\": \"general\"}]");
        Files.writeString(folder.resolve("general/2020-05-01.json"), "[\n  {\"type\": \"message\",\n   \"text\": \"a\" \"ts\": \"1\"}\n]");
        try (SlackExport export = SlackExport.open(folder)) {
            IOException e = assertThrows(IOException.class, () -> SlackCapture.read(export, "general", null, null, null));
            assertTrue(e.getMessage().startsWith("general/2020-05-01.json:3:"), e.getMessage());
        }
        Files.write(folder.resolve("users.json"), new byte[] {'[', (byte) 0xC3, ']'});
        IOException e = assertThrows(IOException.class, () -> SlackExport.open(folder).close());
        assertTrue(e.getMessage().startsWith("users.json:1:"), e.getMessage());
        Files.writeString(folder.resolve("users.json"), "{\"not\": \"a list\"}");
        e = assertThrows(IOException.class, () -> SlackExport.open(folder).close());
        assertTrue(e.getMessage().contains("users.json: expected a JSON array"), e.getMessage());
    }

    @Test
    void notAnExport(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.zip"), "not a zip");
        assertTrue(assertThrows(IOException.class, () -> SlackExport.open(dir.resolve("x.zip")).close()).getMessage()
                .contains("not a zip file"));
        Files.createDirectories(dir.resolve("empty"));
        assertTrue(assertThrows(IOException.class, () -> SlackExport.open(dir.resolve("empty")).close()).getMessage()
                .contains("not a Slack workspace export"));
        assertFalse(Files.exists(dir.resolve("empty/.rfy")));
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
