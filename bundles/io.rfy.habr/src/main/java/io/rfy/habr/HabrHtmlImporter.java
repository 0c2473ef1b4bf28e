package io.rfy.habr;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import io.rfy.model.RfyFactory;

/**
 * Reads a saved Habr article page (or an HTML fragment in Habr's markup, such as {@link HabrHtmlWriter}'s output).
 * The article body becomes the same line structure the text scrape has — so both imports share one reader —
 * except that nothing is lost: links become {@code [label](url)} and images {@code ![caption](src)}. The title,
 * publication date, hubs and tags come from the page around the body when it has them. Scripts, styles and
 * anything outside the article are ignored.
 */
public final class HabrHtmlImporter {

    /** Habr shows Moscow time; pages carry UTC in {@code <time datetime>}. */
    private static final ZoneId HABR_TIME = ZoneId.of("Europe/Moscow");

    /** The intermediate text being built, and for offsets in it the line of the page they came from. */
    private final StringBuilder text = new StringBuilder();
    private final TreeMap<Integer, Integer> pageLines = new TreeMap<>();
    private final List<ImportNote> notes = new ArrayList<>();
    /** Pages up to this many characters are parsed as they are; a saved Habr article is well below it. */
    private static final int PARSE_WITHOUT_LOOKING = 4 << 20;
    private static final Pattern TITLE_HINT = Pattern.compile("Читаем(?:\\s|&nbsp;|&#160;)+статьи");
    private final List<ImportNote> pageNotesDirect = new ArrayList<>();
    /** Web addresses only: http(s), protocol-relative, or relative to the page; never javascript: or data:. */
    private static final Pattern SAFE_HREF = Pattern.compile("(?i)https?://|//|/|[^:/?#]*(?:[/?#]|$)");

    /** Deeper than any Habr post's markup (they nest a dozen levels); far below what the stack takes. */
    static final int MAX_DEPTH = 256;

    private HabrHtmlImporter() {
    }

    /** Notes name lines of the page, so an editor can go there. */
    public static ImportedBatch read(String html) {
        return new HabrHtmlImporter().readPage(html);
    }

    private ImportedBatch readPage(String html) {
        if (html.length() > PARSE_WITHOUT_LOOKING && !TITLE_HINT.matcher(html).find()) {
            // tag soup can take Jsoup's tree builder seconds per megabyte: a big page that never names the rubric is
            // refused before it is parsed
            return new ImportedBatch(RfyFactory.eINSTANCE.createBatch(), List.of(), List.of(), List.of(new ImportNote(
                    io.rfy.store.StoreProblem.Severity.ERROR, "habr.no-title", 1, "a page of " + (html.length() >> 20)
                    + "M characters that never says «Читаем статьи за вас»: not a post of the rubric")));
        }
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        page.select("script, style, noscript, iframe, form, nav, header, footer").remove();
        Element body = Rubric.articleBody(page);
        if (body == null) {
            body = page.body();
        }
        Element deepest = deeperThan(body, MAX_DEPTH);
        if (deepest != null) {
            // lines() recurses once per level: a page nested this deep is refused, not walked
            int line = deepest.sourceRange().isTracked() ? deepest.sourceRange().start().lineNumber() : 1;
            return new ImportedBatch(RfyFactory.eINSTANCE.createBatch(), List.of(), List.of(), List.of(new ImportNote(
                    io.rfy.store.StoreProblem.Severity.ERROR, "habr.too-deep", line, "the page's markup is nested more than "
                    + MAX_DEPTH + " levels deep here; not a post this importer can read")));
        }
        Element h1 = Rubric.pageTitle(page);
        String title = h1 != null ? h1.text() : page.select("meta[property=og:title]").attr("content");
        if (!title.isBlank() && !body.text().contains(title)) {
            mark(text, h1 != null ? h1 : page.selectFirst("meta[property=og:title]"));
            text.append(title).append("\n\n\n");
        }
        lines(body, text);
        text.append("\n\n").append(Rubric.BACK_TO_TOP).append('\n');
        ImportedBatch read = HabrTextImporter.read(text.toString());
        notes.addAll(read.notes());
        ImportedBatch imported = new ImportedBatch(read.batch(), read.reviews(), read.reviewers(), pageNotes());
        Element time = page.selectFirst("time[datetime]");
        if (time != null) {
            try {
                LocalDateTime local = OffsetDateTime.parse(time.attr("datetime")).atZoneSameInstant(HABR_TIME)
                        .toLocalDateTime();
                imported.batch().setPublishedDate(local.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")));
            } catch (DateTimeParseException e) {
                // keep what the text had, if anything
            }
        }
        Element canonical = page.selectFirst("link[rel=canonical]");
        if (canonical != null && !canonical.attr("href").isBlank()) {
            imported.batch().setPublishedUrl(canonical.attr("href"));
        }
        page.select("a.tm-publication-hub__link span:eq(0), a.hub-link").forEach(e -> add(imported.batch().getHubs(), e.text()));
        page.select("a.tm-tags-list__link, a.post__tag, a[rel=tag]").forEach(e -> add(imported.batch().getTags(), e.text()));
        return imported;
    }

    /** Remembers that what is appended next to the top-level text comes from this node's line of the page. */
    private void mark(StringBuilder out, Node node) {
        if (out == text && node != null && node.sourceRange().isTracked()) {
            pageLines.put(text.length(), node.sourceRange().start().lineNumber());
        }
    }

    /** The notes with the lines of the intermediate text turned into lines of the page. */
    private List<ImportNote> pageNotes() {
        int[] lineStarts = new int[text.length() + 2];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[lines++] = i + 1;
            }
        }
        List<ImportNote> mapped = new ArrayList<>();
        for (ImportNote n : notes) {
            int offset = n.line() >= 1 && n.line() <= lines ? lineStarts[n.line() - 1] : text.length();
            Map.Entry<Integer, Integer> at = pageLines.floorEntry(offset);
            mapped.add(new ImportNote(n.severity(), n.code(), at == null ? 1 : at.getValue(), n.message()));
        }
        mapped.addAll(pageNotesDirect);
        mapped.sort(java.util.Comparator.comparingInt(ImportNote::line));
        return mapped;
    }

    private static void add(List<String> list, String value) {
        String v = value.replace("*", "").strip();
        if (!v.isEmpty() && !list.contains(v)) {
            list.add(v);
        }
    }

    /** The element's content as scrape-like lines: {@code <br>} ends a line, blocks are set apart by blank lines. */
    private void lines(Node node, StringBuilder out) {
        for (Node child : List.copyOf(node.childNodes())) {
            if (child.parentNode() == null) {
                continue; // removed on the way, e.g. a repeated caption
            }
            mark(out, child);
            if (child instanceof TextNode t) {
                out.append(t.text().replace('\n', ' '));
                continue;
            }
            if (!(child instanceof Element e)) {
                continue;
            }
            switch (e.tagName()) {
                case "br" -> out.append('\n');
                case "anchor" -> {
                    // the anchor's name, invisible on Habr
                }
                // <cut/> is not an HTML void element: a parser may put the rest of the article inside it
                case "cut", "habracut" -> lines(e, out);
                case "h1", "h2", "h3", "h4" -> {
                    Element copy = e.clone();
                    copy.select("anchor").remove();
                    boolean numbered = copy.text().matches("\\d+\\.\\s.*");
                    block(out, (numbered ? "" : "#".repeat(Math.max(3, e.tagName().charAt(1) - '0')) + " ") + copy.text(), 2);
                }
                case "ol", "ul" -> {
                    newline(out);
                    int n = 1;
                    for (Element li : e.children()) {
                        mark(out, li);
                        StringBuilder item = new StringBuilder();
                        lines(li, item);
                        out.append(e.tagName().equals("ol") ? "  " + n++ + ". " : "  • ")
                                .append(item.toString().strip().replace("\n", " ")).append('\n');
                    }
                    out.append('\n');
                }
                case "img" -> {
                    String src = e.attr("src");
                    if (!src.isBlank() && !SAFE_HREF.matcher(src).lookingAt()) {
                        note(e, "habr.unsafe-link", "the image '" + HabrTextImporter.shorten(e.attr("alt")) + "' comes from '"
                                + HabrTextImporter.shorten(src) + "', which is not a web address; its source is left empty");
                        src = "";
                    }
                    newline(out);
                    out.append("\n![").append(e.attr("alt")).append("](").append(src).append(")\n");
                    skipRepeatedCaption(e);
                }
                case "a" -> {
                    String href = e.attr("href");
                    StringBuilder label = new StringBuilder();
                    lines(e, label);
                    if (!href.isBlank() && !href.startsWith("#") && !SAFE_HREF.matcher(href).lookingAt()) {
                        note(e, "habr.unsafe-link", "the link '" + HabrTextImporter.shorten(label.toString()) + "' goes to '"
                                + HabrTextImporter.shorten(href) + "', which is not a web address; only its text is kept");
                        href = "";
                    }
                    out.append(href.isBlank() || href.startsWith("#") ? label : "[" + label + "](" + href + ")");
                }
                case "b", "strong" -> wrap(e, out, "**");
                case "i", "em" -> wrap(e, out, "*");
                case "s", "strike", "del" -> wrap(e, out, "~~");
                case "source", "pre" -> block(out, "```" + e.attr("lang") + "\n" + e.wholeText().strip() + "\n```", 1);
                default -> lines(e, out);
            }
        }
    }

    /** The first element more than {@code max} levels below {@code root}, found without recursion; null if none. */
    static Element deeperThan(Element root, int max) {
        Element[] found = new Element[1];
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > max && node instanceof Element e) {
                    found[0] = e;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return found[0];
    }

    /** The writer puts an image's caption again as {@code <br><i>caption</i>}: it is the alt text already. */
    private static void skipRepeatedCaption(Element img) {
        Element br = img.nextElementSibling();
        Element caption = br == null ? null : br.nextElementSibling();
        if (br != null && br.tagName().equals("br") && caption != null && caption.tagName().equals("i")
                && caption.text().equals(img.attr("alt"))) {
            br.remove();
            caption.remove();
        }
    }

    private void note(Node at, String code, String message) {
        int line = at.sourceRange().isTracked() ? at.sourceRange().start().lineNumber() : 1;
        // already a page line: kept apart from the text importer's notes, whose lines are mapped later
        pageNotesDirect.add(new ImportNote(io.rfy.store.StoreProblem.Severity.WARNING, code, line, message));
    }

    private void wrap(Element e, StringBuilder out, String mark) {
        StringBuilder inner = new StringBuilder();
        lines(e, inner);
        out.append(mark).append(inner).append(mark);
    }

    private static void block(StringBuilder out, String text, int blankLinesAfter) {
        newline(out);
        out.append(text).append("\n".repeat(1 + blankLinesAfter));
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
