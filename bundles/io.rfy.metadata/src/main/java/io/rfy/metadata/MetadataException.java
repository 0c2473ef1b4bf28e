package io.rfy.metadata;

import java.io.IOException;

/** A lookup that gave no record; the message says why and what to do, for people (CLI stderr, wizard pages). */
public final class MetadataException extends IOException {
    private static final long serialVersionUID = 1L;

    public MetadataException(String message) {
        super(message);
    }

    MetadataException(String message, Throwable cause) {
        super(message, cause);
    }
}
