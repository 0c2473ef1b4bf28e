package io.rfy.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.model.Review;
import io.rfy.model.ReviewStatus;
import io.rfy.testsupport.Samples;

/** Saves keep what the file was (mode, owner) and clean up after an interrupted save; new files get the umask's mode. */
class SaveKeepsFileTest {

    @TempDir
    Path dir;

    private static void edit(RfyWorkspace ws, String id) throws Exception {
        Review r = ws.review(id);
        r.setStatus(r.getStatus() == ReviewStatus.DRAFT ? ReviewStatus.READY : ReviewStatus.DRAFT);
        r.eResource().save(null);
    }

    @Test
    void aSaveKeepsTheModeOfTheFile() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        Path file = ws.resolve("reviews/2020-05/jukebox.md");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        edit(RfyWorkspace.load(ws), "jukebox");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        edit(RfyWorkspace.load(ws), "jukebox");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aSaveKeepsTheOwnerWhereTheSaverMayKeepIt() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        Path file = ws.resolve("reviews/2020-05/jukebox.md");
        UserPrincipal owner = Files.getOwner(file);
        if ("root".equals(System.getProperty("user.name"))) {
            // root can hand the file to someone else first, as a shared workspace would have it
            owner = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(file, owner);
        }
        edit(RfyWorkspace.load(ws), "jukebox");
        assertEquals(owner, Files.getOwner(file));
    }

    @Test
    void aNewFileGetsTheModeOfAnyNewFileNot600() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt")); // 0666 less the umask, as the JVM's user has it
        Path written = dir.resolve("export.html");
        AtomicFile.write(written, "x".getBytes());
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
        assertTrue(Files.getPosixFilePermissions(written).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
                || !Files.getPosixFilePermissions(plain).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ));
    }

    @Test
    void aTemporaryFileLeftByAKilledSaveIsReportedAndRemovedByTheNextSave() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        Path stale = ws.resolve("reviews/2020-05/.jukebox.md.8123456789.tmp");
        Files.writeString(stale, "---\nhalf a review");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
        Path fresh = ws.resolve("reviews/2020-05/.jukebox.md.42.tmp"); // another process saving right now
        Files.writeString(fresh, "---\n");
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        List<StoreProblem> found = loaded.problems().stream().filter(p -> p.code().equals("store.stale-temp")).toList();
        assertEquals(1, found.size(), loaded.problems().toString());
        assertEquals("reviews/2020-05/.jukebox.md.8123456789.tmp", found.get(0).file());
        assertEquals("delete", found.get(0).suggestion());
        assertEquals(StoreProblem.Severity.WARNING, found.get(0).severity());
        edit(loaded, "jukebox");
        assertFalse(Files.exists(stale), "removed by the save of jukebox.md");
        assertTrue(Files.exists(fresh), "a temporary file that may be in use is left alone");
        assertTrue(RfyWorkspace.load(ws).problems().stream().noneMatch(p -> p.code().equals("store.stale-temp")));
    }

    @Test
    void limitErrorsAreAtTheLineThatHitThem() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        Path file = ws.resolve("reviews/2020-05/jukebox.md");
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("tags: ", "x-deep: " + "[".repeat(40) + "]".repeat(40) + "\ntags: "));
        StoreProblem p = only(RfyWorkspace.load(ws), "store.yaml-syntax");
        assertTrue(p.getLine() > 10, p.toString());
        Files.writeString(file, text.replaceFirst("tags: ", "x-nul: \"a\u0000b\"\ntags: "));
        p = only(RfyWorkspace.load(ws), "store.yaml-syntax");
        assertTrue(p.getLine() > 10 && p.getMessage().contains("U+0000"), p.toString());
    }

    private static StoreProblem only(RfyWorkspace ws, String code) {
        List<StoreProblem> list = ws.problems().stream().filter(p -> p.code().equals(code)).toList();
        assertEquals(1, list.size(), ws.problems().toString());
        return list.get(0);
    }
}
