package io.rfy.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.rfy.store.RfyWorkspace;
import io.rfy.validation.LinkStatus.Verdict;
import io.rfy.testsupport.Samples;

/** The link checker against a local server that misbehaves in every way the issue lists. */
class LinkCheckerTest {

    private static HttpServer server;
    private static ServerSocket resetting;
    private static String base;
    private static String resetUrl;
    private static final AtomicInteger tooManyRequests = new AtomicInteger();
    private static final AtomicInteger tooManyUntil = new AtomicInteger();
    private static final AtomicInteger flaky = new AtomicInteger();
    private static final AtomicInteger hits = new AtomicInteger();
    private static final AtomicInteger inFlight = new AtomicInteger();
    private static final AtomicInteger maxInFlight = new AtomicInteger();

    private static final LinkCheckSettings FAST = LinkCheckSettings.defaults().withTimeout(Duration.ofSeconds(1))
            .withBackoff(Duration.ofMillis(20));

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/ok", x -> answer(x, 200, null));
        server.createContext("/r1", x -> answer(x, 301, "/r2"));
        server.createContext("/r2", x -> answer(x, 308, "/ok"));
        server.createContext("/temporary", x -> answer(x, 302, "/ok"));
        server.createContext("/loop-a", x -> answer(x, 301, "/loop-b"));
        server.createContext("/loop-b", x -> answer(x, 301, "/loop-a"));
        server.createContext("/missing", x -> answer(x, 404, null));
        server.createContext("/gone", x -> answer(x, 410, null));
        server.createContext("/forbidden", x -> answer(x, 403, null));
        server.createContext("/busy", x -> {
            if (tooManyRequests.getAndIncrement() == 0) {
                x.getResponseHeaders().add("Retry-After", "1");
                answer(x, 429, null);
            } else {
                answer(x, 200, null);
            }
        });
        server.createContext("/always-busy", x -> answer(x, 429, null));
        server.createContext("/error", x -> answer(x, 500, null));
        server.createContext("/flaky", x -> answer(x, flaky.getAndIncrement() == 0 ? 503 : 200, null));
        server.createContext("/no-head", x -> answer(x, x.getRequestMethod().equals("HEAD") ? 405 : 200, null));
        server.createContext("/hang", x -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(x, 200, null);
        });
        server.createContext("/endless", x -> {
            if (x.getRequestMethod().equals("HEAD")) {
                answer(x, 405, null);
                return;
            }
            x.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = x.getResponseBody()) {
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up, as it should
            }
        });
        // /chain/<n> redirects n times before it answers
        server.createContext("/chain/", x -> {
            int n = Integer.parseInt(x.getRequestURI().getPath().substring("/chain/".length()));
            answer(x, n == 0 ? 200 : 301, n == 0 ? null : "/chain/" + (n - 1));
        });
        server.createContext("/challenge", x -> {
            x.getResponseHeaders().add("cf-mitigated", "challenge");
            answer(x, 200, null);
        });
        server.createContext("/browser-check", x -> {
            hits.incrementAndGet();
            x.getResponseHeaders().add("Server", "cloudflare");
            answer(x, 503, null);
        });
        server.createContext("/linkedin", x -> answer(x, 999, null));
        server.createContext("/head-missing", x -> {
            hits.incrementAndGet();
            answer(x, x.getRequestMethod().equals("HEAD") ? 404 : 200, null);
        });
        server.createContext("/not-implemented", x -> {
            hits.incrementAndGet();
            answer(x, x.getRequestMethod().equals("HEAD") ? 501 : 200, null);
        });
        server.createContext("/to-ftp", x -> answer(x, 301, "ftp://example.org/file"));
        server.createContext("/busy-until", x -> {
            if (tooManyUntil.getAndIncrement() == 0) {
                x.getResponseHeaders().add("Retry-After", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(2)));
                answer(x, 429, null);
            } else {
                answer(x, 200, null);
            }
        });
        server.createContext("/slow", x -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            answer(x, 200, null);
        });
        server.createContext("/count", x -> {
            hits.incrementAndGet();
            answer(x, 200, null);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        resetting = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"));
        resetUrl = "http://127.0.0.1:" + resetting.getLocalPort() + "/reset";
        Thread t = new Thread(() -> {
            while (!resetting.isClosed()) {
                try (Socket s = resetting.accept()) {
                    s.setSoLinger(true, 0); // close with a TCP reset
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop(0);
        resetting.close();
    }

    private static void answer(HttpExchange x, int status, String location) throws IOException {
        if (location != null) {
            x.getResponseHeaders().add("Location", location);
        }
        x.sendResponseHeaders(status, -1);
        x.close();
    }

    private static LinkStatus check(String path) {
        return new LinkChecker(FAST, null).checkOne(path.startsWith("/") ? base + path : path);
    }

    @Test
    void fineAndBrokenAnswers() {
        assertEquals(Verdict.OK, check("/ok").verdict());
        assertEquals(Verdict.BROKEN, check("/missing").verdict());
        assertEquals(404, check("/missing").status());
        assertEquals("410 Gone", check("/gone").detail());
        assertEquals(Verdict.BROKEN, check("/error").verdict());
    }

    @Test
    void permanentRedirectChainsReportTheirTarget() {
        LinkStatus moved = check("/r1");
        assertEquals(Verdict.MOVED, moved.verdict());
        assertEquals(base + "/ok", moved.finalUrl());
        assertEquals(Verdict.OK, check("/temporary").verdict(), "a temporary redirect is fine as it is");
        assertTrue(check("/loop-a").detail().startsWith("redirect loop"));
    }

    @Test
    void acceptedStatusesAreFine() {
        LinkChecker checker = new LinkChecker(FAST.withAcceptedStatuses(java.util.Set.of(403, 404)), null);
        assertEquals(Verdict.OK, checker.checkOne(base + "/forbidden").verdict());
        assertEquals(Verdict.OK, checker.checkOne(base + "/missing").verdict());
        assertEquals(Verdict.BROKEN, checker.checkOne(base + "/gone").verdict(), "410 was not accepted");
    }

    @Test
    void robotWallsAreUnverifiedNotBroken() {
        assertEquals(Verdict.UNVERIFIED, check("/forbidden").verdict());
        assertEquals(Verdict.UNVERIFIED, check("/always-busy").verdict());
    }

    @Test
    void retryAfterAndRetriesOnServerErrors() {
        long start = System.nanoTime();
        assertEquals(Verdict.OK, check("/busy").verdict());
        assertTrue(System.nanoTime() - start >= 900_000_000L, "waited for Retry-After: 1");
        assertEquals(Verdict.OK, check("/flaky").verdict());
    }

    @Test
    void getWhereHeadIsRefusedAndNoEndlessDownload() {
        assertEquals(Verdict.OK, check("/no-head").verdict());
        long start = System.nanoTime();
        assertEquals(Verdict.OK, check("/endless").verdict());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "read the headers only");
    }

    @Test
    void hangsResetsAndRefusalsAreBroken() {
        LinkStatus hang = check("/hang");
        assertEquals(Verdict.BROKEN, hang.verdict());
        assertTrue(hang.detail().contains("no answer within 1 s"), hang.detail());
        assertEquals(Verdict.BROKEN, check(resetUrl).verdict());
        assertEquals(Verdict.BROKEN, check("http://127.0.0.1:1/closed").verdict());
    }

    @Test
    void onlyHttpIsChecked() {
        assertEquals(Verdict.SKIPPED, check("ftp://example.org/x").verdict());
        assertEquals(Verdict.SKIPPED, check("mailto:someone@example.org").verdict());
    }

    @Test
    void tenRedirectsAreFollowedNotEleven() {
        LinkStatus ten = check("/chain/10");
        assertEquals(Verdict.MOVED, ten.verdict());
        assertEquals(base + "/chain/0", ten.finalUrl());
        LinkStatus eleven = check("/chain/11");
        assertEquals(Verdict.BROKEN, eleven.verdict());
        assertEquals("more than 10 redirects", eleven.detail());
    }

    @Test
    void botWallsAreUnverified() {
        LinkStatus challenge = check("/challenge");
        assertEquals(Verdict.UNVERIFIED, challenge.verdict(), "a 200 that is a challenge page says nothing of the page");
        assertTrue(challenge.detail().contains("Cloudflare"), challenge.detail());
        int before = hits.get();
        assertEquals(Verdict.UNVERIFIED, check("/browser-check").verdict());
        assertEquals(before + 1, hits.get(), "HEAD answered; a wall is not retried");
        assertEquals(Verdict.UNVERIFIED, check("/linkedin").verdict());
        assertEquals(Verdict.UNVERIFIED, check("/to-ftp").verdict(), "a redirect out of http(s) is not followed");
    }

    @Test
    void aStatusToHeadIsTheAnswerAndGetOnlyFollowsARefusedHead() {
        int before = hits.get();
        LinkStatus missing = check("/head-missing");
        assertEquals(Verdict.BROKEN, missing.verdict(), "a 404 to HEAD is an answer");
        assertEquals(before + 1, hits.get(), "no second request where HEAD answered");
        assertEquals(Verdict.OK, check("/not-implemented").verdict());
        assertEquals(before + 3, hits.get(), "501 to HEAD: asked again with GET");
    }

    @Test
    void acceptedStatusesAsLycheeWritesThem() {
        assertEquals(java.util.Set.of(200, 201, 202, 403, 999), LinkCheckSettings.parseStatuses("200..203, 403 999"));
        assertEquals(java.util.Set.of(200, 201, 202, 203), LinkCheckSettings.parseStatuses("200..=203"));
        assertEquals(java.util.Set.of(), LinkCheckSettings.parseStatuses(" "));
        assertThrows(IllegalArgumentException.class, () -> LinkCheckSettings.parseStatuses("99"));
        assertThrows(IllegalArgumentException.class, () -> LinkCheckSettings.parseStatuses("40x"));
    }

    @Test
    void retryAfterAsSecondsOrDate() {
        assertEquals(Duration.ofSeconds(120), LinkChecker.retryAfter(" 120 "));
        assertEquals(Duration.ZERO, LinkChecker.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), "a date in the past");
        Duration ahead = LinkChecker.retryAfter(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(60)));
        assertTrue(ahead.toSeconds() >= 58 && ahead.toSeconds() <= 60, ahead.toString());
        assertEquals(null, LinkChecker.retryAfter("soon"));
        long start = System.nanoTime();
        assertEquals(Verdict.OK, check("/busy-until").verdict());
        assertTrue(System.nanoTime() - start >= 900_000_000L, "waited until the date Retry-After named");
    }

    private static LinkCheckSettings limits(int overall, int perHost, Duration interval) {
        return new LinkCheckSettings(Duration.ofSeconds(5), 10, 0, Duration.ofMillis(20), overall, perHost, interval,
                Duration.ofSeconds(5), Duration.ofDays(1));
    }

    private static List<String> slowUrls(int n) {
        List<String> urls = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            urls.add(base + "/slow?i=" + i);
        }
        return urls;
    }

    @Test
    void perHostConcurrencyIsLimited() {
        maxInFlight.set(0);
        long start = System.nanoTime();
        Map<String, LinkStatus> results = new LinkChecker(limits(16, 2, Duration.ZERO), null).check(slowUrls(12), null);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(results.values().stream().allMatch(r -> r.verdict() == Verdict.OK), results.toString());
        assertEquals(2, maxInFlight.get(), "two at a time on one host");
        assertTrue(ms >= 600, "12 requests of 100 ms, two at a time: " + ms + " ms");
    }

    @Test
    void overallConcurrencyIsLimited() {
        maxInFlight.set(0);
        new LinkChecker(limits(3, 8, Duration.ZERO), null).check(slowUrls(12), null);
        assertEquals(3, maxInFlight.get(), "three at a time in all");
    }

    @Test
    void requestsToOneHostKeepTheirInterval() {
        long start = System.nanoTime();
        new LinkChecker(limits(8, 8, Duration.ofMillis(150)), null).check(List.of(base + "/ok?1", base + "/ok?2",
                base + "/ok?3", base + "/ok?4", base + "/ok?5"), null);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms >= 600, "five starts 150 ms apart: " + ms + " ms");
    }

    @Test
    void progressAndCancellation() {
        java.util.concurrent.atomic.AtomicInteger total = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger worked = new java.util.concurrent.atomic.AtomicInteger();
        org.eclipse.core.runtime.IProgressMonitor counting = new org.eclipse.core.runtime.NullProgressMonitor() {
            @Override
            public void beginTask(String name, int work) {
                total.set(work);
            }

            @Override
            public void internalWorked(double work) {
                worked.addAndGet((int) Math.round(work));
            }

            @Override
            public void worked(int work) {
                worked.addAndGet(work);
            }
        };
        new LinkChecker(FAST, null).check(List.of(base + "/ok?a", base + "/ok?b", base + "/ok?c"), counting);
        assertTrue(total.get() > 0);
        assertEquals(total.get(), worked.get(), "all the work was reported");

        long start = System.nanoTime();
        org.eclipse.core.runtime.IProgressMonitor cancelSoon = new org.eclipse.core.runtime.NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return System.nanoTime() - start > 300_000_000L;
            }
        };
        LinkCheckSettings patient = FAST.withTimeout(Duration.ofSeconds(30));
        org.junit.jupiter.api.Assertions.assertThrows(org.eclipse.core.runtime.OperationCanceledException.class,
                () -> new LinkChecker(patient, null).check(List.of(base + "/hang?1", base + "/hang?2"), cancelSoon));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "cancelled within the polling interval, not after the hang");
    }

    @Test
    void cacheSkipsLastingAnswersUntilTheyExpire(@TempDir Path dir) throws IOException {
        LinkCache cache = LinkCache.open(dir, Duration.ofHours(1));
        new LinkChecker(FAST, cache).check(List.of(base + "/count", base + "/error"), null);
        cache.save();
        int before = hits.get();
        LinkCache again = LinkCache.open(dir, Duration.ofHours(1));
        Map<String, LinkStatus> results = new LinkChecker(FAST, again).check(List.of(base + "/count"), null);
        assertEquals(Verdict.OK, results.get(base + "/count").verdict());
        assertEquals(before, hits.get(), "answered from the cache");
        assertTrue(Files.readString(dir.resolve(".rfy/link-check.tsv")).contains("/count"));
        assertTrue(!Files.readString(dir.resolve(".rfy/link-check.tsv")).contains("/error"), "5xx is not kept");
        LinkCache expired = LinkCache.open(dir, Duration.ZERO);
        new LinkChecker(FAST, expired).check(List.of(base + "/count"), null);
        assertEquals(before + 1, hits.get());
    }

    @Test
    void onlineValidationReportsBrokenAndMovedLinksWhereTheyAre(@TempDir Path dir) throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        Path file = ws.resolve("reviews/2020-05/flowtron.md");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                .replace("https://arxiv.org/abs/2005.05957", base + "/missing")
                .replace("https://github.com/NVIDIA/flowtron", base + "/r1")
                .replace("{label: Blog, url: \"\"}", "{label: Blog, url: \"" + base + "/forbidden\"}"));
        // every other link of the sample would go to the internet: keep this test local
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        loaded.reviews().stream().filter(r -> !r.getId().equals("flowtron"))
                .forEach(r -> r.getPapers().forEach(p -> p.getLinks().forEach(l -> l.setUrl(""))));
        List<ReportEntry> report = WorkspaceValidation.run(loaded, ValidationSettings.defaults(),
                new LinkChecker(FAST, null), null);
        ReportEntry broken = report.stream().filter(e -> e.code().equals("rfy.link.broken")).findFirst().orElseThrow();
        assertEquals("reviews/2020-05/flowtron.md", broken.file());
        assertEquals(11, broken.line());
        assertEquals(base + "/missing", broken.url(), "the finding names its URL");
        assertTrue(broken.message().contains(base + "/missing"), broken.message());
        ReportEntry moved = report.stream().filter(e -> e.code().equals("rfy.link.moved")).findFirst().orElseThrow();
        assertEquals(base + "/ok", moved.suggestion());
        assertEquals(1, report.stream().filter(e -> e.code().equals("rfy.link.unverified")).count());
        assertTrue(WorkspaceValidation.hasErrors(report));
    }
}
