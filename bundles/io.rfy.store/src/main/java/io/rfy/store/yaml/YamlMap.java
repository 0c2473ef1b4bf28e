package io.rfy.store.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reading of one YAML mapping. A value of the wrong kind is reported with its position and read as
 * absent, so one bad field does not hide the problems of the others.
 */
public final class YamlMap {

    /** Receives the problems found while reading; positions are the node marks. */
    public interface Problems {
        void error(String code, String message, Mark at);
    }

    public static final String WRONG_TYPE = "store.wrong-type";

    private final MappingNode node;
    private final String path;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(MappingNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key) {
                entries.put(key.getValue(), t);
            } else {
                problems.error(WRONG_TYPE, where("") + "keys must be plain text", t.getKeyNode().getStartMark());
            }
        }
    }

    /** The node as a mapping, or null (reported) when it is something else. */
    public static YamlMap of(Node node, String path, Problems problems) {
        if (node instanceof MappingNode map) {
            return new YamlMap(map, path, problems);
        }
        problems.error(WRONG_TYPE, (path.isEmpty() ? "" : path + ": ") + "expected a mapping (key: value lines), found "
                + describe(node), node.getStartMark());
        return null;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Mark mark() {
        return node.getStartMark();
    }

    /** Where each item of a list value starts (empty when the value is not a list). */
    public List<Mark> itemMarks(String key) {
        Node value = value(key);
        return value instanceof SequenceNode seq ? seq.getValue().stream().map(Node::getStartMark).toList() : List.of();
    }

    /** Where the key itself is written. */
    public Mark keyMark(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? node.getStartMark() : t.getKeyNode().getStartMark();
    }

    /** Where the value of {@code key} starts, or the mapping itself when the key is absent. */
    public Mark markOf(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? node.getStartMark() : t.getValueNode().getStartMark();
    }

    /** The text of a scalar value as written (so {@code 2005.00341} stays that string), null when absent or null. */
    public String string(String key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode s) {
            return isNull(s) ? null : s.getValue();
        }
        problems.error(WRONG_TYPE, where(key) + "expected text, found " + describe(value), value.getStartMark());
        return null;
    }

    public Integer integer(String key) {
        Node value = value(key);
        if (value == null || value instanceof ScalarNode s && isNull(s)) {
            return null;
        }
        if (value instanceof ScalarNode s) {
            try {
                return Integer.valueOf(s.getValue().trim());
            } catch (NumberFormatException e) {
                problems.error(WRONG_TYPE, where(key) + "expected a whole number, found '" + s.getValue() + "'",
                        value.getStartMark());
                return null;
            }
        }
        problems.error(WRONG_TYPE, where(key) + "expected a whole number, found " + describe(value), value.getStartMark());
        return null;
    }

    /** A list of scalars ({@code [a, b]} or block items); null and absent read as empty. */
    public List<String> strings(String key) {
        List<String> result = new ArrayList<>();
        Node value = value(key);
        if (value == null || value instanceof ScalarNode s && isNull(s)) {
            return result;
        }
        if (!(value instanceof SequenceNode seq)) {
            problems.error(WRONG_TYPE, where(key) + "expected a list like [a, b], found " + describe(value),
                    value.getStartMark());
            return result;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !isNull(s)) {
                result.add(s.getValue());
            } else {
                problems.error(WRONG_TYPE, where(key) + "list items must be text, found " + describe(item),
                        item.getStartMark());
            }
        }
        return result;
    }

    /** A list of mappings; items that are not mappings are reported and skipped. */
    public List<YamlMap> maps(String key) {
        List<YamlMap> result = new ArrayList<>();
        Node value = value(key);
        if (value == null || value instanceof ScalarNode s && isNull(s)) {
            return result;
        }
        if (!(value instanceof SequenceNode seq)) {
            problems.error(WRONG_TYPE, where(key) + "expected a list of entries, found " + describe(value),
                    value.getStartMark());
            return result;
        }
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            YamlMap item = of(items.get(i), qualified(key) + "[" + (i + 1) + "]", problems);
            if (item != null) {
                result.add(item);
            }
        }
        return result;
    }

    public YamlMap map(String key) {
        Node value = value(key);
        if (value == null || value instanceof ScalarNode s && isNull(s)) {
            return null;
        }
        return of(value, qualified(key), problems);
    }

    private Node value(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? null : t.getValueNode();
    }

    private static boolean isNull(ScalarNode s) {
        return Tag.NULL.equals(s.getTag());
    }

    private String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String where(String key) {
        String q = key.isEmpty() ? path : qualified(key);
        return q.isEmpty() ? "" : q + ": ";
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode s) {
            return "'" + (s.getValue().length() > 40 ? s.getValue().substring(0, 40) + "…" : s.getValue()) + "'";
        }
        return "nothing";
    }
}
