package io.rfy.habr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown kept as written, except what Habr's Markdown mode would pass on as executable or foreign markup: raw HTML
 * outside {@link HabrSafelist} (script, event handlers, comments) and links or images whose URL {@link SafeUrl}
 * refuses. Each change is reported. Edits are cut out of the original text by commonmark's source spans, so
 * everything else stays byte for byte.
 */
final class MarkdownSanitizer {

    private static final Safelist SAFE = HabrSafelist.get();
    private static final Pattern TAG = Pattern.compile("(?s)<(/?)([A-Za-z][A-Za-z0-9-]*)(.*?)(/?)>");

    private record Edit(int start, int end, String replacement) {
    }

    private final List<String> warnings;
    /** A link's in-page target ({@code #anchor}) when it points at a review of the same post, else null. */
    private final java.util.function.Function<String, String> inPage;

    MarkdownSanitizer(List<String> warnings, java.util.function.Function<String, String> inPage) {
        this.warnings = warnings;
        this.inPage = inPage;
    }

    String sanitize(String markdown, String where) throws MarkdownBody.TooDeepException {
        Node document = MarkdownBody.parse(markdown);
        List<Edit> edits = new ArrayList<>();
        for (Node node : MarkdownBody.nodes(document)) {
            if (node instanceof HtmlBlock block) {
                String clean = cleanBlock(block.getLiteral());
                if (clean != null) {
                    warnings.add(where + ": raw HTML at line " + MarkdownBody.line(node) + " had markup Habr does not accept"
                            + " (scripts, event handlers, comments, other links); it was removed");
                    edit(edits, node, clean);
                }
            } else if (node instanceof HtmlInline inline) {
                if (!isSafeTag(inline.getLiteral())) {
                    warnings.add(where + ": dropped the raw HTML '" + HabrTextImporter.shorten(inline.getLiteral())
                            + "' at line " + MarkdownBody.line(node) + ", which Habr does not accept");
                    edit(edits, node, "");
                }
            } else if (node instanceof Link link && inPage.apply(link.getDestination()) != null
                    && inlineDestination(markdown, node) >= 0) {
                // a link to another review of this post jumps to its heading, as in the HTML export
                int at = inlineDestination(markdown, node);
                List<SourceSpan> spans = node.getSourceSpans();
                SourceSpan last = spans.get(spans.size() - 1);
                edits.add(new Edit(at, last.getInputIndex() + last.getLength(), "](" + inPage.apply(link.getDestination())
                        + ")"));
            } else if (node instanceof Link link && !SafeUrl.isSafe(link.getDestination())) {
                warnings.add(where + ": the link to '" + HabrTextImporter.shorten(link.getDestination()) + "' at line "
                        + MarkdownBody.line(node) + " is not a web address; only its text is kept");
                edit(edits, node, escape(text(link)));
            } else if (node instanceof Image image && !SafeUrl.isSafe(image.getDestination())) {
                warnings.add(where + ": dropped the image source '" + HabrTextImporter.shorten(image.getDestination())
                        + "' at line " + MarkdownBody.line(node) + ": not a web address; its caption is kept");
                edit(edits, node, escape(text(image)));
            } else if (node instanceof LinkReferenceDefinition def && !SafeUrl.isSafe(def.getDestination())) {
                warnings.add(where + ": dropped the link definition [" + HabrTextImporter.shorten(def.getLabel())
                        + "] at line " + MarkdownBody.line(node) + ": '" + HabrTextImporter.shorten(def.getDestination())
                        + "' is not a web address");
                edit(edits, node, "");
            }
        }
        if (edits.isEmpty()) {
            return markdown;
        }
        edits.sort(java.util.Comparator.comparingInt(Edit::start));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Edit e : edits) {
            if (e.start < at) {
                continue; // inside an earlier edit (a raw tag inside a dropped link)
            }
            out.append(markdown, at, e.start).append(e.replacement);
            at = e.end;
        }
        return out.append(markdown.substring(at)).toString();
    }

    /** Where {@code ](destination)} of an inline link starts in the text, or -1 (a reference link, say). */
    private static int inlineDestination(String markdown, Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return -1;
        }
        SourceSpan last = spans.get(spans.size() - 1);
        int end = last.getInputIndex() + last.getLength();
        int start = spans.get(0).getInputIndex();
        if (end > markdown.length() || end <= start || markdown.charAt(end - 1) != ')') {
            return -1;
        }
        int at = markdown.lastIndexOf("](", end - 1);
        return at >= start ? at : -1;
    }

    private static void edit(List<Edit> edits, Node node, String replacement) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        edits.add(new Edit(first.getInputIndex(), last.getInputIndex() + last.getLength(), replacement));
    }

    private static String text(Node node) {
        StringBuilder s = new StringBuilder();
        for (Node n : MarkdownBody.nodes(node)) {
            if (n instanceof Text t) {
                s.append(t.getLiteral());
            }
        }
        return s.toString();
    }

    /** Plain text that Markdown reads back as the same text. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]()<>#!|~])", "\\\\$1").replace("&", "&amp;");
    }

    /** One inline tag ({@code <b>}, {@code </b>}, {@code <img src=...>}) that Habr accepts as it is. */
    static boolean isSafeTag(String literal) {
        Matcher m = TAG.matcher(literal.strip());
        if (!m.matches() || !SAFE.isSafeTag(m.group(2).toLowerCase(java.util.Locale.ROOT))) {
            return false; // comments, declarations, processing instructions, unknown tags
        }
        if (!m.group(1).isEmpty()) {
            return m.group(3).isBlank();
        }
        Document doc = Jsoup.parseBodyFragment(literal);
        Element e = doc.body().children().isEmpty() ? null : doc.body().child(0);
        if (e == null) {
            return m.group(2).equalsIgnoreCase("cut"); // Habr's own tags that jsoup may not build
        }
        for (Attribute a : e.attributes()) {
            boolean url = a.getKey().equals("href") || a.getKey().equals("src");
            if (url ? !SafeUrl.isSafe(a.getValue()) || !SAFE.isSafeAttribute(e.tagName(), e, new Attribute(a.getKey(),
                    "https://x/")) : !SAFE.isSafeAttribute(e.tagName(), e, a)) {
                return false;
            }
        }
        return true;
    }

    /** The block cleaned to the safelist, or null when it is clean already. */
    static String cleanBlock(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        if (isClean(dirty.body())) {
            return null;
        }
        Document clean = new Cleaner(SAFE).clean(dirty);
        for (Element e : clean.body().getAllElements()) {
            for (Attribute a : List.copyOf(e.attributes().asList())) {
                if ((a.getKey().equals("href") || a.getKey().equals("src")) && !SafeUrl.isSafe(a.getValue())) {
                    e.removeAttr(a.getKey());
                }
            }
        }
        clean.outputSettings().prettyPrint(false);
        String out = clean.body().html();
        // an HTML block ends at a blank line: keep it a block
        return out.isBlank() ? "" : out.strip() + "\n";
    }

    private static boolean isClean(Element body) {
        for (org.jsoup.nodes.Node n : body.childNodes()) {
            if (n instanceof org.jsoup.nodes.Comment || n instanceof org.jsoup.nodes.DataNode
                    || n instanceof org.jsoup.nodes.XmlDeclaration || n instanceof org.jsoup.nodes.DocumentType) {
                return false;
            }
        }
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            if (!SAFE.isSafeTag(e.tagName())) {
                return false;
            }
            for (org.jsoup.nodes.Node n : e.childNodes()) {
                if (n instanceof org.jsoup.nodes.Comment || n instanceof org.jsoup.nodes.DataNode) {
                    return false;
                }
            }
            for (Attribute a : e.attributes()) {
                boolean url = a.getKey().equals("href") || a.getKey().equals("src");
                if (url ? !SafeUrl.isSafe(a.getValue()) : !SAFE.isSafeAttribute(e.tagName(), e, a)) {
                    return false;
                }
            }
        }
        return true;
    }
}
