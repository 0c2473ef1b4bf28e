package io.rfy.validation;

import java.time.Duration;
import java.util.Set;

/**
 * How politely and how long to check links. The defaults follow what users know from lychee and
 * markdown-link-check: 10 redirects, retries with backoff, a few requests per host at a time with a pause
 * between them, a one-day cache.
 *
 * @param acceptedStatuses HTTP statuses taken as fine (as lychee's {@code --accept}), e.g. 403 for a site known to
 *        refuse robots; empty by default
 */
public record LinkCheckSettings(Duration timeout, int maxRedirects, int retries, Duration backoff, int maxConcurrency,
        int perHostConcurrency, Duration perHostInterval, Duration maxRetryAfter, Duration cacheTtl,
        Set<Integer> acceptedStatuses) {

    public LinkCheckSettings {
        acceptedStatuses = Set.copyOf(acceptedStatuses);
    }

    /** Without accepted statuses (the form the CLI and the benchmarks use). */
    public LinkCheckSettings(Duration timeout, int maxRedirects, int retries, Duration backoff, int maxConcurrency,
            int perHostConcurrency, Duration perHostInterval, Duration maxRetryAfter, Duration cacheTtl) {
        this(timeout, maxRedirects, retries, backoff, maxConcurrency, perHostConcurrency, perHostInterval,
                maxRetryAfter, cacheTtl, Set.of());
    }

    public static LinkCheckSettings defaults() {
        return new LinkCheckSettings(Duration.ofSeconds(20), 10, 2, Duration.ofMillis(500), 64, 8, Duration.ofMillis(50),
                Duration.ofSeconds(30), Duration.ofDays(1));
    }

    public LinkCheckSettings withTimeout(Duration t) {
        return new LinkCheckSettings(t, maxRedirects, retries, backoff, maxConcurrency, perHostConcurrency,
                perHostInterval, maxRetryAfter, cacheTtl, acceptedStatuses);
    }

    public LinkCheckSettings withBackoff(Duration b) {
        return new LinkCheckSettings(timeout, maxRedirects, retries, b, maxConcurrency, perHostConcurrency,
                perHostInterval, maxRetryAfter, cacheTtl, acceptedStatuses);
    }

    public LinkCheckSettings withAcceptedStatuses(Set<Integer> accepted) {
        return new LinkCheckSettings(timeout, maxRedirects, retries, backoff, maxConcurrency, perHostConcurrency,
                perHostInterval, maxRetryAfter, cacheTtl, accepted);
    }
}
