package io.rfy.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.rfy.store.AtomicFile;
import io.rfy.validation.LinkStatus.Verdict;

/**
 * Link-check results kept between runs in {@code <ws>/.rfy/link-check.tsv}, each for a limited time. Only
 * lasting answers are kept (fine, moved, 404/410): a 429, a 5xx or a timeout says little about tomorrow.
 */
public final class LinkCache {

    /** Where the results are kept, relative to the workspace folder. */
    public static final String FILE = io.rfy.store.WorkspaceLayout.CACHE + "/link-check.tsv";

    private record Entry(LinkStatus status, long checkedAt) {
    }

    private final Path file;
    private final Duration ttl;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private LinkCache(Path file, Duration ttl) {
        this.file = file;
        this.ttl = ttl;
    }

    /** Reads the cache file if there is one; a damaged line is skipped, never fatal: the cache can be rebuilt. */
    public static LinkCache open(Path workspace, Duration ttl) throws IOException {
        LinkCache cache = new LinkCache(workspace.resolve(FILE), ttl);
        if (Files.isRegularFile(cache.file)) {
            for (String line : Files.readAllLines(cache.file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                try {
                    LinkStatus s = new LinkStatus(f[0], Verdict.valueOf(f[1]), Integer.parseInt(f[2]),
                            f[3].isEmpty() ? null : f[3], f[5]);
                    cache.entries.put(f[0], new Entry(s, Long.parseLong(f[4])));
                } catch (RuntimeException e) {
                    // skip the line
                }
            }
        }
        return cache;
    }

    LinkStatus get(String url) {
        Entry e = entries.get(url);
        return e != null && System.currentTimeMillis() - e.checkedAt < ttl.toMillis() ? e.status : null;
    }

    void put(LinkStatus status) {
        boolean lasting = status.verdict() == Verdict.OK || status.verdict() == Verdict.MOVED
                || status.verdict() == Verdict.BROKEN && (status.status() == 404 || status.status() == 410);
        if (lasting) {
            entries.put(status.url(), new Entry(status, System.currentTimeMillis()));
        }
    }

    public void save() throws IOException {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries.values()) {
            LinkStatus s = e.status;
            out.append(clean(s.url())).append('\t').append(s.verdict()).append('\t').append(s.status()).append('\t')
                    .append(s.finalUrl() == null ? "" : clean(s.finalUrl())).append('\t').append(e.checkedAt)
                    .append('\t').append(clean(s.detail())).append('\n');
        }
        AtomicFile.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
