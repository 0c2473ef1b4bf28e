package io.rfy.store.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser into maps, lists, strings, numbers (as double), booleans and null, for the JSON the tool
 * reads: Telegram Desktop's {@code result.json} in the corpus, Slack's export in the chat capture and the answers of the
 * metadata services. A parser of our own reports the line and column of a syntax error and keeps the target platform
 * free of a JSON library.
 */
public final class JsonTree {

    private final String text;
    private final String file;
    private int pos;
    /** The keys from the root to the value being read (for {@link #elementSpans}). */
    private final java.util.ArrayDeque<String> path = new java.util.ArrayDeque<>();
    private List<String> target;
    private final List<int[]> spans = new ArrayList<>();
    private int depth;

    /** Telegram exports nest about 5 levels; the parser recurses once per level, so deeper input is refused. */
    static final int MAX_DEPTH = 128;

    private JsonTree(String text, String file) {
        this.text = text;
        this.file = file;
    }

    /**
     * @param file what to name in an error message ({@code file:line:column: what})
     * @throws IOException for text that is not one JSON value
     */
    public static Object parse(String text, String file) throws IOException {
        JsonTree p = new JsonTree(text, file);
        p.skipSpace();
        if (p.pos < text.length() && text.charAt(p.pos) == '\uFEFF') {
            p.pos++;
        }
        Object value = p.value();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.error("text after the JSON value");
        }
        return value;
    }

    /**
     * Where the elements of the array at {@code keys} (object keys from the root, e.g. {@code chats, list}) are in the
     * text: {start, end} character offsets, so a part of a file can be taken over exactly as written. The whole text
     * is parsed (and checked) on the way.
     */
    public static List<int[]> elementSpans(String text, String file, String... keys) throws IOException {
        JsonTree p = new JsonTree(text, file);
        p.target = List.of(keys);
        p.skipSpace();
        if (p.pos < text.length() && text.charAt(p.pos) == '\uFEFF') {
            p.pos++;
        }
        p.value();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.error("text after the JSON value");
        }
        return p.spans;
    }

    private boolean atTarget() {
        if (target == null || path.size() != target.size()) {
            return false;
        }
        java.util.Iterator<String> a = path.descendingIterator();
        for (String key : target) {
            if (!key.equals(a.next())) {
                return false;
            }
        }
        return true;
    }

    private Object value() throws IOException {
        skipSpace();
        if (pos >= text.length()) {
            throw error("unexpected end of file");
        }
        char c = text.charAt(pos);
        if ((c == '{' || c == '[') && ++depth > MAX_DEPTH) {
            throw error("nested more than " + MAX_DEPTH + " levels deep; not a Telegram export");
        }
        try {
            return container(c);
        } finally {
            if (c == '{' || c == '[') {
                depth--;
            }
        }
    }

    private Object container(char c) throws IOException {
        switch (c) {
            case '{' -> {
                pos++;
                Map<String, Object> map = new LinkedHashMap<>();
                skipSpace();
                if (peek() == '}') {
                    pos++;
                    return map;
                }
                while (true) {
                    skipSpace();
                    if (peek() != '"') {
                        throw error("expected a key in quotes");
                    }
                    String key = string();
                    skipSpace();
                    expect(':');
                    path.push(key);
                    map.put(key, value());
                    path.pop();
                    skipSpace();
                    if (peek() == ',') {
                        pos++;
                    } else {
                        expect('}');
                        return map;
                    }
                }
            }
            case '[' -> {
                pos++;
                List<Object> list = new ArrayList<>();
                boolean record = atTarget();
                skipSpace();
                if (peek() == ']') {
                    pos++;
                    return list;
                }
                while (true) {
                    skipSpace();
                    int start = pos;
                    path.push("[]"); // an element is not at the target, only the array is
                    list.add(value());
                    path.pop();
                    if (record) {
                        spans.add(new int[] {start, pos});
                    }
                    skipSpace();
                    if (peek() == ',') {
                        pos++;
                    } else {
                        expect(']');
                        return list;
                    }
                }
            }
            case '"' -> {
                return string();
            }
            default -> {
                if (text.startsWith("true", pos)) {
                    pos += 4;
                    return Boolean.TRUE;
                }
                if (text.startsWith("false", pos)) {
                    pos += 5;
                    return Boolean.FALSE;
                }
                if (text.startsWith("null", pos)) {
                    pos += 4;
                    return null;
                }
                int start = pos;
                while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                    pos++;
                }
                try {
                    return Double.parseDouble(text.substring(start, pos));
                } catch (NumberFormatException e) {
                    pos = start;
                    throw error("unexpected character '" + c + "'");
                }
            }
        }
    }

    private String string() throws IOException {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("bad \\u escape");
                    }
                    try {
                        b.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16)); // surrogates pair up
                    } catch (NumberFormatException x) {
                        throw error("bad \\u escape");
                    }
                    pos += 4;
                }
                case '"', '\\', '/' -> b.append(e);
                default -> throw error("bad escape \\" + e);
            }
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char c) throws IOException {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private IOException error(String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new IOException(file + ":" + line + ":" + column + ": " + message);
    }
}
