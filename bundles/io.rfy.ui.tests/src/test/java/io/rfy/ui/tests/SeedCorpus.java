package io.rfy.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import io.rfy.store.FolderCopy;

/** A copy of examples/sample-ws with the seed digests and channel pages (seeds 000-003) as its corpus. */
final class SeedCorpus {

    static final String DIGEST = "000_c08bf2e11786672a";
    static final String CHANNEL = "001_d84b8b19dd66ab17";

    private SeedCorpus() {
    }

    static List<Path> seeds() throws IOException {
        try (Stream<Path> list = Files.list(Ui.repo().resolve("seeds"))) {
            return list.filter(p -> p.getFileName().toString().matches("00[0-3]_.*\\.txt")).sorted().toList();
        }
    }

    /** The scratch folder of a new sample workspace with the seeds in corpus/; {@code edit} runs before it opens. */
    static IProject project(String name, FolderEdit edit) throws IOException, CoreException {
        Path dir = Files.createTempDirectory("rfy-ui-").resolve(name);
        FolderCopy.copy(Ui.repo().resolve("examples/sample-ws"), dir);
        for (Path seed : seeds()) {
            Files.copy(seed, dir.resolve("corpus").resolve(seed.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
        edit.apply(dir);
        return Ui.open(dir);
    }

    static IProject project(String name) throws IOException, CoreException {
        return project(name, dir -> { });
    }

    interface FolderEdit {
        void apply(Path dir) throws IOException;
    }
}
