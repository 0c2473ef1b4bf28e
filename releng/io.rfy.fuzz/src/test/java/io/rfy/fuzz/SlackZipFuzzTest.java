package io.rfy.fuzz;

import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes as a Slack export zip (the kept inputs: seed 004's export zipped, in a top folder, with a {@code ../}
 * entry, with a day file that inflates past the 32 MB bound while its header says 1 KB): {@code rfy import slack}
 * ends with 0, 1 or 2, never writes outside the workspace, and what it wrote becomes a batch that validates and
 * exports safely.
 */
class SlackZipFuzzTest {

    private static final Path DIR = RfyFuzz.tempDir();

    @FuzzTest(maxDuration = RfyFuzz.DURATION)
    void slackZip(byte[] bytes) {
        Path zip = DIR.resolve("in/export.zip");
        RfyFuzz.write(zip, bytes);
        Path ws = DIR.resolve("out/ws");
        RfyFuzz.deleteTree(DIR.resolve("out"));
        RfyFuzz.importSlack(zip, ws);
        RfyFuzz.onlyWroteInto(DIR.resolve("out"), ws);
    }
}
