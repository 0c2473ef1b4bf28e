package io.rfy.cli;

import java.nio.file.Path;
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

    static LookupSettings settings(Function<String, String> env) {
        return LookupSettings.from(env);
    }
}
