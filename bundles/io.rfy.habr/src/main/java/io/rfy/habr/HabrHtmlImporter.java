package io.rfy.habr;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a saved Habr article page (or an HTML fragment in Habr's markup, such as {@link HabrHtmlWriter}'s output).
 * The article body becomes the same line structure the text scrape has — so both imports share one reader —
 * except that nothing is lost: links become {@code [label](url)} and images {@code ![caption](src)}. The title,
 * publication date, hubs and tags come from the page around the body when it has them. Scripts, styles and
 * anything outside the article are ignored.
 */
public final class HabrHtmlImporter {

    private static final List<String> BODY = List.of("#post-content-body", ".tm-article-body", ".post__text",
            ".article-formatted-body", "article");
    /** Habr shows Moscow time; pages carry UTC in {@code <time datetime>}. */
    private static final ZoneId HABR_TIME = ZoneId.of("Europe/Moscow");

    private HabrHtmlImporter() {
    }

    public static ImportedBatch read(String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style, noscript, iframe, form, nav, header, footer").remove();
        Element body = null;
        for (String selector : BODY) {
            body = page.selectFirst(selector);
            if (body != null) {
                break;
            }
        }
        if (body == null) {
            body = page.body();
        }
        StringBuilder text = new StringBuilder();
        Element h1 = page.selectFirst("h1");
        String title = h1 != null ? h1.text() : page.select("meta[property=og:title]").attr("content");
        if (!title.isBlank() && !body.text().contains(title)) {
            text.append(title).append("\n\n\n");
        }
        lines(body, text);
        text.append("\n\nСсылка на начало\n");
        ImportedBatch imported = HabrTextImporter.read(text.toString());
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

    private static void add(List<String> list, String value) {
        String v = value.replace("*", "").strip();
        if (!v.isEmpty() && !list.contains(v)) {
            list.add(v);
        }
    }

    /** The element's content as scrape-like lines: {@code <br>} ends a line, blocks are set apart by blank lines. */
    private static void lines(Node node, StringBuilder out) {
        for (Node child : List.copyOf(node.childNodes())) {
            if (child.parentNode() == null) {
                continue; // removed on the way, e.g. a repeated caption
            }
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
                        StringBuilder item = new StringBuilder();
                        lines(li, item);
                        out.append(e.tagName().equals("ol") ? "  " + n++ + ". " : "  • ")
                                .append(item.toString().strip().replace("\n", " ")).append('\n');
                    }
                    out.append('\n');
                }
                case "img" -> {
                    newline(out);
                    out.append("\n![").append(e.attr("alt")).append("](").append(e.attr("src")).append(")\n");
                    skipRepeatedCaption(e);
                }
                case "a" -> {
                    String href = e.attr("href");
                    StringBuilder label = new StringBuilder();
                    lines(e, label);
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

    private static void wrap(Element e, StringBuilder out, String mark) {
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
