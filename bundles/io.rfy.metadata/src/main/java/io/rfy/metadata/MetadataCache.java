package io.rfy.metadata;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import io.rfy.store.AtomicFile;

/**
 * The services' answers, kept as they came under {@code <ws>/.rfy/metadata/<service>/<key>.<xml|json>}: asked once,
 * read from here after (a paper's metadata hardly changes; delete the file to ask again). Only answers that were
 * read into a record are kept, so an error page or a throttling notice never stands in for a paper.
 */
public final class MetadataCache {

    private final Path root;

    /** @param root the cache folder, normally {@link #folderOf(Path)} of the workspace; null for no cache */
    public MetadataCache(Path root) {
        this.root = root;
    }

    public static Path folderOf(Path workspace) {
        return workspace.resolve(".rfy").resolve("metadata");
    }

    Optional<String> read(String service, String key, String extension) throws MetadataException {
        if (root == null) {
            return Optional.empty();
        }
        Path file = file(service, key, extension);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MetadataException("cannot read the cached answer " + file + ": " + e.getMessage(), e);
        }
    }

    /** Keeps an answer; a cache that cannot be written costs a request next time, so it only says so. */
    Optional<String> write(String service, String key, String extension, String body) {
        if (root == null) {
            return Optional.empty();
        }
        Path file = file(service, key, extension);
        try {
            AtomicFile.write(file, body.getBytes(StandardCharsets.UTF_8));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("the answer was not cached (" + file + ": " + e.getMessage() + ")");
        }
    }

    Path file(String service, String key, String extension) {
        // ids and DOIs hold '/' and ':'; encoded, every key is one plain file name
        String name = URLEncoder.encode(key, StandardCharsets.UTF_8).replace("*", "%2A");
        return root.resolve(service.toLowerCase(Locale.ROOT)).resolve(name + "." + extension);
    }

    /** Where the answer for this key is or would be kept, for messages. */
    String describe(String service, String key, String extension) {
        return root == null ? "(no cache)" : file(service, key, extension).toString();
    }
}
