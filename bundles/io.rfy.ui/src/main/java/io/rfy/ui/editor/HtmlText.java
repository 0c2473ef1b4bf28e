package io.rfy.ui.editor;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** Readable text of Habr HTML for the preview without a browser: line breaks, headings and links kept. */
final class HtmlText {

    private HtmlText() {
    }

    static String of(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("anchor").remove(); // Habr's in-page anchors have no text of their own
        for (Element br : doc.select("br")) {
            br.after("\n");
        }
        for (Element h : doc.select("h1, h2, h3, h4")) {
            h.prepend("\n").append("\n");
        }
        for (Element a : doc.select("a[href]")) {
            if (!a.attr("href").startsWith("#")) {
                a.appendText(" <" + a.attr("href") + ">");
            }
        }
        for (Element img : doc.select("img")) {
            img.after(new TextNode("[image " + img.attr("src") + "]"));
        }
        for (Element li : doc.select("li")) {
            li.prependText("\n • ");
        }
        doc.outputSettings().prettyPrint(false);
        return doc.body().wholeText().replaceAll("\n{3,}", "\n\n").strip();
    }
}
