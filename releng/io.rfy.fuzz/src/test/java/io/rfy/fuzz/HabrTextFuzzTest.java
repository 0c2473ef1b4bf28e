package io.rfy.fuzz;

import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes as a plain-text scrape of a Habr post: the import ends with 0, 1 or 2, and what it wrote validates and exports safely. */
class HabrTextFuzzTest {

    private static final Path DIR = RfyFuzz.tempDir();

    @FuzzTest(maxDuration = RfyFuzz.DURATION)
    void habrText(byte[] bytes) {
        Path input = DIR.resolve("post.txt");
        Path ws = DIR.resolve("ws");
        RfyFuzz.deleteTree(ws);
        RfyFuzz.write(input, bytes);
        if (RfyFuzz.rfy("import", "habr-text", input.toString(), "--into", ws.toString()).code() == 0) {
            RfyFuzz.validateAndExport(ws);
        }
    }
}
