package io.rfy.ide;

import java.nio.file.Path;
import java.util.function.Function;

import io.rfy.metadata.Endpoints;
import io.rfy.metadata.LookupSettings;
import io.rfy.metadata.MetadataCache;
import io.rfy.metadata.MetadataLookup;

/**
 * The metadata lookup of {@code io.rfy.metadata} as the IDE sets it up, the same one the CLI calls: the workspace
 * folder's cache ({@code .rfy/metadata/}) and the services' base URLs and time limit from the variables the CLI reads
 * ({@code RFY_ARXIV_API}, {@code RFY_OPENALEX_API}, {@code RFY_CROSSREF_API}, {@code RFY_OPENREVIEW_API},
 * {@code RFY_METADATA_TIMEOUT}). A Java system property of the same name wins over the environment, as an IDE is
 * more easily started with {@code -D} (in eclipse.ini or a launch configuration) than with its environment changed.
 */
public final class MetadataServices {

    private MetadataServices() {
    }

    /** The variables as the IDE reads them: the system property, else the environment variable. */
    public static final Function<String, String> SETTINGS = name -> {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    };

    /** A lookup for the workspace folder {@code root}; {@code offline} answers from its cache only. */
    public static MetadataLookup lookup(Path root, boolean offline) {
        return new MetadataLookup(Endpoints.from(SETTINGS), new MetadataCache(MetadataCache.folderOf(root)),
                LookupSettings.from(SETTINGS).withOffline(offline));
    }
}
