package io.rfy.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old or the new content, never a half-written one: the bytes go to
 * {@code .<name>.<n>.tmp} beside the target, are forced to disk, and the temporary file is moved over the target.
 * <p>
 * The target keeps its mode and owner (a save is an edit, not a new file); a new file gets the mode any program
 * gets under the user's umask (0644 under the usual 022), not the 0600 of a temporary file. A process killed
 * between creating the temporary file and the move leaves it behind: {@link #staleTemporaries} finds such files
 * for the workspace loader to report, and the next save of the same target removes them.
 */
public final class AtomicFile {

    /** {@code .<name>.<digits>.tmp}: the temporary files this class makes (group 1 is the target's name). */
    public static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.(\\d+)\\.tmp");

    /**
     * A temporary file younger than this may belong to a save running right now in another process, so a save
     * leaves it alone; older ones are left from an interrupted save (a save takes milliseconds).
     */
    static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        PosixFileAttributes existing = posixAttributes(target);
        Path temp = createTemporary(dir, target.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (existing != null) {
                keepModeAndOwner(temp, existing);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        for (Path stale : staleTemporaries(dir, target.getFileName().toString())) {
            Files.deleteIfExists(stale);
        }
    }

    /**
     * Created without file attributes, so the mode is 0666 less the umask, as for any new file (a
     * {@link Files#createTempFile} would be 0600, which made saved files private to their owner).
     */
    private static Path createTemporary(Path dir, String name) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static PosixFileAttributes posixAttributes(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view == null ? null : view.readAttributes();
    }

    private static void keepModeAndOwner(Path temp, PosixFileAttributes was) throws IOException {
        Files.setPosixFilePermissions(temp, was.permissions());
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        try {
            if (!view.getOwner().equals(was.owner())) {
                view.setOwner(was.owner());
            }
            if (!Files.readAttributes(temp, PosixFileAttributes.class).group().equals(was.group())) {
                view.setGroup(was.group());
            }
        } catch (IOException e) {
            // only root (or the owner, for a group it belongs to) may hand a file over; then it becomes the saver's,
            // as with any editor that writes a new file
        }
        // setOwner may clear set-id bits; put the mode back as it was
        Files.setPosixFilePermissions(temp, was.permissions());
    }

    /**
     * Temporary files of {@code name} in {@code dir} left by interrupted saves (older than a running save could be).
     */
    public static List<Path> staleTemporaries(Path dir, String name) throws IOException {
        List<Path> stale = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return stale;
        }
        Instant before = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "." + globEscape(name) + ".*.tmp")) {
            for (Path p : entries) {
                var m = TEMPORARY.matcher(p.getFileName().toString());
                if (m.matches() && m.group(1).equals(name) && isOld(p, before)) {
                    stale.add(p);
                }
            }
        }
        return stale;
    }

    /** Every stale temporary file of ours directly in {@code dir}, whatever its target. */
    public static List<Path> staleTemporaries(Path dir) throws IOException {
        List<Path> stale = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return stale;
        }
        Instant before = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path p : entries) {
                if (TEMPORARY.matcher(p.getFileName().toString()).matches() && isOld(p, before)) {
                    stale.add(p);
                }
            }
        }
        stale.sort(null);
        return stale;
    }

    private static boolean isOld(Path p, Instant before) {
        try {
            FileTime modified = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
            return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && modified.toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    private static String globEscape(String s) {
        return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}
