package io.rfy.store.yaml;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a value tree (String, Integer, Long, Boolean, null, List, Map, {@link BlockMap}) as YAML in the
 * workspace style: block mappings, flow lists of scalars, flow maps for small all-scalar entries, plain
 * scalars where they read back as the same string and double quotes elsewhere.
 */
public final class YamlRenderer {

    private static final Resolver RESOLVER = new Resolver();
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlRenderer() {
    }

    /** Whether the value is written on the line of its key (a scalar or a flow collection). */
    public static boolean isInline(Object value) {
        if (value instanceof BlockMap) {
            return false;
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(YamlRenderer::isScalar);
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().allMatch(YamlRenderer::isScalar);
        }
        return true;
    }

    static boolean isScalar(Object value) {
        return !(value instanceof Collection<?>) && !(value instanceof Map<?, ?>);
    }

    /** The value in flow style, whatever it contains. */
    public static String inline(Object value) {
        StringBuilder out = new StringBuilder();
        inline(value, false, out);
        return out.toString();
    }

    private static void inline(Object value, boolean inFlow, StringBuilder out) {
        if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                inline(list.get(i), true, out);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(scalar(String.valueOf(e.getKey()), true)).append(": ");
                inline(e.getValue(), true, out);
            }
            out.append('}');
        } else {
            out.append(scalar(value, inFlow));
        }
    }

    /** Block-style lines for a mapping or a list, each line ending with a line feed. */
    public static String block(Object value, int indent) {
        StringBuilder out = new StringBuilder();
        block(value, indent, out);
        return out.toString();
    }

    private static void block(Object value, int indent, StringBuilder out) {
        String pad = " ".repeat(indent);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(pad).append(scalar(String.valueOf(e.getKey()), false)).append(':');
                entryValue(e.getValue(), indent, out);
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> && !isInline(item)) {
                    // The item's first key goes on the dash line: "- title: ...".
                    String lines = block(item, indent + 2);
                    out.append(pad).append("- ").append(lines, indent + 2, lines.length());
                } else {
                    out.append(pad).append("- ").append(inline(item)).append('\n');
                }
            }
        } else {
            out.append(pad).append(scalar(value, false)).append('\n');
        }
    }

    private static void entryValue(Object value, int indent, StringBuilder out) {
        if (isInline(value)) {
            out.append(' ').append(inline(value)).append('\n');
        } else {
            out.append('\n');
            block(value, indent + 2, out);
        }
    }

    /** One scalar: plain where that reads back as the same value, double-quoted otherwise. */
    public static String scalar(Object value, boolean inFlow) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String s = value.toString();
        return isPlainSafe(s, inFlow) ? s : doubleQuoted(s);
    }

    static boolean isPlainSafe(String s, boolean inFlow) {
        if (s.isEmpty() || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return false;
        }
        if (INDICATORS.indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                return false;
            }
            if (inFlow && ",[]{}:".indexOf(c) >= 0) {
                return false;
            }
        }
        // "2020", "null", "yes", "2005.00341" would read back as something other than this string.
        return Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, s, true));
    }

    static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
