package io.rfy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.store.RfyWorkspace;
import io.rfy.validation.LinkCheckSettings;
import io.rfy.validation.LinkChecker;
import io.rfy.validation.LinkStatus;
import io.rfy.validation.ReportEntry;
import io.rfy.validation.ValidationSettings;
import io.rfy.validation.WorkspaceValidation;

/**
 * The link checker on many loopback hosts with the defaults: the verdicts are the expected ones, HEAD's answers stand
 * (GET only where HEAD is refused or dropped), never more than 8 requests in flight on a host, and rfy validate's
 * findings name exactly the broken URLs.
 */
class LinkScaleTest {

    @Test
    void verdictsOnManyHostsAreTheExpectedSet(@TempDir Path dir) throws Exception {
        try (SlowHttpServer server = new SlowHttpServer(20, 5)) {
            List<String> urls = new ArrayList<>(LinkWorkspace.urls(server, 30, 40));
            Set<String> broken = urls.stream().filter(u -> u.endsWith("x")).collect(Collectors.toCollection(TreeSet::new));
            for (int h = 1; h <= 20; h += 4) {
                urls.add(server.base(h) + "/no-head/" + h);
                urls.add(server.base(h) + "/close-head/" + h);
            }
            Map<String, LinkStatus> results = new LinkChecker(LinkCheckSettings.defaults(), null).check(urls, null);
            Set<String> found = new TreeSet<>();
            results.values().forEach(s -> {
                if (s.verdict() == LinkStatus.Verdict.BROKEN) {
                    found.add(s.url());
                } else {
                    assertEquals(LinkStatus.Verdict.OK, s.verdict(), s.toString());
                }
            });
            assertEquals(40, broken.size());
            assertEquals(broken, found);
            // one HEAD per URL; java.net.http itself sends a dropped HEAD (no answer) once more before giving up
            assertTrue(server.requests("HEAD") >= urls.size() && server.requests("HEAD") <= urls.size() + 5,
                    "one HEAD per URL: " + server.requests("HEAD"));
            assertEquals(10, server.requests("GET"), "GET only after a 405 or a HEAD closed without a reply");
            assertTrue(server.maxInFlightOnAHost() <= 8, "at most 8 on a host: " + server.maxInFlightOnAHost());
        }
    }

    @Test
    void validateOnlineNamesEachBrokenUrl(@TempDir Path dir) throws Exception {
        try (SlowHttpServer server = new SlowHttpServer(10, 5)) {
            LinkWorkspace.write(dir, LinkWorkspace.urls(server, 20, 10));
            List<ReportEntry> report = WorkspaceValidation.run(RfyWorkspace.load(dir.resolve("ws")),
                    ValidationSettings.defaults(), new LinkChecker(LinkCheckSettings.defaults(), null), null);
            Set<String> named = report.stream().filter(e -> e.code().equals("rfy.link.broken")).map(ReportEntry::url)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(Files.readAllLines(dir.resolve("broken.txt"))), named);
            report.stream().filter(e -> e.code().equals("rfy.link.broken"))
                    .forEach(e -> assertTrue(e.message().contains(e.url()), e.message()));
        }
    }
}
