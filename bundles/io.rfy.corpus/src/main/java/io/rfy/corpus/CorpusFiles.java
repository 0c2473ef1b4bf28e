package io.rfy.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.rfy.store.AtomicFile;
import io.rfy.store.RfyWorkspace;

/** Adds documents to a workspace's {@code corpus/}, as given: the bytes are copied, never converted. */
public final class CorpusFiles {

    static final Set<String> FORMATS = Set.of("txt", "html", "htm", "json");

    private CorpusFiles() {
    }

    /**
     * Checks every file first (readable as a corpus document, no different file of the same name in the corpus),
     * then copies them; so a bad file stops the whole add before anything is copied.
     *
     * @return the workspace-relative paths written (a file already there with the same bytes is not written again)
     */
    public static List<String> add(List<Path> files, Path workspace) throws IOException {
        Path corpus = workspace.resolve(RfyWorkspace.CORPUS);
        List<Path> toCopy = new ArrayList<>();
        java.util.Map<String, Path> ids = new java.util.HashMap<>();
        if (Files.isDirectory(corpus)) {
            try (java.util.stream.Stream<Path> list = Files.list(corpus)) {
                list.filter(Files::isRegularFile).forEach(existing -> ids.put(CorpusText.id(existing), existing));
            }
        }
        java.util.Map<String, Path> given = new java.util.HashMap<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                // a FIFO or device would block the add for ever
                throw new IOException(file + ": not a regular file" + (Files.isDirectory(file) ? " (a folder)" : ""));
            }
            String name = file.getFileName().toString();
            Path twin = given.put(name, file);
            if (twin != null && !Arrays.equals(Files.readAllBytes(twin), Files.readAllBytes(file))) {
                throw new IOException(twin + " and " + file + " would both be " + RfyWorkspace.CORPUS + "/" + name
                        + "; rename one (the file name is the document id)");
            }
            Path sameId = ids.get(CorpusText.id(file));
            if (sameId != null && !sameId.getFileName().toString().equals(name)) {
                throw new IOException(file + ": the corpus already has a document '" + CorpusText.id(file) + "' ("
                        + RfyWorkspace.CORPUS + "/" + sameId.getFileName() + ")");
            }
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (!FORMATS.contains(ext)) {
                throw new IOException(file + ": not a corpus document (" + String.join(", ", FORMATS) + ")");
            }
            CorpusText.read(file); // refuses what cannot be read, before anything is copied
            Path target = corpus.resolve(name);
            if (Files.exists(target)) {
                if (Arrays.equals(Files.readAllBytes(target), Files.readAllBytes(file))) {
                    continue;
                }
                throw new IOException(RfyWorkspace.CORPUS + "/" + name + " already exists with other content");
            }
            if (twin == null) {
                toCopy.add(file);
            }
        }
        List<String> written = new ArrayList<>();
        for (Path file : toCopy) {
            AtomicFile.write(corpus.resolve(file.getFileName().toString()), Files.readAllBytes(file));
            written.add(RfyWorkspace.CORPUS + "/" + file.getFileName());
        }
        return written;
    }
}
