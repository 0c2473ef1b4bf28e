package io.rfy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The sample workspace and seeds of the repository, found from the test's working folder. One copy for the plain
 * tests of every core bundle: the root pom adds this folder as a test source folder to each bundle with
 * {@code src/test/java} (profile {@code shared-test-support}); it is never packaged.
 */
public final class Samples {

    private Samples() {
    }

    public static Path repository() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/sample-ws")) && Files.isDirectory(p.resolve("seeds"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
    }

    /**
     * The shared test data beside the repository ({@code ../shared/testdata/<part>}: real answers of public services,
     * see its PROVENANCE.md), or null when it is not there; tests that need it skip with a message then.
     */
    public static Path sharedTestData(String part) {
        Path p = repository().resolve("../shared/testdata").resolve(part).normalize();
        return Files.exists(p) ? p : null;
    }

    public static Path sampleWorkspace() {
        return repository().resolve("examples/sample-ws");
    }

    /** A private copy of the sample workspace, for tests that write. */
    public static Path copyOfSample(Path target) {
        Path source = sampleWorkspace();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
