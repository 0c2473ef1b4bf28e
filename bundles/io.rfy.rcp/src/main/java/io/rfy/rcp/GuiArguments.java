package io.rfy.rcp;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

/**
 * The folder named on the {@code rfy gui [<ws>]} command line. The rfy script passes it as the system property
 * {@code rfy.gui.folder} rather than as an application argument: the application's arguments also carry the
 * options of whatever started it (the test harness's {@code -testproperties <file>}, for one), which a folder
 * argument could not be told apart from.
 */
public final class GuiArguments {

    public static final String FOLDER_PROPERTY = "rfy.gui.folder";

    private GuiArguments() {
    }

    /** The workspace folder given, or null when none is; an IllegalArgumentException names a bad one. */
    public static Path folder(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        Path p = Path.of(given).toAbsolutePath().normalize();
        if (!Files.exists(p)) {
            throw new IllegalArgumentException(NLS.bind(Messages.GuiArguments_noSuchFolder, p));
        }
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException(NLS.bind(Messages.GuiArguments_notAFolder, p));
        }
        return p;
    }
}
