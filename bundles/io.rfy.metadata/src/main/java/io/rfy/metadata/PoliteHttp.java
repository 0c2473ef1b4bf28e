package io.rfy.metadata;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET requests to the metadata services: a User-Agent naming the tool, a time limit on the whole answer (a server
 * that sends headers and then stalls is cut off too), a least interval between requests to one host, no retries
 * (a 429 says when to come back, and the message passes that on), and every failure as a sentence for people.
 */
final class PoliteHttp {

    /** Bodies larger than this are not metadata; refusing them keeps a wrong URL from filling the memory. */
    static final int MAX_BYTES = 8 << 20;

    /** When each host was last asked, for the whole process: two lookups in a row share arXiv's 3 s. */
    private static final Map<String, Long> LAST_START = new HashMap<>();

    private final HttpClient client;
    private final Duration timeout;

    PoliteHttp(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * @param service the service's name for messages ("arXiv")
     * @param interval the least time since the last request to this host started
     * @return the body of a 200 answer, decoded as UTF-8
     */
    String get(String service, URI uri, Duration interval) throws MetadataException {
        pace(uri.getHost() + ":" + uri.getPort(), interval);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", LookupSettings.USER_AGENT)
                .header("Accept", "application/atom+xml, application/json;q=0.9, */*;q=0.1").GET().build();
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new MetadataException(service + " did not answer within " + timeout.toSeconds() + " s (" + uri + ")");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new MetadataException("interrupted while waiting for " + service);
        } catch (ExecutionException e) {
            throw unreachable(service, uri, e.getCause());
        }
        int status = response.statusCode();
        byte[] body = response.body() == null ? new byte[0] : response.body();
        if (status == 429 || status == 503) {
            String after = response.headers().firstValue("Retry-After").map(String::strip).orElse(null);
            throw new MetadataException(service + " is limiting requests (HTTP " + status + ")"
                    + (after == null ? "" : after.matches("\\d+") ? "; it asks to wait " + after + " s" : "; it asks to wait until " + after)
                    + " before asking again; nothing was written");
        }
        if (status == 404 || status == 410) {
            throw new MetadataException(service + " has no record at " + uri + " (HTTP " + status + ")");
        }
        if (status != 200 && !(status == 400 && service.equals(ArxivFeed.SERVICE))) {
            // arXiv answers a malformed id with 400 and an Atom error entry, which says more than the status
            throw new MetadataException(service + " answered HTTP " + status + " for " + uri);
        }
        if (body.length > MAX_BYTES) {
            throw new MetadataException(service + " sent " + body.length + " bytes for " + uri + ": too large for a record");
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private MetadataException unreachable(String service, URI uri, Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            // the client's own limit on the headers may come first: the same words as the limit on the whole answer
            return new MetadataException(service + " did not answer within " + timeout.toSeconds() + " s (" + uri + ")",
                    cause);
        }
        String why = cause instanceof UnknownHostException ? "unknown host " + uri.getHost()
                : cause instanceof ConnectException ? "connection refused by " + uri.getHost() + ":" + port(uri)
                : cause instanceof IOException && cause.getMessage() != null ? cause.getMessage() : String.valueOf(cause);
        return new MetadataException("cannot reach " + service + " (" + why + "); offline? --offline answers from the"
                + " cache in .rfy/metadata/ only", cause);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static void pace(String host, Duration interval) throws MetadataException {
        long wait;
        synchronized (LAST_START) {
            long now = System.nanoTime();
            Long last = LAST_START.get(host);
            long earliest = last == null ? now : last + interval.toNanos();
            wait = Math.max(0, earliest - now);
            LAST_START.put(host, now + wait);
        }
        if (wait > 0) {
            try {
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis(wait) + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MetadataException("interrupted while waiting to ask again");
            }
        }
    }
}
