package io.rfy.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the bundled sample data lives: {@code $RFY_HOME}, set by the {@code ./rfy} script, else the current folder. */
final class RfyHome {

    private RfyHome() {
    }

    static Path find() {
        String env = System.getenv("RFY_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/sample-ws"))) {
                return p;
            }
        }
        return Path.of("").toAbsolutePath();
    }
}
