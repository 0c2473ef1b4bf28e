package io.rfy.store.yaml;

import java.util.IdentityHashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML text together with its node tree and the marks needed to edit the text in place.
 * <p>
 * Nodes keep SnakeYAML marks, which hold the whole document as code points: keep a document only while
 * working on it, not for the life of a model.
 * <p>
 * Parsing stops at the node graph (SnakeYAML's {@code compose}): no Java object is ever constructed from
 * the input, whatever tags it carries. Aliases are refused outright, and nesting and size are bounded, so a
 * hostile file (a billion-laughs expansion, deep nesting) fails fast with a positioned error.
 */
public final class YamlDocument {

    /** Deeper than any workspace file needs; deep enough to refuse pathological input quickly. */
    static final int MAX_NESTING = 32;
    /** SnakeYAML's own alias budget; our own check then refuses any alias that got through. */
    static final int MAX_ALIASES = 8;
    static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

    private final String text;
    private final Node root;
    private final int[] lineStarts;

    private YamlDocument(String text, Node root) {
        this.text = text;
        this.root = root;
        this.lineStarts = lineStarts(text);
    }

    /**
     * @throws YamlSyntaxException with a 0-based line and column inside {@code text}
     */
    private static final LoaderOptions OPTIONS = options();
    /** Only read after construction, so one instance serves every thread. */
    private static final Resolver RESOLVER = new Resolver();

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        return options;
    }

    public static YamlDocument parse(String text) throws YamlSyntaxException {
        Node root;
        PositionedParser parser = new PositionedParser(new ParserImpl(new StreamReader(text), OPTIONS));
        try {
            // What Yaml.compose does, without building a Yaml (constructor, representer) for every file.
            root = new Composer(parser, RESOLVER, OPTIONS).getSingleNode();
        } catch (ReaderException e) {
            // a character YAML does not allow (NUL, other control characters): at the line it is on
            int at = text.offsetByCodePoints(0, Math.min(e.getPosition(), text.codePointCount(0, text.length())));
            int line = lineOf(text, at);
            throw new YamlSyntaxException(String.format(java.util.Locale.ROOT,
                    "the character U+%04X is not allowed in YAML", e.getCodePoint()), line,
                    text.codePointCount(lineStart(text, at), at));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (e.getContext() != null && !problem.contains(e.getContext())) {
                problem = e.getContext() + ": " + problem;
            }
            throw new YamlSyntaxException(problem, mark == null ? 0 : mark.getLine(), mark == null ? 0 : mark.getColumn());
        } catch (YAMLException e) {
            // limits (nesting, aliases, size) carry no mark: report them where the parser had got to
            Mark mark = parser.lastMark;
            throw new YamlSyntaxException(firstLine(e.getMessage()), mark == null ? 0 : mark.getLine(),
                    mark == null ? 0 : mark.getColumn());
        }
        if (root != null) {
            refuseAliases(root, new IdentityHashMap<>());
        }
        return new YamlDocument(text, root);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** A node reached twice is an alias: workspace files are trees, and aliases are how expansion bombs work. */
    private static void refuseAliases(Node node, Map<Node, Boolean> seen) throws YamlSyntaxException {
        if (seen.put(node, Boolean.TRUE) != null) {
            Mark m = node.getStartMark();
            throw new YamlSyntaxException("anchors and aliases (&name, *name) are not allowed in workspace files; this value is used again by an alias", m.getLine(), m.getColumn());
        }
        if (node instanceof MappingNode map) {
            Map<String, Mark> keys = new java.util.HashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) {
                    Mark earlier = keys.putIfAbsent(key.getValue(), key.getStartMark());
                    if (earlier != null) {
                        Mark m = key.getStartMark();
                        throw new YamlSyntaxException("duplicate key '" + key.getValue() + "' (also on line "
                                + (earlier.getLine() + 1) + " of the YAML); which one counts would be a guess", m.getLine(),
                                m.getColumn());
                    }
                }
                refuseAliases(t.getKeyNode(), seen);
                refuseAliases(t.getValueNode(), seen);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node child : seq.getValue()) {
                refuseAliases(child, seen);
            }
        }
    }

    /** The parser, remembering where the last event it gave started. */
    private static final class PositionedParser implements Parser {
        private final Parser parser;
        Mark lastMark;

        PositionedParser(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            Event e = parser.peekEvent();
            if (e != null) {
                lastMark = e.getStartMark();
            }
            return e;
        }

        @Override
        public Event getEvent() {
            Event e = parser.getEvent();
            if (e != null) {
                lastMark = e.getStartMark();
            }
            return e;
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static int lineStart(String text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** Line starts as SnakeYAML counts lines: CR LF, CR, LF, NEL, LS and PS each end a line. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                starts = add(starts, n++, i + 1);
            } else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                starts = add(starts, n++, i + 1);
            }
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    private static int[] add(int[] array, int index, int value) {
        int[] a = index < array.length ? array : java.util.Arrays.copyOf(array, array.length * 2);
        a[index] = value;
        return a;
    }

    public String text() {
        return text;
    }

    /** The root node, or null for an empty document. */
    public Node root() {
        return root;
    }

    /** The char offset of a mark (SnakeYAML columns count code points, Java strings count UTF-16 units). */
    public int offset(Mark mark) {
        int line = mark.getLine();
        if (line >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[line];
        int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        int remaining = text.codePointCount(start, lineEnd);
        return text.offsetByCodePoints(start, Math.min(mark.getColumn(), remaining));
    }

    /** The start of the line that holds {@code offset}. */
    public int lineStart(int offset) {
        int i = offset;
        while (i > 0 && !isBreak(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The offset just after the line break that ends the line holding {@code offset} (or the text's end). */
    public int nextLineStart(int offset) {
        int i = offset;
        while (i < text.length() && !isBreak(text.charAt(i))) {
            i++;
        }
        if (i < text.length()) {
            if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            i++;
        }
        return i;
    }

    static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
