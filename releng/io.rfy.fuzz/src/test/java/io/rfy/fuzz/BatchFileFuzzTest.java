package io.rfy.fuzz;

import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes as a batch file: validate and export never fail with an internal error; exports stay safe. */
class BatchFileFuzzTest {

    private static final Path WS = RfyFuzz.sample(RfyFuzz.tempDir());

    @FuzzTest(maxDuration = RfyFuzz.DURATION)
    void batchFile(byte[] bytes) {
        RfyFuzz.write(WS.resolve("batches/2020-05-part-1.md"), bytes);
        RfyFuzz.validateAndExport(WS);
    }
}
