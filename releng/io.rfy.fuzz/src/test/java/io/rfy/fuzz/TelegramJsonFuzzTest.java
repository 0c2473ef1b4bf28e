package io.rfy.fuzz;

import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes as a Telegram Desktop result.json: corpus add and mentions end with 0, 1 or 2, never an internal error. */
class TelegramJsonFuzzTest {

    private static final Path DIR = RfyFuzz.tempDir();
    private static final Path WS = RfyFuzz.sample(DIR);

    @FuzzTest(maxDuration = RfyFuzz.DURATION)
    void telegramJson(byte[] bytes) {
        Path input = DIR.resolve("in").resolve("result.json");
        RfyFuzz.write(input, bytes);
        RfyFuzz.deleteTree(WS.resolve("corpus").resolve("result.json"));
        if (RfyFuzz.rfy("corpus", "add", input.toString(), "--into", WS.toString()).code() == 0) {
            RfyFuzz.rfy("mentions", WS.toString(), "--json");
        }
    }
}
