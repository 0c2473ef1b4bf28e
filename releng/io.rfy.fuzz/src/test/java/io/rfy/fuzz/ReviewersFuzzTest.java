package io.rfy.fuzz;

import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes as reviewers.yaml: validate and export never fail with an internal error; exports stay safe. */
class ReviewersFuzzTest {

    private static final Path WS = RfyFuzz.sample(RfyFuzz.tempDir());

    @FuzzTest(maxDuration = RfyFuzz.DURATION)
    void reviewers(byte[] bytes) {
        RfyFuzz.write(WS.resolve("reviewers.yaml"), bytes);
        RfyFuzz.validateAndExport(WS);
    }
}
