package io.rfy.ui.editor;

import org.eclipse.osgi.util.NLS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.rfy.ui.internal.Messages;

/**
 * Habr's HTML (what Export for Habr writes) as a browser page that looks as the post will on Habr: the article column's
 * font, sizes and colours, and Habr's own tags rendered the way Habr renders them: {@code <anchor>} as an invisible
 * link target (its name is never text), {@code <spoiler title>} as a folded block, {@code <source>} as a code block,
 * {@code <cut/>} as the point where the feed stops ("Читать далее"); figures without an image leave no gap.
 */
final class HabrPreview {

    /** Close to habr.com's article body (2025): system sans-serif at 16 px in a 780 px column, grey-blue links. */
    private static final String STYLE = """
            body{margin:0;background:#fff;color:#333;font:16px/1.56 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,\
            "Helvetica Neue",Arial,sans-serif}
            main{max-width:780px;margin:24px auto;padding:0 20px}
            h1.title{font-size:28px;line-height:1.25;font-weight:700;margin:0 0 20px;color:#111}
            h2{font-size:24px;line-height:1.3;margin:36px 0 14px}
            h3{font-size:20px;margin:28px 0 12px}
            a{color:#548eaa;text-decoration:none}
            a:hover{color:#d94a2d}
            img{max-width:100%;height:auto;display:block;margin:12px auto 4px}
            i{color:#5e6973}
            blockquote{margin:16px 0;padding:0 0 0 16px;border-left:3px solid #d0dde1;color:#5e6973}
            pre{background:#f7f7f7;border:1px solid #e3e3e3;padding:12px 16px;overflow:auto;font-size:14px;line-height:1.45}
            code{font-family:Menlo,Monaco,Consolas,"Courier New",monospace}
            details.spoiler{margin:12px 0;border:1px dashed #d0dde1;padding:8px 12px}
            details.spoiler>summary{cursor:pointer;color:#548eaa;border-bottom:1px dashed #548eaa;display:inline}
            .cut{margin:24px 0;padding:6px 10px;border-top:1px dashed #b2c4cc;color:#7b8c93;font-size:13px}
            ol,ul{padding-left:28px}
            """;

    private HabrPreview() {
    }

    /** A whole page for the browser; {@code title}: the post's title as Habr shows it above the text, or null. */
    static String page(String habrHtml, String title) {
        Document doc = Jsoup.parseBodyFragment(habrHtml);
        render(doc.body());
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>")
                .append(STYLE).append("</style></head><body><main>");
        if (title != null && !title.isBlank()) {
            out.append("<h1 class=\"title\">").append(org.jsoup.nodes.Entities.escape(title)).append("</h1>");
        }
        return out.append(doc.body().html()).append("</main></body></html>").toString();
    }

    /** Habr's tags as a browser shows them on habr.com. */
    static void render(Element body) {
        for (Element anchor : body.select("anchor")) {
            String name = anchor.text().strip();
            anchor.replaceWith(new Element("a").attr("id", name).attr("name", name).addClass("anchor"));
        }
        for (Element spoiler : body.select("spoiler")) {
            Element details = new Element("details").addClass("spoiler");
            details.appendChild(new Element("summary").text(spoiler.attr("title").isBlank() ? "Спойлер"
                    : spoiler.attr("title")));
            Element content = new Element("div");
            content.insertChildren(0, spoiler.childNodesCopy());
            details.appendChild(content);
            spoiler.replaceWith(details);
        }
        for (Element source : body.select("source")) {
            Element pre = new Element("pre");
            pre.appendChild(new Element("code").text(source.wholeText()));
            source.replaceWith(pre);
        }
        for (Element cut : body.select("cut")) {
            // <cut/> is not a void element to an HTML parser: what follows it was read as its content
            java.util.List<org.jsoup.nodes.Node> after = new java.util.ArrayList<>(cut.childNodes());
            if (cut.parent() != null) {
                cut.parent().insertChildren(cut.siblingIndex() + 1, after);
            }
            String text = cut.attr("text").isBlank() ? "Читать далее" : cut.attr("text");
            cut.replaceWith(new Element("div").addClass("cut")
                    .text(NLS.bind(Messages.Preview_cut, text)));
        }
        body.select("img").stream().filter(img -> img.attr("src").isBlank()).forEach(Element::remove);
        // a figure without its image (or a paragraph break before a block) leaves runs of line breaks: keep two
        for (Element br : body.select("br")) {
            int run = 0;
            org.jsoup.nodes.Node n = br.previousSibling();
            while (n != null && (n instanceof Element e && e.tagName().equals("br")
                    || n instanceof org.jsoup.nodes.TextNode t && t.isBlank())) {
                if (n instanceof Element) {
                    run++;
                }
                n = n.previousSibling();
            }
            if (run >= 2) {
                br.remove();
            }
        }
    }
}
