package io.rfy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Plain JUnit 5 test (no OSGi): run by maven-surefire-plugin inside the eclipse-plugin build. */
class RfyTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
    	return new Rfy(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
    			.run(args);
    }

    @Test
    void versionPrintsNameAndVersion() {
    	assertEquals(0, run("--version"));
    	assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("rfy 0.1.0"), out::toString);
    	assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsUsage() {
    	assertEquals(0, run("--help"));
    	assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: rfy"));
    }

    @Test
    void unknownCommandIsAUsageError() {
    	assertEquals(2, run("--bogus"));
    	assertEquals("", out.toString(StandardCharsets.UTF_8));
    	assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command '--bogus'"));
    }

    @Test
    void noCommandIsAUsageError() {
    	assertEquals(2, run());
    	assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: rfy"));
    }

    @Test
    void benchIsNotInTheProductAndSaysWhereItIs() {
    	assertEquals(2, run("bench", "mentions"));
    	assertEquals("", out.toString(StandardCharsets.UTF_8));
    	assertTrue(err.toString(StandardCharsets.UTF_8).contains("releng/bench/peers.sh"), err::toString);
    	assertTrue(run("--help") == 0
    			&& !out.toString(StandardCharsets.UTF_8).contains("  bench "), "--help lists no bench command");
    }

    @Test
    void linkOptionsAreCheckedBeforeAnythingIsLoaded() {
    	assertEquals(2, run("validate", "no-such-ws", "--online", "--max-concurrency", "0"));
    	assertTrue(err.toString(StandardCharsets.UTF_8).contains("--max-concurrency takes a number of 1 or more"), err::toString);
    	assertEquals(2, run("validate", "no-such-ws", "--online", "--accept", "200..=2x9"));
    	assertTrue(err.toString(StandardCharsets.UTF_8).contains("--accept: '200..=2x9' is not an HTTP status"), err::toString);
    	assertEquals(2, run("validate", "no-such-ws", "--online", "--host-interval", "-5"));
    	assertTrue(err.toString(StandardCharsets.UTF_8).contains("--host-interval is milliseconds"), err::toString);
    }
}
