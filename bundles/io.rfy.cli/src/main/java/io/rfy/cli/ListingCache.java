package io.rfy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import io.rfy.store.WorkspaceLayout;
import io.rfy.store.WorkspaceManifest;

/**
 * What a read-only command printed on stdout, kept in {@code .rfy/listings/} under a key made of everything that
 * decides it: the command and its options, the program's version, the language, the workspace folder and the
 * {@link WorkspaceManifest} of its files (path, size and time of each). When nothing of that changed, the command
 * copies the kept output instead of loading the workspace and scanning the corpus again; any change to a file (an
 * edit, a file added, removed or renamed) gives another key, so a kept output is never shown for other files. A
 * manifest with a file modified just now is not {@link WorkspaceManifest#settled() settled} and keys nothing. The
 * newest {@link #KEEP} outputs are kept; the folder can always be deleted.
 */
final class ListingCache {

    static final String FOLDER = WorkspaceLayout.CACHE + "/listings";
    /** The layout of the kept files; a change drops every kept output. */
    private static final String FORMAT = "rfy-listing-1";
    private static final int KEEP = 32;

    private final Path dir;
    private final String key;
    private final String name;
    private final boolean settled;

    /** A kept output: its file and the count of items it lists (for the message on stderr). */
    record Hit(Path output, long count) {
    }

    private ListingCache(Path root, String key, boolean settled) {
        this.dir = root.resolve(FOLDER);
        this.key = key;
        this.name = HexFormat.of().formatHex(sha256(key.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        this.settled = settled;
    }

    /** The cache entry for a command on a workspace folder, keyed on the folder's files as they are now. */
    static ListingCache of(Path root, List<String> command) throws IOException {
        Path r = root.toAbsolutePath().normalize();
        WorkspaceManifest manifest = WorkspaceManifest.of(r);
        String key = String.join("\n", FORMAT, Rfy.version(), CliMessages.locale().toLanguageTag(),
                java.util.Locale.getDefault().toLanguageTag(), r.toString(), String.join("\u0000", command),
                manifest.digest());
        return new ListingCache(r, key, manifest.settled());
    }

    /** The kept output for this key, or null (none, another key, or damaged). */
    Hit lookup() {
        Path keyFile = dir.resolve(name + ".key");
        Path output = dir.resolve(name + ".out");
        try {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(keyFile)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            if (!key.equals(p.getProperty("key")) || Files.size(output) != Long.parseLong(p.getProperty("bytes", "-1"))) {
                return null;
            }
            return new Hit(output, Long.parseLong(p.getProperty("count", "0")));
        } catch (IOException | RuntimeException e) {
            return null; // no entry, or a damaged one: the command runs
        }
    }

    /** Copies a kept output to the stream. */
    static void copy(Hit hit, OutputStream to) throws IOException {
        try (InputStream in = Files.newInputStream(hit.output())) {
            byte[] buffer = new byte[1 << 20];
            for (int n; (n = in.read(buffer)) > 0;) {
                to.write(buffer, 0, n);
            }
        }
        to.flush();
    }

    /**
     * A stream that writes to {@code out} and keeps a copy for this key; {@link Recording#keep} files it once the
     * command has written everything. When the copy cannot be written (a read-only workspace, a full disk) only the
     * copy is given up: the output to {@code out} goes on.
     */
    Recording record(OutputStream out) {
        return new Recording(out);
    }

    final class Recording extends OutputStream {
        private final OutputStream out;
        private OutputStream copy;
        private Path tmp;
        private long bytes;

        Recording(OutputStream out) {
            this.out = out;
            if (!settled) {
                return; // a file changed just now: its time may not tell the next change
            }
            try {
                Files.createDirectories(dir);
                tmp = Files.createTempFile(dir, name, ".tmp");
                copy = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
            } catch (IOException | UnsupportedOperationException e) {
                giveUp();
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            if (copy != null) {
                try {
                    copy.write(b, off, len);
                    bytes += len;
                } catch (IOException e) {
                    giveUp();
                }
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        /** The command wrote everything: the copy becomes the kept output for this key. */
        void keep(long count) {
            if (copy == null) {
                return;
            }
            try {
                copy.close();
                copy = null;
                Path output = dir.resolve(name + ".out");
                Path keyFile = dir.resolve(name + ".key");
                Files.deleteIfExists(keyFile);
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                tmp = null;
                Properties p = new Properties();
                p.setProperty("key", key);
                p.setProperty("bytes", Long.toString(bytes));
                p.setProperty("count", Long.toString(count));
                Path keyTmp = Files.createTempFile(dir, name, ".tmp");
                try (OutputStream o = Files.newOutputStream(keyTmp)) {
                    p.store(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8), null);
                }
                Files.move(keyTmp, keyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                prune();
            } catch (IOException e) {
                giveUp();
            }
        }

        /** Drops the copy (when the command failed, or it could not be written). */
        void discard() {
            giveUp();
        }

        private void giveUp() {
            try {
                if (copy != null) {
                    copy.close();
                }
            } catch (IOException e) {
                // only the copy is lost
            }
            copy = null;
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException e) {
                // a stray temporary file in the cache folder harms nothing
            }
            tmp = null;
        }
    }

    /** Keeps the newest {@link #KEEP} outputs (one per command and options), drops older ones. */
    private void prune() throws IOException {
        List<Path> keys = new ArrayList<>();
        try (var list = Files.list(dir)) {
            list.filter(p -> p.getFileName().toString().endsWith(".key")).forEach(keys::add);
        }
        if (keys.size() <= KEEP) {
            return;
        }
        keys.sort(Comparator.comparing((Path p) -> {
            try {
                return Files.getLastModifiedTime(p);
            } catch (IOException e) {
                return java.nio.file.attribute.FileTime.fromMillis(0);
            }
        }).reversed());
        for (Path k : keys.subList(KEEP, keys.size())) {
            String base = k.getFileName().toString();
            base = base.substring(0, base.length() - ".key".length());
            Files.deleteIfExists(k);
            Files.deleteIfExists(dir.resolve(base + ".out"));
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
