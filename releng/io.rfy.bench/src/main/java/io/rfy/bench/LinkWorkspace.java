package io.rfy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The link-check benchmark's inputs for one {@link SlowHttpServer}: a workspace whose reviews link every URL (ten a
 * paper, host after host, as a review lists one site's pages together), {@code links.html} with the same URLs for a
 * peer checker, and {@code broken.txt}, the URLs that answer 404.
 */
public final class LinkWorkspace {

    private LinkWorkspace() {
    }

    /** {@code perHost} URLs on each of the server's hosts, host after host; {@code broken} of them end in x (404). */
    public static List<String> urls(SlowHttpServer server, int perHost, int broken) {
        int total = server.hosts() * perHost;
        int every = broken <= 0 ? Integer.MAX_VALUE : Math.max(1, total / broken);
        List<String> urls = new ArrayList<>(total);
        for (int h = 1; h <= server.hosts(); h++) {
            for (int k = 0; k < perHost; k++) {
                int i = urls.size();
                urls.add(server.base(h) + "/page/" + i + (i % every == every / 2 && i / every < broken ? "x" : ""));
            }
        }
        return urls;
    }

    public static void write(Path dir, List<String> urls) throws IOException {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        Files.writeString(ws.resolve("reviewers.yaml"), "- id: bench\n  name: Bench\n", StandardCharsets.UTF_8);
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><title>links</title></head><body>\n");
        StringBuilder broken = new StringBuilder();
        for (int start = 0, n = 0; start < urls.size(); start += 10, n++) {
            StringBuilder review = new StringBuilder("---\nreviewer: bench\nstatus: draft\npapers:\n  - title: \"Paper ")
                    .append(n).append("\"\n    authors: [A. Author]\n    year: 2021\n    links:\n");
            for (String url : urls.subList(start, Math.min(urls.size(), start + 10))) {
                review.append("      - {label: Оригинал статьи, url: \"").append(url).append("\"}\n");
                html.append("<a href=\"").append(url).append("\">").append(url).append("</a>\n");
                if (url.endsWith("x")) {
                    broken.append(url).append('\n');
                }
            }
            review.append("---\nОбзор статьи ").append(n).append(".\n");
            Path file = ws.resolve("reviews/2021-01/links-" + n + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, review, StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("links.html"), html.append("</body></html>\n"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("broken.txt"), broken, StandardCharsets.UTF_8);
    }
}
