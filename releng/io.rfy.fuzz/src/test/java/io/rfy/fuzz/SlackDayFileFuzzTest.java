package io.rfy.fuzz;

import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.rfy.testsupport.Samples;

/**
 * Any bytes as one day file of a Slack export (the channel's messages of 2020-05-07, beside seed 004's other days,
 * users and channels): {@code rfy import slack} ends with 0, 1 or 2; what it wrote becomes a batch
 * ({@code rfy new batch}) that validates and exports safely (a message's {@code <url|label>} and mrkdwn reach the post).
 */
class SlackDayFileFuzzTest {

    private static final Path DIR = RfyFuzz.tempDir();
    private static final Path EXPORT = DIR.resolve("export");

    static {
        RfyFuzz.copyTree(Samples.repository().resolve("releng/test-support/slack-004"), EXPORT);
    }

    @FuzzTest(maxDuration = RfyFuzz.DURATION)
    void slackDayFile(byte[] bytes) {
        RfyFuzz.write(EXPORT.resolve("article_essense/2020-05-07.json"), bytes);
        Path ws = DIR.resolve("ws");
        RfyFuzz.deleteTree(ws);
        RfyFuzz.importSlack(EXPORT, ws);
    }
}
