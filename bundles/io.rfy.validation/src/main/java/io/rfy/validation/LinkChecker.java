package io.rfy.validation;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.rfy.validation.LinkStatus.Verdict;

/**
 * Checks that URLs answer, the way a careful user would: HEAD first and GET where HEAD is refused (reading the
 * headers only, so an endless body costs nothing), redirects followed by hand so that permanent ones can be
 * reported with their target, retries with backoff, {@code Retry-After} honoured on 429, a limit of concurrent
 * requests per host and a pause between them, and 401/403/429 and bot walls ({@link BotWall}) reported as unverified
 * rather than broken.
 */
public final class LinkChecker {

    private final LinkCheckSettings settings;
    private final LinkCache cache;
    private final HttpClient client;
    private final Map<String, HostGate> hosts = new ConcurrentHashMap<>();
    /** Whether only the cache answers (URLs it does not hold are skipped): for checks that must stay offline. */
    private boolean cacheOnly;

    /** @param cache where results are kept between runs, or null for none */
    public LinkChecker(LinkCheckSettings settings, LinkCache cache) {
        this.settings = settings;
        this.cache = cache;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).build();
    }

    /**
     * A checker that never goes online: what the cache holds from earlier checks, and "skipped" for the rest. The IDE's
     * builder uses it so that markers show what the last "Check links" found without a request per build.
     */
    public static LinkChecker cacheOnly(LinkCache cache) {
        LinkChecker checker = new LinkChecker(LinkCheckSettings.defaults(), cache);
        checker.cacheOnly = true;
        return checker;
    }

    /** Checks each distinct URL once; the result map keeps the order of {@code urls}. */
    public Map<String, LinkStatus> check(Collection<String> urls, IProgressMonitor monitor) {
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(urls));
        SubMonitor progress = SubMonitor.convert(monitor, "Checking " + distinct.size() + " links", distinct.size());
        Map<String, LinkStatus> results = new LinkedHashMap<>();
        // the URLs still to ask, by host: each host gets at most perHostConcurrency lanes that take its URLs one after
        // another, so a thread never waits on a busy host while another host has nothing in flight
        Map<String, java.util.Queue<String>> byHost = new LinkedHashMap<>();
        Map<String, Future<LinkStatus>> futures = new LinkedHashMap<>();
        Map<String, java.util.concurrent.CompletableFuture<LinkStatus>> answers = new LinkedHashMap<>();
        for (String url : distinct) {
            LinkStatus cached = cache == null ? null : cache.get(url);
            if (cached != null) {
                results.put(url, cached);
            } else if (cacheOnly) {
                results.put(url, new LinkStatus(url, Verdict.SKIPPED, 0, null, "not checked yet"));
            } else {
                java.util.concurrent.CompletableFuture<LinkStatus> answer = new java.util.concurrent.CompletableFuture<>();
                answers.put(url, answer);
                futures.put(url, answer);
                byHost.computeIfAbsent(hostOf(url), h -> new java.util.concurrent.ConcurrentLinkedQueue<>()).add(url);
            }
        }
        int lanes = 0;
        for (java.util.Queue<String> q : byHost.values()) {
            lanes += Math.min(q.size(), Math.max(1, settings.perHostConcurrency()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.maxConcurrency(), lanes)), r -> {
            Thread t = new Thread(r, "rfy-link-check");
            t.setDaemon(true);
            return t;
        });
        try {
            // lane 1 of every host first, then lane 2 of every host...: all hosts start early
            for (int lane = 0; lane < Math.max(1, settings.perHostConcurrency()); lane++) {
                for (java.util.Queue<String> q : byHost.values()) {
                    if (lane < q.size()) {
                        pool.execute(() -> {
                            for (String url = q.poll(); url != null; url = q.poll()) {
                                java.util.concurrent.CompletableFuture<LinkStatus> answer = answers.get(url);
                                try {
                                    answer.complete(checkOne(url));
                                } catch (RuntimeException | Error e) {
                                    answer.completeExceptionally(e);
                                }
                            }
                        });
                    }
                }
            }
            progress.worked(results.size());
            for (Map.Entry<String, Future<LinkStatus>> f : futures.entrySet()) {
                while (true) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    try {
                        LinkStatus status = f.getValue().get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                        results.put(f.getKey(), status);
                        if (cache != null) {
                            cache.put(status);
                        }
                        progress.worked(1);
                        break;
                    } catch (java.util.concurrent.TimeoutException e) {
                        // poll again, so that cancellation is noticed within 200 ms
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new OperationCanceledException();
                    } catch (java.util.concurrent.ExecutionException e) {
                        results.put(f.getKey(), new LinkStatus(f.getKey(), Verdict.UNVERIFIED, 0, null,
                                "checker failed: " + e.getCause()));
                        break;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, LinkStatus> ordered = new LinkedHashMap<>();
        for (String url : distinct) {
            ordered.put(url, results.get(url));
        }
        return ordered;
    }

    /** The host a URL's requests are limited by (lower case), or "" for what is not a URL with a host. */
    private static String hostOf(String url) {
        try {
            String host = new URI(url.trim()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }

    /** One URL, through its redirects. */
    LinkStatus checkOne(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (java.net.URISyntaxException e) {
            return new LinkStatus(url, Verdict.BROKEN, 0, null, "not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return new LinkStatus(url, Verdict.SKIPPED, 0, null, "only http and https links are checked");
        }
        Set<URI> seen = new HashSet<>();
        boolean permanent = true;
        boolean redirected = false;
        // --timeout bounds each request, and the whole check of a URL (redirects, retries, Retry-After waits) to one
        // timeout per attempt: a server asking to wait a day ends the check, it does not hold the run
        long deadline = System.nanoTime() + settings.timeout().toNanos() * (settings.retries() + 1);
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            if (!seen.add(uri)) {
                return new LinkStatus(url, Verdict.BROKEN, 0, null, "redirect loop at " + uri);
            }
            Answer answer = ask(uri, deadline);
            if (answer.unverified != null) {
                return new LinkStatus(url, Verdict.UNVERIFIED, answer.status, null, answer.unverified);
            }
            if (answer.failure != null) {
                return new LinkStatus(url, Verdict.BROKEN, 0, null, answer.failure);
            }
            int status = answer.status;
            if (status >= 300 && status < 400 && (answer.location == null || answer.location.isBlank())
                    && status != 304) {
                // resolving "" would give the URL's folder, and whatever that answers (a 404) would be reported
                return new LinkStatus(url, Verdict.BROKEN, status, null, status + ", a redirect without a Location to"
                        + " go to");
            }
            if (status >= 300 && status < 400 && answer.location != null) {
                redirected = true;
                permanent &= status == 301 || status == 308;
                try {
                    uri = uri.resolve(answer.location.trim());
                } catch (IllegalArgumentException e) {
                    return new LinkStatus(url, Verdict.BROKEN, status, null, "redirects to a malformed URL: "
                            + answer.location);
                }
                String next = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!next.equals("http") && !next.equals("https") || uri.getHost() == null) {
                    return new LinkStatus(url, Verdict.UNVERIFIED, status, null, "redirects to " + uri
                            + ", which is not checked (only http and https)");
                }
                continue;
            }
            if (settings.acceptedStatuses().contains(status)) {
                // the user said this answer is fine (a site that refuses robots, say): no finding, like a 2xx
                return new LinkStatus(url, Verdict.OK, status, null, status + " (accepted)");
            }
            if (answer.wall != null) {
                return new LinkStatus(url, Verdict.UNVERIFIED, status, null, answer.wall);
            }
            if (status >= 200 && status < 300) {
                return redirected && permanent
                        ? new LinkStatus(url, Verdict.MOVED, status, uri.toString(), "moved permanently to " + uri)
                        : new LinkStatus(url, Verdict.OK, status, null, status + "");
            }
            return new LinkStatus(url, Verdict.BROKEN, status, null, status + (status == 404 ? " Not Found"
                    : status == 410 ? " Gone" : status >= 500 ? " server error" : ""));
        }
        return new LinkStatus(url, Verdict.BROKEN, 0, null, "more than " + settings.maxRedirects() + " redirects");
    }

    /** @param unverified why no verdict could be had in time (rate limited past the deadline), else null */
    private record Answer(int status, String location, String wall, String failure, String unverified) {
        Answer(int status, String location, String wall, String failure) {
            this(status, location, wall, failure, null);
        }
    }

    /**
     * One request with retries: HEAD, GET where HEAD is refused, waits on 429 and 5xx, retries on network errors.
     * Nothing goes past the deadline: a wait that would (a {@code Retry-After} of a day) ends the check instead.
     */
    private Answer ask(URI uri, long deadline) {
        String failure = null;
        Duration wait = settings.backoff();
        int lastStatus = 0;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            if (attempt > 0) {
                if (System.nanoTime() + wait.toNanos() > deadline) {
                    String why = "no final answer within " + settings.timeout().toSeconds() * (settings.retries() + 1)
                            + " s (the timeout for each of " + (settings.retries() + 1) + " attempts)"
                            + (lastStatus == 0 ? "" : " (" + lastStatus + (lastStatus == 429 ? ", too many requests" : "")
                                    + "; asked to wait " + wait.toSeconds() + " s)");
                    return lastStatus == 0 ? new Answer(0, null, null, failure == null ? why : failure)
                            : new Answer(lastStatus, null, null, null, why);
                }
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                return new Answer(0, null, null, failure != null ? failure : "no answer within "
                        + settings.timeout().toSeconds() + " s");
            }
            try {
                HttpResponse<InputStream> response;
                try {
                    response = send(uri, "HEAD", left);
                } catch (HttpTimeoutException | ConnectException e) {
                    throw e;
                } catch (IOException closedWithoutReply) {
                    // some servers drop HEAD requests: GET is the question they answer
                    response = null;
                }
                // a status to HEAD is an answer (a 404 is as broken to GET); only a refused HEAD is asked again
                if (response == null || response.statusCode() == 405 || response.statusCode() == 501) {
                    left = Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
                    response = send(uri, "GET", left);
                }
                int status = response.statusCode();
                // a wall will not open on a retry; a 429 or a server error may
                boolean wall = status != 429 && BotWall.reason(status, response.headers()) != null;
                if ((status == 429 || status >= 500) && !wall && attempt < settings.retries()) {
                    Duration retryAfter = retryAfter(response);
                    if (retryAfter != null) {
                        // what the server asks for (it is told the truth: a longer wait ends the check above),
                        // at most maxRetryAfter
                        wait = retryAfter.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : retryAfter;
                    }
                    lastStatus = status;
                    continue;
                }
                return new Answer(status, response.headers().firstValue("location").orElse(null),
                        BotWall.reason(status, response.headers()), null);
            } catch (HttpTimeoutException e) {
                failure = "no answer within " + settings.timeout().toSeconds() + " s";
            } catch (ConnectException e) {
                failure = "connection refused";
            } catch (IOException e) {
                failure = "connection failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(0, null, null, "cancelled");
            }
        }
        return new Answer(0, null, null, failure);
    }

    private HttpResponse<InputStream> send(URI uri, String method, Duration timeout) throws IOException,
            InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(timeout).header("User-Agent", "rfy-link-check/0.1").build();
        HostGate gate = hosts.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT),
                h -> new HostGate(settings.perHostConcurrency(), settings.perHostInterval()));
        gate.enter();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // only the status and headers matter: closing now drops whatever body follows, however long
            response.body().close();
            return response;
        } finally {
            gate.leave();
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("retry-after").map(LinkChecker::retryAfter).orElse(null);
    }

    /** {@code Retry-After} is seconds or an HTTP date (RFC 9110 10.2.3); null when it is neither. */
    static Duration retryAfter(String value) {
        String v = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                java.time.ZonedDateTime at = java.time.ZonedDateTime.parse(v,
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(java.time.Instant.now(), at.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (java.time.format.DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** At most n requests to one host at a time, and a pause between the starts of two of them. */
    private static final class HostGate {
        private final Semaphore permits;
        private final long intervalNanos;
        private long nextStart;

        HostGate(int concurrency, Duration interval) {
            this.permits = new Semaphore(concurrency);
            this.intervalNanos = interval.toNanos();
        }

        void enter() throws InterruptedException {
            permits.acquire();
            long wait;
            synchronized (this) {
                long now = System.nanoTime();
                long start = Math.max(now, nextStart);
                nextStart = start + intervalNanos;
                wait = start - now;
            }
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }

        void leave() {
            permits.release();
        }
    }
}
