package io.rfy.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmarks' inputs, written for {@code releng/bench/peers.sh}, which times the user's own commands on them
 * ({@code ./rfy mentions}, {@code ./rfy validate}, {@code ./rfy dump}) next to the peers (ripgrep, linkinator):
 * <pre>
 * workspace &lt;dir&gt; [--reviews N] [--reviewers M]        the 10,000-review workspace of validate and dump
 * mentions &lt;dir&gt; [--mb M] [--names N] [--files F] [--telegram]
 *                                                       dir/names.txt, and dir/ws: one review per name and a
 *                                                       corpus of M MB naming them (text files, or one
 *                                                       Telegram export)
 * links &lt;dir&gt; [--hosts H] [--per-host K] [--broken B] [--delay-ms D]
 *                                                       serves H loopback hosts and writes dir/ws (reviews linking
 *                                                       H x K URLs, B of them broken), dir/links.html (the same
 *                                                       URLs for linkinator), dir/broken.txt; prints "ready" and
 *                                                       serves until its standard input is closed; each line read
 *                                                       prints the requests answered since the last
 * habr &lt;seed.txt&gt; &lt;out.txt&gt; [--reviews N]                 a published batch's scrape enlarged to N reviews
 * slack &lt;dir&gt; [--messages N]                           dir/export and dir/export.zip: one channel's Slack export
 *                                                       of N messages (default 200,000), one in ten a review
 * </pre>
 * Plain Java on the JDK alone, so it runs from the built classes without OSGi.
 */
public final class BenchInputs {

    private BenchInputs() {
    }

    public static void main(String[] argv) throws Exception {
        System.exit(run(List.of(argv), System.out));
    }

    static int run(List<String> argv, PrintStream out) throws Exception {
        if (argv.size() < 2) {
            out.println("usage: BenchInputs workspace|mentions|links|habr|slack <dir|file> [options] (see the class comment)");
            return 2;
        }
        Map<String, String> options = options(argv.subList(2, argv.size()));
        Path target = Path.of(argv.get(1));
        switch (argv.get(0)) {
            case "workspace" -> {
                long bytes = SyntheticWorkspace.write(target, intOption(options, "--reviews", 10_000),
                        intOption(options, "--reviewers", 200), 42);
                out.printf("workspace: %s reviews, %.1f MB at %s%n", options.getOrDefault("--reviews", "10000"),
                        bytes / 1e6, target);
            }
            case "mentions" -> {
                int names = intOption(options, "--names", 50_000);
                int mb = intOption(options, "--mb", 200);
                boolean telegram = options.containsKey("--telegram");
                int files = telegram ? 1 : intOption(options, "--files", Math.max(1, mb / 10));
                long bytes = MentionWorkspace.write(target, names, mb * 1_000_000L, files, telegram);
                out.printf("mentions: %d names, %d review(s), %s of %.1f MB at %s%n", names, names,
                        telegram ? "one Telegram export" : files + " text files", bytes / 1e6, target);
            }
            case "links" -> {
                return serveLinks(target, intOption(options, "--hosts", 200), intOption(options, "--per-host", 10),
                        intOption(options, "--broken", 100), intOption(options, "--delay-ms", 50), out);
            }
            case "habr" -> {
                String scrape = HabrScrape.enlarge(Files.readString(target), intOption(options, "--reviews", 1000));
                Path into = Path.of(argv.get(2));
                Files.writeString(into, scrape, StandardCharsets.UTF_8);
                out.printf("habr: %s reviews, %.1f MB at %s%n", options.getOrDefault("--reviews", "1000"),
                        Files.size(into) / 1e6, into);
            }
            case "slack" -> {
                int messages = intOption(options, "--messages", 200_000);
                long bytes = SlackExportInput.generate(target.resolve("export"), messages, 42);
                SlackExportInput.zip(target.resolve("export"), target.resolve("export.zip"));
                out.printf("slack: %,d messages, %.1f MB of JSON, %.1f MB zipped at %s%n", messages, bytes / 1e6,
                        Files.size(target.resolve("export.zip")) / 1e6, target);
            }
            default -> {
                out.println("unknown input '" + argv.get(0) + "'");
                return 2;
            }
        }
        return 0;
    }

    private static int serveLinks(Path dir, int hosts, int perHost, int broken, int delay, PrintStream out)
            throws IOException {
        try (SlowHttpServer server = new SlowHttpServer(hosts, delay)) {
            List<String> urls = LinkWorkspace.urls(server, perHost, broken);
            LinkWorkspace.write(dir, urls);
            out.printf("ready: %d URLs on %d hosts (%d broken), answers after %d ms%n", urls.size(), hosts,
                    urls.stream().filter(u -> u.endsWith("x")).count(), delay);
            out.flush();
            // each line on standard input asks what was served since the last one; its end stops the server
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                    StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.printf("served %s: %d HEAD, %d GET; at most %d in flight on one host%n", line.strip(),
                        server.requests("HEAD"), server.requests("GET"), server.maxInFlightOnAHost());
                out.flush();
                server.resetCounts();
            }
            return 0;
        }
    }

    /** {@code --name value} pairs and {@code --flag}s. */
    private static Map<String, String> options(List<String> args) {
        Map<String, String> map = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>(args);
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (!a.startsWith("--")) {
                continue;
            }
            boolean hasValue = i + 1 < rest.size() && !rest.get(i + 1).startsWith("--");
            map.put(a, hasValue ? rest.get(++i) : "");
        }
        return map;
    }

    private static int intOption(Map<String, String> options, String name, int fallback) {
        String v = options.get(name);
        return v == null || v.isEmpty() ? fallback : Integer.parseInt(v);
    }
}
