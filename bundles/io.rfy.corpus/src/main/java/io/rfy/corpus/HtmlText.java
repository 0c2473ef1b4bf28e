package io.rfy.corpus;

import org.jsoup.nodes.Element;

/**
 * The visible text of an HTML element as a reader sees it: blocks and {@code <br>} on their own lines, runs of blank
 * lines collapsed, no scripts or styles. Mention offsets count into this text, so it must not depend on anything but
 * the page.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String of(Element element) {
        Element copy = element.clone();
        copy.select("script, style, noscript").remove();
        // (<br> needs nothing: wholeText already gives it a line break)
        for (Element e : copy.select("p, div, li, h1, h2, h3, h4, h5, h6, tr, blockquote, pre, figcaption")) {
            if (e != copy) { // the copy has no parent to put a line break after
                e.after(new org.jsoup.nodes.TextNode("\n")); // after(String) parses HTML in context: O(depth) each
            }
        }
        return copy.wholeText().replace("\u00A0", " ").replaceAll("[ \\t\\x0B\\f\\r]+\n", "\n").replaceAll("\n[ \\t]+", "\n")
                .replaceAll("\n{3,}", "\n\n").strip();
    }
}
