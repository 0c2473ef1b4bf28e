package io.rfy.habr;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A review's or batch's Markdown body parsed once for export, with the bound that keeps the writers safe:
 * commonmark's renderer and our passes over the tree recurse once per level, so a body nested deeper than
 * {@link #MAX_DEPTH} (3,000 {@code >} or 10,000 {@code *}) is refused with its line instead of overflowing the stack.
 * The depth is measured without recursion.
 */
public final class MarkdownBody {

    /** Far deeper than any text a person writes (a quote in a list in a quote ...), far below the stack's limit. */
    public static final int MAX_DEPTH = 64;

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** A body too deeply nested to export; {@link #line} is 1-based within the body. */
    public static final class TooDeepException extends Exception {
        private static final long serialVersionUID = 1L;
        public final int line;

        TooDeepException(int line) {
            super("the Markdown is nested more than " + MAX_DEPTH + " levels deep (quotes, lists or emphasis inside each"
                    + " other); it cannot be exported");
            this.line = line;
        }
    }

    private MarkdownBody() {
    }

    public static Node parse(String markdown) throws TooDeepException {
        checkRuns(markdown);
        Node document;
        try {
            document = PARSER.parse(markdown);
        } catch (StackOverflowError e) {
            // commonmark's inline parser recurses over nested emphasis while merging text: nesting built from
            // something other than one run of delimiters (checked above) ends here, refused like the rest
            throw new TooDeepException(1);
        }
        checkDepth(document);
        return document;
    }

    /**
     * Runs of delimiters longer than the depth allows ({@code >>>>...}, {@code ****...}, {@code [[[[...}) are refused
     * before parsing, at their line: commonmark's parser itself recurses over what they build.
     */
    private static void checkRuns(String markdown) throws TooDeepException {
        int line = 1;
        int run = 0;
        char previous = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                line++;
            }
            boolean delimiter = c == '*' || c == '_' || c == '~' || c == '>' || c == '[' || c == '(' || c == '<'
                    || c == '`';
            boolean sameKind = c == previous || c == ' ' && previous == '>';
            run = delimiter || c == ' ' && previous == '>' ? sameKind ? run + 1 : 1 : 0;
            if (delimiter) {
                previous = c;
            } else if (c != ' ') {
                previous = 0;
            }
            if (run > 2 * MAX_DEPTH) {
                throw new TooDeepException(line);
            }
        }
    }

    /** Walks the tree with first-child / next / parent links only: constant stack whatever the depth. */
    private static void checkDepth(Node document) throws TooDeepException {
        Node node = document;
        int depth = 0;
        while (node != null) {
            if (depth > MAX_DEPTH) {
                throw new TooDeepException(line(node));
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == document ? null : node.getNext();
        }
    }

    static int line(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 1;
    }

    /** The nodes of the tree in document order, collected without recursion. */
    static List<Node> nodes(Node document) {
        List<Node> all = new ArrayList<>();
        Node node = document.getFirstChild();
        while (node != null) {
            all.add(node);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != null && node != document && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == null || node == document ? null : node.getNext();
        }
        return all;
    }
}
