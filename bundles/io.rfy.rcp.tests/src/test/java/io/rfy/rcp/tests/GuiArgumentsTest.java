package io.rfy.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.rcp.GuiArguments;

/** The folder of {@code rfy gui [<ws>]}: an existing folder is taken as given, anything else is refused by name. */
class GuiArgumentsTest {

    @Test
    void noFolderMeansTheSample() {
        assertNull(GuiArguments.folder(null));
        assertNull(GuiArguments.folder(""));
    }

    @Test
    void anExistingFolderIsTakenAbsoluteAndNormalised(@TempDir Path dir) throws Exception {
        Path ws = Files.createDirectories(dir.resolve("ws"));
        assertEquals(ws.toAbsolutePath(), GuiArguments.folder(dir.resolve("ws/../ws").toString()));
    }

    @Test
    void aMissingFolderOrAFileIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> GuiArguments.folder(dir.resolve("nope").toString()));
        assertEquals("no such folder: " + dir.resolve("nope"), missing.getMessage());
        Path file = Files.writeString(dir.resolve("reviewers.yaml"), "[]\n");
        IllegalArgumentException notFolder = assertThrows(IllegalArgumentException.class,
                () -> GuiArguments.folder(file.toString()));
        assertTrue(notFolder.getMessage().startsWith("not a folder: " + file), notFolder.getMessage());
    }
}
