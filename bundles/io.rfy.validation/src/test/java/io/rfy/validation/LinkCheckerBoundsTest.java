package io.rfy.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.rfy.habr.SafeUrl;
import io.rfy.validation.LinkStatus.Verdict;

/** What bounds a link check: the timeout holds against Retry-After, an empty Location is said as such, long URLs cut. */
class LinkCheckerBoundsTest {

    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/busy-for-a-day", x -> {
            x.getResponseHeaders().add("Retry-After", "99999");
            answer(x, 429);
        });
        server.createContext("/a/empty-location", x -> {
            x.getResponseHeaders().add("Location", "");
            answer(x, 302);
        });
        server.createContext("/", x -> answer(x, 404));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange x, int status) throws IOException {
        x.sendResponseHeaders(status, -1);
        x.close();
    }

    @Test
    void aRetryAfterOfADayDoesNotOutlastTheTimeout() {
        // before: 2 waits of 30 s (the Retry-After cap) whatever --timeout said
        LinkCheckSettings settings = LinkCheckSettings.defaults().withTimeout(Duration.ofSeconds(1));
        long start = System.nanoTime();
        LinkStatus s = new LinkChecker(settings, null).checkOne(base + "/busy-for-a-day");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 3_500, "took " + ms + " ms; the bound is 3 attempts of 1 s");
        assertEquals(Verdict.UNVERIFIED, s.verdict(), s.toString());
        assertTrue(s.detail().contains("429"), s.detail());
    }

    @Test
    void anEmptyLocationIsARedirectWithoutATargetNotA404() {
        LinkStatus s = new LinkChecker(LinkCheckSettings.defaults().withTimeout(Duration.ofSeconds(2)), null)
                .checkOne(base + "/a/empty-location");
        assertEquals(Verdict.BROKEN, s.verdict());
        assertTrue(s.detail().contains("without a Location"), s.detail());
        assertFalse(s.detail().contains("404"), s.detail());
    }

    @Test
    void aHugeUrlIsCutInMessages() {
        String url = "https://example.org/" + "a".repeat(100_000);
        String message = SafeUrl.shortenLongWords("the link " + url + " is broken: 404 Not Found");
        assertTrue(message.length() < 200, message);
        assertTrue(message.startsWith("the link https://example.org/aaa") && message.endsWith("is broken: 404 Not Found"),
                message);
        assertTrue(message.contains("100,020 characters"), message);
    }
}
