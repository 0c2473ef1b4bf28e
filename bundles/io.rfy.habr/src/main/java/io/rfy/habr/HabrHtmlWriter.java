package io.rfy.habr;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import io.rfy.model.Batch;
import io.rfy.model.Link;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.Ids;
import io.rfy.store.ReviewLinks;

/**
 * A batch as HTML for Habr's classic editor, in the rubric's layout: intro, «Статьи на сегодня:» with links to the
 * reviews, {@code <cut/>}, then each review's numbered heading, author lines, {@code ::}-joined links, reviewer line
 * and body, and a link back to the top. Only tags Habr accepts are written ({@link HabrSafelist}); paragraphs are
 * separated by explicit {@code <br/>}s, because Habr's automatic line breaks must be off when pasting HTML.
 * Markup a body uses that Habr would reject is converted or dropped, with a warning naming the review.
 */
public final class HabrHtmlWriter {

    private static final org.jsoup.safety.Safelist SAFE = HabrSafelist.get();

    private final List<String> warnings = new ArrayList<>();
    /** Review id -> its anchor in the post being written, for links between reviews of one batch. */
    private final java.util.Map<String, String> anchorsById = new java.util.HashMap<>();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create(),
            StrikethroughExtension.create())).softbreak("<br/>").build();

    private final List<String> errors = new ArrayList<>();

    public List<String> warnings() {
        return warnings;
    }

    /** What could not be exported at all ({@code file:line: message}); the rest of the post is still written. */
    public List<String> errors() {
        return errors;
    }

    public String write(Batch batch) {
        List<Review> reviews = RubricLayout.reviews(batch);
        List<String> ids = RubricLayout.anchors(reviews);
        for (int i = 0; i < reviews.size(); i++) {
            anchorsById.put(reviews.get(i).getId(), ids.get(i));
        }
        StringBuilder out = new StringBuilder("<anchor>top</anchor>");
        out.append(body(batch.getIntro(), "the intro", batch)).append("<br/><br/>\n");
        out.append(Rubric.TOC_HEADING).append("<br/>\n<ol>\n");
        for (int i = 0; i < reviews.size(); i++) {
            out.append("<li><a href=\"#").append(ids.get(i)).append("\">").append(esc(tocEntry(reviews.get(i))))
                    .append("</a></li>\n");
        }
        out.append("</ol>\n<cut/>\n");
        for (int i = 0; i < reviews.size(); i++) {
            out.append(review(reviews.get(i), i + 1, ids.get(i)));
        }
        out.append("<a href=\"#top\">").append(Rubric.BACK_TO_TOP).append("</a>\n");
        CutRule.check(out.toString()).forEach(p -> warnings.add("cut: " + p));
        return out.toString();
    }

    static String tocEntry(Review review) {
        return RubricLayout.tocEntry(review);
    }

    private String review(Review review, int number, String anchor) {
        StringBuilder out = new StringBuilder();
        List<Paper> papers = review.getPapers();
        out.append("<h2><anchor>").append(anchor).append("</anchor>").append(number).append(". ")
                .append(esc(RubricLayout.titles(review))).append("</h2>\n");
        for (int p = 0; p < papers.size(); p++) {
            out.append(esc(RubricLayout.authorsLine(review, p))).append("<br/>\n");
        }
        List<String> links = new ArrayList<>();
        for (Paper paper : papers) {
            for (Link link : paper.getLinks()) {
                boolean none = link.getUrl() == null || link.getUrl().isBlank();
                boolean safe = !none && SafeUrl.isSafe(link.getUrl()) && !link.getUrl().strip().startsWith("#");
                links.add(safe ? "<a href=\"" + esc(link.getUrl().strip()) + "\">" + esc(link.getLabel()) + "</a>"
                        : esc(link.getLabel()));
                if (none) {
                    warnings.add(review.getId() + ": the link '" + link.getLabel() + "' has no URL; written as plain text");
                } else if (!safe) {
                    warnings.add(review.getId() + ": the link '" + HabrTextImporter.shorten(link.getLabel()) + "' goes to '"
                            + HabrTextImporter.shorten(link.getUrl()) + "', which is not a web address; written as plain text");
                }
            }
        }
        if (!links.isEmpty()) {
            out.append(String.join(" :: ", links)).append("<br/>\n");
        }
        String reviewer = RubricLayout.reviewerLine(review);
        if (reviewer != null) {
            out.append(esc(reviewer)).append("<br/>\n");
        } else {
            warnings.add(review.getId() + ": no reviewer '" + Ids.of(review, Literals.REVIEW__REVIEWER) + "' to name");
        }
        out.append("<br/>\n").append(body(review.getBody(), "review '" + review.getId() + "'", review)).append("<br/>\n");
        return out.toString();
    }

    String body(String markdown, String where) {
        return body(markdown, where, null);
    }

    /** Markdown rendered by commonmark, then mapped onto the tags Habr accepts. */
    String body(String markdown, String where, org.eclipse.emf.ecore.EObject owner) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        org.commonmark.node.Node parsed;
        try {
            parsed = MarkdownBody.parse(markdown);
        } catch (MarkdownBody.TooDeepException e) {
            errors.add(ExportErrors.at(owner, e) + ": " + where + ": " + e.getMessage());
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(renderer.render(parsed));
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.xhtml).syntax(Document.OutputSettings.Syntax.xml);
        Element body = doc.body();
        dropComments(body, where);
        for (Element e : body.select("script, style, iframe, object, embed, form")) {
            warnings.add(where + ": dropped <" + e.tagName() + ">, which Habr does not accept");
            e.remove();
        }
        for (Element details : body.select("details")) {
            Element summary = details.selectFirst("summary");
            details.tagName("spoiler").attr("title", summary == null ? "Подробнее" : summary.text());
            if (summary != null) {
                summary.remove();
            }
            warnings.add(where + ": <details> became a Habr <spoiler>");
        }
        for (Element img : body.select("img[src]")) {
            if (!img.attr("src").isBlank() && !SAFE.isSafeAttribute("img", img, img.attribute("src"))) {
                warnings.add(where + ": dropped the image source '" + HabrTextImporter.shorten(img.attr("src"))
                        + "': Habr takes only absolute http(s) image URLs");
                img.attr("src", "");
            }
        }
        for (Element img : body.select("img")) {
            String caption = img.attr("alt");
            Element figure = new Element("span");
            if (img.attr("src").isBlank()) {
                warnings.add(where + ": a figure" + (caption.isBlank() ? "" : " ('" + HabrTextImporter.shorten(caption)
                        + "')") + " has no image URL; only its caption is written");
            } else {
                figure.appendChild(new Element("img").attr("src", img.attr("src")).attr("alt", caption));
                if (!caption.isBlank()) {
                    figure.appendChild(new Element("br"));
                }
            }
            if (!caption.isBlank()) {
                figure.appendChild(new Element("i").text(caption));
            }
            img.replaceWith(figure);
            figure.unwrap();
        }
        for (Element pre : body.select("pre")) {
            Element code = pre.selectFirst("code");
            String lang = code == null ? "" : code.className().replace("language-", "");
            Element source = new Element("source").text(code == null ? pre.wholeText() : code.wholeText());
            if (!lang.isBlank()) {
                source.attr("lang", lang);
            }
            pre.replaceWith(source);
        }
        body.select("code").unwrap();
        body.select("del").tagName("s");
        body.select("h1, h2").tagName("h3");
        body.select("h5, h6").tagName("h4");
        body.select("thead, tbody").unwrap();
        for (Element p : body.select("p")) {
            // Habr has no <p>: a paragraph is text followed by an empty line
            p.after("<br/><br/>");
            p.unwrap();
        }
        for (Element e : body.getAllElements()) {
            if (e != body && !SAFE.isSafeTag(e.tagName())) {
                warnings.add(where + ": <" + e.tagName() + "> is not accepted by Habr; kept its text only");
                e.unwrap();
            }
        }
        for (Element a : body.select("a[href]")) {
            // a link to another review of this post (any form ReviewLinks reads: "rfy:review/<id>", "rfy://review/<id>",
            // "../2020-05/<id>.md") jumps to its heading
            String anchor = anchorsById.get(ReviewLinks.reviewId(a.attr("href")));
            if (anchor != null) {
                a.attr("href", "#" + anchor);
            }
        }
        dropUnsafeAttributes(body, where);
        trimTrailingBreaks(body);
        return body.html().strip().replace(" />", "/>"); // one spelling of void tags across the export
    }

    /**
     * Event handlers, styles and links with other protocols ({@code javascript:}) from raw HTML in a body: Habr
     * rejects them, and a reader must not get them. A link left without its target keeps its text.
     */
    private void dropUnsafeAttributes(Element body, String where) {
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            for (org.jsoup.nodes.Attribute a : List.copyOf(e.attributes().asList())) {
                if (SAFE.isSafeAttribute(e.tagName(), e, a)) {
                    continue;
                }
                e.removeAttr(a.getKey());
                if (!(a.getKey().equals("align") && (e.tagName().equals("th") || e.tagName().equals("td")))) {
                    // commonmark's own table alignment goes quietly; anything else came from the author
                    warnings.add(where + ": removed " + a.getKey() + "=\"" + HabrTextImporter.shorten(a.getValue())
                            + "\" from <" + e.tagName() + ">, which Habr does not accept");
                }
            }
            if (e.tagName().equals("a") && !e.hasAttr("href")) {
                e.unwrap();
            }
        }
    }

    /** HTML comments (and other non-content nodes) of raw HTML never reach the post: Habr would show or keep them. */
    private void dropComments(Element body, String where) {
        List<Node> drop = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.Comment || node instanceof org.jsoup.nodes.XmlDeclaration
                    || node instanceof org.jsoup.nodes.DocumentType) {
                drop.add(node);
            }
        }, body);
        if (!drop.isEmpty()) {
            warnings.add(where + ": dropped " + drop.size() + " HTML comment" + (drop.size() == 1 ? "" : "s"));
            drop.forEach(Node::remove);
        }
    }

    private static void trimTrailingBreaks(Element body) {
        while (!body.childNodes().isEmpty()) {
            Node last = body.childNode(body.childNodeSize() - 1);
            if (last instanceof Element e && e.tagName().equals("br") || last instanceof TextNode t && t.isBlank()) {
                last.remove();
            } else {
                break;
            }
        }
    }

    static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }
}
