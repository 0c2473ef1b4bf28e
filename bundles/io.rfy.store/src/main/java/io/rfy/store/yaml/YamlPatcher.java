package io.rfy.store.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Carries a change of the model into the YAML text it was read from, touching only what changed.
 * <p>
 * {@code before} is the value tree of the model as it was read from the text, {@code after} the tree of the
 * model now. Where they agree the text is kept byte for byte, including comments, quoting and keys the model
 * does not know. Where they differ the smallest enclosing piece is rewritten: one scalar, one flow collection,
 * one mapping entry, or the items of a sequence whose length changed (unchanged items keep their text).
 */
public final class YamlPatcher {

    private enum SlotKind { ROOT, MAP_VALUE, SEQ_ITEM }

    /** Where a node sits, which decides how block text replaces it. */
    private record Slot(SlotKind kind, Node key, int indent) {
    }

    private record Edit(int start, int end, String text, int seq) {
    }

    private final YamlDocument doc;
    private final String text;
    private final List<Edit> edits = new ArrayList<>();

    private YamlPatcher(YamlDocument doc) {
        this.doc = doc;
        this.text = doc.text();
    }

    /** The text of {@code doc} changed from {@code before} to {@code after}. */
    public static String patch(YamlDocument doc, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return doc.text();
        }
        if (doc.root() == null || !sameShape(doc.root(), after)) {
            return render(after);
        }
        YamlPatcher patcher = new YamlPatcher(doc);
        patcher.patchValue(doc.root(), before, after, new Slot(SlotKind.ROOT, null, 0));
        return patcher.apply();
    }

    /** The whole tree as new text, for a file that has none yet. */
    public static String render(Object tree) {
        return YamlRenderer.isInline(tree) ? YamlRenderer.inline(tree) + "\n" : YamlRenderer.block(tree, 0);
    }

    private static boolean sameShape(Node node, Object value) {
        return node instanceof MappingNode ? value instanceof Map<?, ?>
                : node instanceof SequenceNode ? value instanceof List<?> : !(value instanceof Map<?, ?>);
    }

    private String apply() {
        edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::seq).reversed());
        StringBuilder out = new StringBuilder(text);
        for (Edit e : edits) {
            out.replace(e.start(), e.end(), e.text());
        }
        return out.toString();
    }

    private void edit(int start, int end, String replacement) {
        edits.add(new Edit(start, end, replacement, edits.size()));
    }

    private void patchValue(Node node, Object before, Object after, Slot slot) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (node instanceof MappingNode map && isBlock(map) && before instanceof Map<?, ?> b
                && after instanceof Map<?, ?> a && !map.getValue().isEmpty()) {
            patchMapping(map, b, a);
        } else if (node instanceof SequenceNode seq && isBlock(seq) && before instanceof List<?> b
                && after instanceof List<?> a && !a.isEmpty()) {
            patchSequence(seq, b, a);
        } else {
            replace(node, before, after, slot);
        }
    }

    private void patchMapping(MappingNode node, Map<?, ?> before, Map<?, ?> after) {
        int indent = node.getStartMark().getColumn();
        Set<Object> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (Object key : keys) {
            Object b = before.get(key);
            Object a = after.get(key);
            boolean inAfter = after.containsKey(key);
            if (before.containsKey(key) == inAfter && Objects.equals(a, b)) {
                continue;
            }
            NodeTuple entry = find(node, key.toString());
            if (entry == null) {
                if (inAfter) {
                    insertEntry(node, after, key.toString(), a, indent);
                }
            } else if (!inAfter) {
                int start = doc.lineStart(doc.offset(entry.getKeyNode().getStartMark()));
                edit(start, doc.nextLineStart(entryEnd(entry)), "");
            } else {
                patchValue(entry.getValueNode(), b, a, new Slot(SlotKind.MAP_VALUE, entry.getKeyNode(), indent));
            }
        }
    }

    private static NodeTuple find(MappingNode node, String key) {
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t;
            }
        }
        return null;
    }

    /** A new key goes after the nearest key that precedes it in the model's order, or first. */
    private void insertEntry(MappingNode node, Map<?, ?> after, String key, Object value, int indent) {
        NodeTuple previous = null;
        for (Object k : after.keySet()) {
            if (k.toString().equals(key)) {
                break;
            }
            NodeTuple t = find(node, k.toString());
            if (t != null) {
                previous = t;
            }
        }
        int at = previous != null ? doc.nextLineStart(entryEnd(previous))
                : doc.lineStart(doc.offset(node.getValue().get(0).getKeyNode().getStartMark()));
        String prefix = at == text.length() && !text.isEmpty() && !YamlDocument.isBreak(text.charAt(at - 1)) ? "\n" : "";
        BlockMap single = new BlockMap();
        single.put(key, value);
        edit(at, at, prefix + YamlRenderer.block(single, indent));
    }

    private void patchSequence(SequenceNode node, List<?> before, List<?> after) {
        List<Node> items = node.getValue();
        int dashColumn = node.getStartMark().getColumn();
        if (before.size() == after.size() && items.size() == before.size() && !reordered(before, after)) {
            for (int i = 0; i < items.size(); i++) {
                patchValue(items.get(i), before.get(i), after.get(i), new Slot(SlotKind.SEQ_ITEM, null, dashColumn));
            }
            return;
        }
        // Items were added, removed or moved: keep the text of every item that is unchanged, write the rest.
        boolean[] used = new boolean[items.size()];
        StringBuilder out = new StringBuilder();
        for (Object a : after) {
            int match = -1;
            for (int j = 0; j < Math.min(items.size(), before.size()); j++) {
                if (!used[j] && Objects.equals(before.get(j), a)) {
                    match = j;
                    break;
                }
            }
            if (match >= 0) {
                used[match] = true;
                out.append(text, itemStart(items.get(match)), doc.nextLineStart(contentEnd(items.get(match))));
            } else {
                out.append(YamlRenderer.block(List.of(a), dashColumn));
            }
        }
        int start = itemStart(items.get(0));
        int end = doc.nextLineStart(contentEnd(items.get(items.size() - 1)));
        if (end == text.length() && !text.isEmpty() && !YamlDocument.isBreak(text.charAt(end - 1))) {
            out.setLength(out.length() - 1); // the last item had no line break after it; keep it so
        }
        edit(start, end, out.toString());
    }

    /** Whether more items match somewhere else than at their own index: then they moved, and patching by index would move comments onto other items. */
    private static boolean reordered(List<?> before, List<?> after) {
        int aligned = 0;
        int matched = 0;
        boolean[] used = new boolean[before.size()];
        for (int i = 0; i < after.size(); i++) {
            if (Objects.equals(before.get(i), after.get(i))) {
                aligned++;
            }
            for (int j = 0; j < before.size(); j++) {
                if (!used[j] && Objects.equals(before.get(j), after.get(i))) {
                    used[j] = true;
                    matched++;
                    break;
                }
            }
        }
        return matched > aligned;
    }

    /** The start of the line of an item's dash. */
    private int itemStart(Node item) {
        return doc.lineStart(doc.offset(item.getStartMark()));
    }

    private void replace(Node node, Object before, Object after, Slot slot) {
        if (slot.kind() == SlotKind.ROOT) {
            edit(0, text.length(), render(after));
            return;
        }
        boolean flowNode = node instanceof CollectionNode<?> c && !isBlock(c);
        boolean startsOnKeyLine = slot.kind() == SlotKind.MAP_VALUE && !flowNode && !(node instanceof ScalarNode && !isEmptyScalar(node));
        int from = startsOnKeyLine ? colonEnd(slot.key()) : doc.offset(node.getStartMark());
        int to = isEmptyScalar(node) ? from : contentEnd(node);
        if (YamlRenderer.isInline(after) || flowNode) {
            String inline = flowNode && node instanceof MappingNode map && after instanceof Map<?, ?> a
                    ? flowMappingKeepingUnknown(map, before, a) : YamlRenderer.inline(after);
            edit(from, to, startsOnKeyLine ? " " + inline : inline);
            return;
        }
        String block = YamlRenderer.block(after, slot.indent() + 2);
        block = block.substring(0, block.length() - 1);
        // A mapping value in block style starts on the next line; a mapping as a sequence item on the dash line.
        edit(from, to, startsOnKeyLine ? "\n" + block : block.stripLeading());
    }

    /** A flow mapping rewritten from the model, followed by the entries the model does not know, as written. */
    private String flowMappingKeepingUnknown(MappingNode node, Object before, Map<?, ?> after) {
        String known = YamlRenderer.inline(after);
        StringBuilder unknown = new StringBuilder();
        Map<?, ?> b = before instanceof Map<?, ?> m ? m : Map.of();
        for (NodeTuple t : node.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key != null && !after.containsKey(key) && !b.containsKey(key)) {
                unknown.append(", ").append(text, doc.offset(t.getKeyNode().getStartMark()), entryEnd(t));
            }
        }
        if (unknown.isEmpty()) {
            return known;
        }
        return after.isEmpty() ? "{" + unknown.substring(2) + "}" : known.substring(0, known.length() - 1) + unknown + "}";
    }

    private static boolean isBlock(CollectionNode<?> node) {
        return node.getFlowStyle() != FlowStyle.FLOW;
    }

    private static boolean isEmptyScalar(Node node) {
        return node instanceof ScalarNode s && s.getScalarStyle() == ScalarStyle.PLAIN && s.getValue().isEmpty();
    }

    /** Just after the ':' that follows a mapping key. */
    private int colonEnd(Node key) {
        int i = doc.offset(key.getEndMark());
        while (i < text.length() && text.charAt(i) != ':') {
            i++;
        }
        return Math.min(i + 1, text.length());
    }

    private int entryEnd(NodeTuple entry) {
        return isEmptyScalar(entry.getValueNode()) ? colonEnd(entry.getKeyNode()) : contentEnd(entry.getValueNode());
    }

    /** The end of a node's own characters, without the line breaks and indentation a block node's end mark includes. */
    private int contentEnd(Node node) {
        if (node instanceof MappingNode map && isBlock(map) && !map.getValue().isEmpty()) {
            return entryEnd(map.getValue().get(map.getValue().size() - 1));
        }
        if (node instanceof SequenceNode seq && isBlock(seq) && !seq.getValue().isEmpty()) {
            return contentEnd(seq.getValue().get(seq.getValue().size() - 1));
        }
        int start = doc.offset(node.getStartMark());
        int end = doc.offset(node.getEndMark());
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
