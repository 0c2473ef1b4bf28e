package io.rfy.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import io.rfy.cli.Rfy;
import io.rfy.habr.HabrSafelist;
import io.rfy.habr.SafeUrl;
import io.rfy.testsupport.Samples;

/** What every fuzz target checks, and the workspace it works in. */
final class RfyFuzz {

    /** How long each target fuzzes in the normal build (JAZZER_FUZZ=1); 11 targets, each in its own JVM. */
    static final String DURATION = "5s";

    /** The exit codes of DESIGN.md: anything else (70, an internal error) is a finding. */
    static final Set<Integer> EXIT_CODES = Set.of(0, 1, 2);

    private RfyFuzz() {
    }

    record Run(int code, String out, String err) {
    }

    /** Runs the rfy command in this JVM, as {@code ./rfy} would, and checks that it ended as DESIGN.md says. */
    static Run rfy(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Rfy(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args);
        Run run = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertTrue(EXIT_CODES.contains(code), () -> "exit " + code + " for " + List.of(args) + ": " + run.err);
        assertFalse(run.err.contains("internal error"), run.err);
        return run;
    }

    /** A private copy of the sample workspace, made once per JVM (one target per JVM). */
    static Path sample(Path tmp) {
        return Samples.copyOfSample(tmp.resolve("ws"));
    }

    static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("rfy-fuzz-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try {
            io.rfy.store.FolderCopy.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code rfy import slack} of the channel of seed 004's export into {@code ws}; when it imported, the period's
     * drafts become a batch ({@code rfy new batch}, for each month written), which is validated and exported.
     */
    static void importSlack(Path export, Path ws) {
        Run imported = rfy("import", "slack", export.toString(), "--channel", "article_essense", "--into", ws.toString());
        if (imported.code != 0) {
            return;
        }
        java.util.Set<String> periods = new java.util.TreeSet<>();
        for (String written : imported.out.split("\\R")) {
            // reviews/<yyyy-mm>/<id>.md
            String[] parts = written.strip().replace('\\', '/').split("/");
            if (parts.length == 3 && parts[0].equals("reviews")) {
                periods.add(parts[1]);
            }
        }
        for (String period : periods) {
            rfy("new", "batch", ws.toString(), "--period", period);
        }
        validateAndExport(ws);
    }

    /** Nothing was written in {@code dir} outside {@code ws} (a zip entry's {@code ../} must not reach out). */
    static void onlyWroteInto(Path dir, Path ws) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> !p.equals(dir) && !p.startsWith(ws)).findFirst()
                    .ifPresent(p -> org.junit.jupiter.api.Assertions.fail("written outside the workspace: " + p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates and exports the workspace's batch in both formats, checking each output. */
    static void validateAndExport(Path ws) {
        rfy("validate", ws.toString());
        Path batches = ws.resolve("batches");
        if (!Files.isDirectory(batches)) {
            return;
        }
        try (Stream<Path> list = Files.list(batches)) {
            for (Path b : (Iterable<Path>) list.filter(p -> p.toString().endsWith(".md"))::iterator) {
                Run html = rfy("export", b.toString(), "--format", "habr-html");
                if (html.code == 0) {
                    checkHabrHtml(html.out);
                }
                Run md = rfy("export", b.toString(), "--format", "habr-md");
                if (md.code == 0) {
                    checkHabrMarkdown(md.out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only Habr's tags and attributes, and no URL outside http(s), #anchor or a relative link; no comments. */
    static void checkHabrHtml(String html) {
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        org.jsoup.safety.Safelist safe = HabrSafelist.get();
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body()) {
                continue;
            }
            assertTrue(safe.isSafeTag(e.tagName()), () -> "<" + e.tagName() + "> in " + shorten(html));
            for (Attribute a : e.attributes()) {
                boolean url = a.getKey().equals("href") || a.getKey().equals("src");
                assertTrue(url ? SafeUrl.isSafe(a.getValue()) : safe.isSafeAttribute(e.tagName(), e, a),
                        () -> a + " on <" + e.tagName() + "> in " + shorten(html));
            }
        }
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> assertFalse(node instanceof org.jsoup.nodes.Comment,
                () -> "a comment in " + shorten(html)), doc.body());
    }

    private static final Parser MARKDOWN = Parser.builder().build();

    /** The Markdown, read as Habr's Markdown mode reads it, holds no link or raw HTML Habr's safelist would refuse. */
    static void checkHabrMarkdown(String md) {
        Node doc = MARKDOWN.parse(md);
        Node node = doc.getFirstChild();
        StringBuilder html = new StringBuilder();
        while (node != null) {
            if (node instanceof Link l) {
                assertTrue(SafeUrl.isSafe(l.getDestination()), () -> "link to " + l.getDestination());
            } else if (node instanceof Image i) {
                assertTrue(SafeUrl.isSafe(i.getDestination()), () -> "image from " + i.getDestination());
            } else if (node instanceof HtmlInline h) {
                html.append(h.getLiteral());
            } else if (node instanceof HtmlBlock h) {
                html.append(h.getLiteral()).append('\n');
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != null && node != doc && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == null || node == doc ? null : node.getNext();
        }
        checkHabrHtml(html.toString());
    }

    static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
