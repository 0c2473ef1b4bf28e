package io.rfy.validation;

import java.time.Duration;
import java.util.Set;

/**
 * How politely and how long to check links. The defaults follow what users know from lychee: 10 redirects, retries
 * with backoff, 128 requests in flight at most and never more than 8 on one host (no pause between them unless asked:
 * the limit in flight is what keeps a host from being flooded), a one-day cache.
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
        return new LinkCheckSettings(Duration.ofSeconds(20), 10, 2, Duration.ofMillis(500), 128, 8, Duration.ZERO,
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

    /** At most this many requests in flight overall (lychee's {@code --max-concurrency}). */
    public LinkCheckSettings withMaxConcurrency(int n) {
        return new LinkCheckSettings(timeout, maxRedirects, retries, backoff, n, perHostConcurrency, perHostInterval,
                maxRetryAfter, cacheTtl, acceptedStatuses);
    }

    /** At most this many requests in flight on one host ({@code --host-concurrency}). */
    public LinkCheckSettings withHostConcurrency(int n) {
        return new LinkCheckSettings(timeout, maxRedirects, retries, backoff, maxConcurrency, n, perHostInterval,
                maxRetryAfter, cacheTtl, acceptedStatuses);
    }

    /** At least this long between the starts of two requests to one host ({@code --host-interval}). */
    public LinkCheckSettings withHostInterval(Duration interval) {
        return new LinkCheckSettings(timeout, maxRedirects, retries, backoff, maxConcurrency, perHostConcurrency,
                interval, maxRetryAfter, cacheTtl, acceptedStatuses);
    }

    /**
     * Statuses as lychee's {@code --accept} takes them: codes and ranges separated by commas (or spaces), {@code 200..300}
     * (the end left out) or {@code 200..=299} (the end included), e.g. {@code 403, 999} or {@code 200..=299,429}.
     *
     * @throws IllegalArgumentException naming the part that is not a status or a range of them
     */
    public static Set<Integer> parseStatuses(String text) {
        Set<Integer> statuses = new java.util.TreeSet<>();
        for (String part : text.split("[,\\s]+")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                int dots = p.indexOf("..");
                if (dots < 0) {
                    statuses.add(status(Integer.parseInt(p), p));
                    continue;
                }
                boolean inclusive = p.startsWith("=", dots + 2);
                int from = status(Integer.parseInt(p.substring(0, dots).strip()), p);
                int to = status(Integer.parseInt(p.substring(dots + (inclusive ? 3 : 2)).strip()), p);
                for (int s = from; inclusive ? s <= to : s < to; s++) {
                    statuses.add(s);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + p + "' is not an HTTP status or a range such as 200..=299");
            }
        }
        return statuses;
    }

    private static int status(int s, String part) {
        if (s < 100 || s > 999) {
            throw new IllegalArgumentException("'" + part + "': HTTP statuses are 100 to 999");
        }
        return s;
    }
}
