package io.rfy.fuzz;

import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes as a review file: validate and export never fail with an internal error; exports stay safe. */
class ReviewFileFuzzTest {

    private static final Path WS = RfyFuzz.sample(RfyFuzz.tempDir());

    @FuzzTest(maxDuration = RfyFuzz.DURATION)
    void reviewFile(byte[] bytes) {
        RfyFuzz.write(WS.resolve("reviews/2020-05/jukebox.md"), bytes);
        RfyFuzz.validateAndExport(WS);
    }
}
