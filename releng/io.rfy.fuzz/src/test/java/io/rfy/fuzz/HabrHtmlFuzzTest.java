package io.rfy.fuzz;

import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes as a saved Habr page: the import ends with 0, 1 or 2, and what it wrote validates and exports safely. */
class HabrHtmlFuzzTest {

    private static final Path DIR = RfyFuzz.tempDir();

    @FuzzTest(maxDuration = RfyFuzz.DURATION)
    void habrHtml(byte[] bytes) {
        Path input = DIR.resolve("post.html");
        Path ws = DIR.resolve("ws");
        RfyFuzz.deleteTree(ws);
        RfyFuzz.write(input, bytes);
        if (RfyFuzz.rfy("import", "habr-html", input.toString(), "--into", ws.toString()).code() == 0) {
            RfyFuzz.validateAndExport(ws);
        }
    }
}
