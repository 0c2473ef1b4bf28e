package io.rfy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Plain JUnit 5 test (no OSGi): run by maven-surefire-plugin inside the eclipse-plugin build. */
class RfyTest {

    private final InProcessRfy rfy = new InProcessRfy();

    @Test
    void versionPrintsNameAndVersion() {
    	assertEquals(0, rfy.run("--version"));
    	assertTrue(rfy.out().startsWith("rfy 0.1.0"), rfy::out);
    	assertEquals("", rfy.err());
    }

    @Test
    void helpPrintsUsage() {
    	assertEquals(0, rfy.run("--help"));
    	assertTrue(rfy.out().contains("Usage: rfy"));
    }

    @Test
    void unknownCommandIsAUsageError() {
    	assertEquals(2, rfy.run("--bogus"));
    	assertEquals("", rfy.out());
    	assertTrue(rfy.err().contains("unknown command '--bogus'"));
    }

    @Test
    void noCommandIsAUsageError() {
    	assertEquals(2, rfy.run());
    	assertTrue(rfy.err().contains("Usage: rfy"));
    }

    @Test
    void benchIsNotInTheProductAndSaysWhereItIs() {
    	assertEquals(2, rfy.run("bench", "mentions"));
    	assertEquals("", rfy.out());
    	assertTrue(rfy.err().contains("releng/bench/peers.sh"), rfy::err);
    	assertTrue(rfy.run("--help") == 0
    			&& !rfy.out().contains("  bench "), "--help lists no bench command");
    }

    @Test
    void linkOptionsAreCheckedBeforeAnythingIsLoaded() {
    	assertEquals(2, rfy.run("validate", "no-such-ws", "--online", "--max-concurrency", "0"));
    	assertTrue(rfy.err().contains("--max-concurrency takes a number of 1 or more"), rfy::err);
    	assertEquals(2, rfy.run("validate", "no-such-ws", "--online", "--accept", "200..=2x9"));
    	assertTrue(rfy.err().contains("--accept: '200..=2x9' is not an HTTP status"), rfy::err);
    	assertEquals(2, rfy.run("validate", "no-such-ws", "--online", "--host-interval", "-5"));
    	assertTrue(rfy.err().contains("--host-interval is milliseconds"), rfy::err);
    }
}
