package io.rfy.habr;

import org.jsoup.safety.Safelist;

/** The markup Habr's classic editor accepts (DOMAIN-NOTES §2), as a Jsoup {@link Safelist}. */
public final class HabrSafelist {

    private HabrSafelist() {
    }

    public static Safelist get() {
        return new Safelist()
                .addTags("h1", "h2", "h3", "h4", "img", "a", "anchor", "strong", "b", "em", "i", "strike", "s", "u", "hr",
                        "blockquote", "table", "tr", "th", "td", "sup", "sub", "abbr", "acronym", "pre", "nobr", "br", "ul",
                        "ol", "li", "cut", "source", "spoiler", "oembed")
                .addAttributes("img", "src", "alt", "align").addAttributes("a", "href").addAttributes("cut", "text")
                .addAttributes("source", "lang").addAttributes("spoiler", "title")
                .addAttributes("abbr", "title").addAttributes("acronym", "title")
                .addProtocols("img", "src", "http", "https").addProtocols("a", "href", "http", "https", "#");
    }
}
