package io.rfy.metadata;

import java.time.Duration;

/**
 * How politely and how patiently the lookup asks.
 *
 * @param timeout the longest wait for one whole answer (headers and body)
 * @param arxivInterval the least time between the starts of two requests to arXiv (its API asks for 3 s)
 * @param offline answer from the cache only, never from the network
 */
public record LookupSettings(Duration timeout, Duration arxivInterval, boolean offline) {

    /** Names the tool in every request, as the services ask of scripts. */
    public static final String USER_AGENT = "rfy-workbench/0.1.0 (paper metadata for read-for-you reviews; java.net.http)";

    public static LookupSettings defaults() {
        return new LookupSettings(Duration.ofSeconds(20), Duration.ofSeconds(3), false);
    }

    public LookupSettings withOffline(boolean value) {
        return new LookupSettings(timeout, arxivInterval, value);
    }

    public LookupSettings withTimeout(Duration value) {
        return new LookupSettings(value, arxivInterval, offline);
    }

    public LookupSettings withArxivInterval(Duration value) {
        return new LookupSettings(timeout, value, offline);
    }
}
