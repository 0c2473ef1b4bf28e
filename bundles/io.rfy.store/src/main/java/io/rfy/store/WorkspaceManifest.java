package io.rfy.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A cheap fingerprint of everything a workspace's tools read: the path, size and modification time of
 * {@code reviewers.yaml} and of every file under {@code reviews/}, {@code batches/} and {@code corpus/} (the cache
 * folder {@code .rfy/} excepted), taken without reading any file. Two equal digests mean the files were not changed,
 * added, removed or renamed between the two looks, as far as size and time tell; a result computed from the files
 * can then be reused. A file modified within {@link #RACY_MILLIS} of the look may still change within the same
 * timestamp, so such a manifest is not {@link #settled()} and must not key anything kept (as Git treats racy
 * files).
 */
public final class WorkspaceManifest {

    /** Files modified this recently before the look cannot be told apart by their time from a later write. */
    public static final long RACY_MILLIS = 2000;

    private final String digest;
    private final int files;
    private final boolean settled;

    private WorkspaceManifest(String digest, int files, boolean settled) {
        this.digest = digest;
        this.files = files;
        this.settled = settled;
    }

    /** Looks at the workspace's files now (their attributes only). */
    public static WorkspaceManifest of(Path root) throws IOException {
        Path r = root.toAbsolutePath().normalize();
        long now = System.currentTimeMillis();
        MessageDigest sha = sha256();
        List<String> lines = new ArrayList<>();
        boolean[] racy = {false};
        Path reviewers = r.resolve(WorkspaceLayout.REVIEWERS_FILE);
        if (Files.exists(reviewers)) {
            lines.add(line(r, reviewers, Files.readAttributes(reviewers, BasicFileAttributes.class), now, racy));
        }
        for (String folder : List.of(WorkspaceLayout.REVIEWS, WorkspaceLayout.BATCHES, WorkspaceLayout.CORPUS)) {
            Path dir = r.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            // the loader follows symbolic links to files; their targets' attributes are what it reads
            Files.walkFileTree(dir, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            lines.add(r.relativize(d) + "/");
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                            lines.add(line(r, p, attrs, now, racy));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path p, IOException e) {
                            // an unreadable file or folder is reported by the loader; here it only never matches
                            lines.add(r.relativize(p) + " unreadable " + now);
                            racy[0] = true;
                            return FileVisitResult.CONTINUE;
                        }
                    });
        }
        lines.sort(null);
        for (String line : lines) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return new WorkspaceManifest(HexFormat.of().formatHex(sha.digest()), lines.size(), !racy[0]);
    }

    private static String line(Path root, Path file, BasicFileAttributes attrs, long now, boolean[] racy) {
        long modified = attrs.lastModifiedTime().toMillis();
        if (now - modified < RACY_MILLIS) {
            racy[0] = true;
        }
        return root.relativize(file) + " " + attrs.size() + " " + attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)
                + (attrs.isRegularFile() ? "" : " other");
    }

    /** SHA-256 of the sorted lines {@code <relative path> <size> <mtime ns>} (folders as {@code <path>/}). */
    public String digest() {
        return digest;
    }

    /** How many files and folders were looked at. */
    public int entries() {
        return files;
    }

    /** False when a file was modified too recently (or could not be looked at) for its time to tell a change. */
    public boolean settled() {
        return settled;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }
}
