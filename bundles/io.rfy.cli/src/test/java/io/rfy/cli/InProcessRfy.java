package io.rfy.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code rfy} run in this process as a user runs it, with what it printed on stdout and stderr (UTF-8). */
final class InProcessRfy {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A new command whose output goes to this run's buffers, emptied first (to set its environment, then run). */
    Rfy command() {
        out.reset();
        err.reset();
        return new Rfy(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Runs {@code rfy args...}; the exit code. */
    int run(String... args) {
        return command().run(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
