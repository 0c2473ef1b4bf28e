package io.rfy.store;

import java.io.IOException;
import java.nio.file.Path;

/** The file on disk is no longer the one that was read: saving would lose someone else's change. */
public final class FileChangedException extends IOException {
    private static final long serialVersionUID = 1L;

    public FileChangedException(Path path) {
        super(path.getFileName() + " changed on disk since it was read; reload it, or save with "
                + RfyResource.OPTION_OVERWRITE_CHANGED + " to overwrite");
    }
}
