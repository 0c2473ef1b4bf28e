package io.rfy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rfy.cli.bench.SlowHttpServer;
import io.rfy.validation.LinkCheckSettings;
import io.rfy.validation.LinkChecker;
import io.rfy.validation.LinkStatus;

/**
 * {@code rfy bench links [--urls N] [--delay-ms D] [--peer <markdown-link-check>]}: checks N distinct URLs on a local
 * server that answers after D ms (every 50th is dead), and in the same run the same URLs with a link checker users
 * already know, when one is given; prints both times, the ratio, and whether both found the same dead links.
 */
final class LinkBench {

    private static final Pattern PEER_DEAD = Pattern.compile("\\[✖\\]\\s+(\\S+)");

    private final PrintStream out;

    LinkBench(PrintStream out) {
        this.out = out;
    }

    int run(Args args) throws Args.UsageException, IOException {
        int n = args.intOption("--urls", 2000);
        int delay = args.intOption("--delay-ms", 50);
        String peer = args.option("--peer", null);
        try (SlowHttpServer server = new SlowHttpServer(delay)) {
            List<String> urls = new ArrayList<>();
            Set<String> dead = new TreeSet<>();
            for (int i = 0; i < n; i++) {
                String url = server.base() + (i % 50 == 7 ? "/dead/" : "/page/") + i;
                urls.add(url);
                if (url.contains("/dead/")) {
                    dead.add(url);
                }
            }
            // one local host: its politeness pause would dominate, so it is off here as in the peer (which has none)
            LinkCheckSettings settings = new LinkCheckSettings(Duration.ofSeconds(20), 10, 2, Duration.ofMillis(500), 64,
                    8, Duration.ZERO, Duration.ofSeconds(30), Duration.ofDays(1));
            long start = System.nanoTime();
            Map<String, LinkStatus> results = new LinkChecker(settings, null).check(urls, null);
            long ours = (System.nanoTime() - start) / 1_000_000;
            Set<String> ourDead = new TreeSet<>();
            results.values().stream().filter(s -> s.verdict() == LinkStatus.Verdict.BROKEN).forEach(s -> ourDead.add(s.url()));
            out.printf("rfy link check: %d URLs in %d ms (%.0f URLs/s), %d dead, %s%n", n, ours, n * 1000.0 / ours,
                    ourDead.size(), ourDead.equals(dead) ? "exactly the dead ones" : "WRONG VERDICTS");
            if (peer != null) {
                Path md = Files.createTempFile("rfy-links-", ".md");
                StringBuilder text = new StringBuilder("# Links\n\n");
                urls.forEach(u -> text.append("- [link](").append(u).append(")\n"));
                Files.writeString(md, text, StandardCharsets.UTF_8);
                start = System.nanoTime();
                Process p = new ProcessBuilder(peer, "-q", md.toString()).redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                try {
                    p.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                long theirs = (System.nanoTime() - start) / 1_000_000;
                Files.deleteIfExists(md);
                Set<String> peerDead = new TreeSet<>();
                Matcher m = PEER_DEAD.matcher(output);
                while (m.find()) {
                    peerDead.add(m.group(1));
                }
                out.printf("peer %s: %d URLs in %d ms (%.0f URLs/s), %d dead, %s%n", Path.of(peer).getFileName(), n,
                        theirs, n * 1000.0 / theirs, peerDead.size(),
                        peerDead.equals(dead) ? "exactly the dead ones" : "WRONG VERDICTS");
                out.printf("ratio peer/rfy: %.1fx; same dead links found: %s%n", (double) theirs / ours,
                        peerDead.equals(ourDead));
            }
            return ourDead.equals(dead) ? Rfy.EXIT_OK : Rfy.EXIT_PROBLEMS;
        }
    }
}
