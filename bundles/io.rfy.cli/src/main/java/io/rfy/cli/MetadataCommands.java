package io.rfy.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import io.rfy.metadata.Endpoints;
import io.rfy.metadata.LookupSettings;
import io.rfy.metadata.MetadataCache;
import io.rfy.metadata.MetadataLookup;

/** The metadata lookup as every command that needs one sets it up: services from the environment, the workspace's cache. */
final class MetadataCommands {

    private MetadataCommands() {
    }

    static MetadataLookup lookup(Path workspace, Function<String, String> env, boolean offline) {
        return new MetadataLookup(Endpoints.from(env), new MetadataCache(MetadataCache.folderOf(workspace)),
                settings(env).withOffline(offline));
    }

    /** The defaults, with the time limit per answer from {@code RFY_METADATA_TIMEOUT} (seconds) when set. */
    static LookupSettings settings(Function<String, String> env) {
        LookupSettings settings = LookupSettings.defaults();
        String timeout = env.apply("RFY_METADATA_TIMEOUT");
        if (timeout != null && timeout.strip().matches("\\d{1,4}") && Integer.parseInt(timeout.strip()) > 0) {
            settings = settings.withTimeout(Duration.ofSeconds(Integer.parseInt(timeout.strip())));
        }
        return settings;
    }
}
