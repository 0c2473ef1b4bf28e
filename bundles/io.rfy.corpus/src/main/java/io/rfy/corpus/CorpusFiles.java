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
        return add(files, workspace, null);
    }

    /**
     * As {@link #add(List, Path)}; a full-account Telegram export ({@code result.json} with {@code chats.list}) becomes
     * one document per chat, {@code <file>-<chat id>.json} holding that chat's JSON as the export has it.
     *
     * @param chat the one chat of full-account exports to add (its name or id), or null for all of them
     */
    public static List<String> add(List<Path> files, Path workspace, String chat) throws IOException {
        Path split = Files.createTempDirectory("rfy-corpus-");
        try {
            List<Path> expanded = new ArrayList<>();
            for (Path file : files) {
                expanded.addAll(splitByChat(file, chat, split));
            }
            return addFiles(expanded, workspace);
        } finally {
            try (java.util.stream.Stream<Path> walk = Files.walk(split)) {
                for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The file itself, or for a full-account Telegram export its chats (the one named) as files in {@code folder}. */
    private static List<Path> splitByChat(Path file, String chat, Path folder) throws IOException {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".json") || !Files.isRegularFile(file)) {
            return List.of(file);
        }
        String text;
        try {
            text = io.rfy.store.StrictUtf8.decode(Files.readAllBytes(file));
        } catch (io.rfy.store.StrictUtf8.MalformedException e) {
            return List.of(file); // the reader reports it with its line
        }
        List<TelegramExport.Chat> chats = TelegramExport.chats(text, name);
        if (chats == null) {
            return List.of(file);
        }
        List<TelegramExport.Chat> picked = chats.stream().filter(c -> chat == null || chat.equalsIgnoreCase(c.name())
                || chat.equals(c.id())).toList();
        if (picked.isEmpty()) {
            throw new IOException(file + ": no chat '" + chat + "' in this export (it has: " + String.join(", ",
                    chats.stream().map(c -> (c.name() == null ? "(no name)" : c.name()) + " [" + c.id() + "]").toList())
                    + ")");
        }
        String stem = CorpusText.id(file);
        List<Path> out = new ArrayList<>();
        for (TelegramExport.Chat c : picked) {
            Path part = folder.resolve(stem + "-" + c.id().replaceAll("[^A-Za-z0-9_-]", "_") + ".json");
            Files.writeString(part, c.json() + "\n", java.nio.charset.StandardCharsets.UTF_8);
            out.add(part);
        }
        return out;
    }

    private static List<String> addFiles(List<Path> files, Path workspace) throws IOException {
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
