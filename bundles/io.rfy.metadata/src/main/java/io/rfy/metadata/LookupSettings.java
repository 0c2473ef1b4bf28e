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

    /**
     * The defaults, with the time limit per answer from {@code RFY_METADATA_TIMEOUT} (seconds) when {@code env} (e.g.
     * {@code System::getenv}) sets it to a positive number.
     */
    public static LookupSettings from(java.util.function.Function<String, String> env) {
        LookupSettings settings = defaults();
        String timeout = env.apply("RFY_METADATA_TIMEOUT");
        if (timeout != null && timeout.strip().matches("\\d{1,4}") && Integer.parseInt(timeout.strip()) > 0) {
            settings = settings.withTimeout(Duration.ofSeconds(Integer.parseInt(timeout.strip())));
        }
        return settings;
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
