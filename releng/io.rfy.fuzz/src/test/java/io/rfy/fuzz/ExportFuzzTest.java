package io.rfy.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The exporters on reviews that do parse: any title, link URL and body (raw HTML, links, images, nesting) in a
 * well-formed review. Whatever the source, the HTML and the Markdown hold only Habr's markup and safe URLs.
 */
class ExportFuzzTest {

    private static final Path WS = RfyFuzz.sample(RfyFuzz.tempDir());
    private static final Path REVIEW = WS.resolve("reviews/2020-05/jukebox.md");
    private static final String BATCH = WS.resolve("batches/2020-05-part-1.md").toString();

    @FuzzTest(maxDuration = RfyFuzz.DURATION)
    void export(FuzzedDataProvider data) throws Exception {
        String title = data.consumeString(80);
        String url = data.consumeString(200);
        String body = data.consumeRemainingAsString();
        String review = "---\nreviewer: belskikh\nstatus: ready\npapers:\n  - title: " + json(title.isBlank() ? "T" : title)
                + "\n    authors: [A. Author]\n    links:\n      - {label: Link, url: " + json(url) + "}\n---\n" + body;
        Files.write(REVIEW, review.getBytes(StandardCharsets.UTF_8));
        RfyFuzz.Run html = RfyFuzz.rfy("export", BATCH, "--format", "habr-html");
        if (html.code() == 0) {
            RfyFuzz.checkHabrHtml(html.out());
        }
        RfyFuzz.Run md = RfyFuzz.rfy("export", BATCH, "--format", "habr-md");
        if (md.code() == 0) {
            RfyFuzz.checkHabrMarkdown(md.out());
        }
    }

    /** A YAML double-quoted scalar (JSON's escapes are YAML's). */
    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0 || c == 0xFEFF || c >= 0xD800 && c < 0xE000
                    || c == 0xFFFE || c == 0xFFFF) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
