package io.rfy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The last line of defence of the rfy command: an error no command handled (a bug, or input no reader bounded) is
 * never silent. The trace goes to a log file of the user's; stderr gets one line naming it, and the exit code is 70
 * (EX_SOFTWARE), which no command returns for a finding or bad input.
 */
final class InternalErrorReport {

    static final int EXIT_INTERNAL = 70;

    private InternalErrorReport() {
    }

    /** Writes the report; returns the exit code. Never throws, whatever the state of the disk or the heap. */
    static int report(String command, Throwable t, java.io.PrintStream err) {
        String what = describe(t);
        String log;
        try {
            log = write(command, t).toString();
        } catch (Throwable cannot) {
            log = "no log: " + describe(cannot);
        }
        err.println(CliMessages.get("rfy.internal", what, log));
        err.flush();
        return EXIT_INTERNAL;
    }

    /** "StackOverflowError in RubricLayout.tocEntry" or "IllegalStateException: the message". */
    static String describe(Throwable t) {
        String name = t.getClass().getSimpleName();
        String message = t.getMessage();
        if (message != null && !message.isBlank()) {
            message = message.strip();
            int nl = message.indexOf('\n');
            return name + ": " + (nl < 0 ? message : message.substring(0, nl));
        }
        StackTraceElement[] trace = t.getStackTrace();
        for (StackTraceElement e : trace) {
            if (e.getClassName().startsWith("io.rfy.")) {
                String cls = e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1);
                return name + " in " + cls + "." + e.getMethodName();
            }
        }
        return name;
    }

    /** Appends to {@code rfy.log} in the first writable of $XDG_STATE_HOME/rfy, ~/.local/state/rfy and the temp folder. */
    private static Path write(String command, Throwable t) throws IOException {
        StringWriter trace = new StringWriter();
        try (PrintWriter w = new PrintWriter(trace)) {
            w.println(Instant.now() + " rfy " + command + " (rfy " + Rfy.VERSION + ", Java "
                    + System.getProperty("java.version") + ")");
            // a StackOverflowError's trace is thousands of identical frames: the first 200 tell the story
            StackTraceElement[] frames = t.getStackTrace();
            if (frames.length > 200) {
                t.setStackTrace(java.util.Arrays.copyOf(frames, 200));
            }
            t.printStackTrace(w);
            w.println();
        }
        IOException last = null;
        for (Path dir : logFolders()) {
            try {
                Files.createDirectories(dir);
                Path log = dir.resolve("rfy.log");
                Files.writeString(log, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                return log;
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    static List<Path> logFolders() {
        List<Path> dirs = new ArrayList<>();
        String override = System.getenv("RFY_LOG_DIR");
        if (override != null && !override.isBlank()) {
            dirs.add(Path.of(override));
        }
        String state = System.getenv("XDG_STATE_HOME");
        if (state != null && !state.isBlank() && Path.of(state).isAbsolute()) {
            dirs.add(Path.of(state, "rfy"));
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && !home.equals("?")) {
            dirs.add(Path.of(home, ".local", "state", "rfy"));
        }
        dirs.add(Path.of(System.getProperty("java.io.tmpdir"), "rfy-" + System.getProperty("user.name", "user")));
        return dirs;
    }
}
