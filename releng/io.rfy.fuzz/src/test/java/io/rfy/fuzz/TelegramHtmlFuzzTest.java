package io.rfy.fuzz;

import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes as a Telegram Desktop messages.html: corpus add and mentions end with 0, 1 or 2, never an internal error. */
class TelegramHtmlFuzzTest {

    private static final Path DIR = RfyFuzz.tempDir();
    private static final Path WS = RfyFuzz.sample(DIR);

    @FuzzTest(maxDuration = RfyFuzz.DURATION)
    void telegramHtml(byte[] bytes) {
        Path input = DIR.resolve("in").resolve("messages.html");
        RfyFuzz.write(input, bytes);
        RfyFuzz.deleteTree(WS.resolve("corpus").resolve("messages.html"));
        if (RfyFuzz.rfy("corpus", "add", input.toString(), "--into", WS.toString()).code() == 0) {
            RfyFuzz.rfy("mentions", WS.toString(), "--json");
        }
    }
}
