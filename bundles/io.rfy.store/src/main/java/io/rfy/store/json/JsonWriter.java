package io.rfy.store.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/** A small streaming JSON writer with two-space indentation; enough for the CLI's reports, no dependency. */
public final class JsonWriter implements AutoCloseable {

    private final Writer out;
    /** Per open container: whether it has a member yet. */
    private final Deque<boolean[]> stack = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter(Writer out) {
        this.out = out;
    }

    public JsonWriter beginObject() {
        open('{');
        return this;
    }

    public JsonWriter endObject() {
        close('}');
        return this;
    }

    public JsonWriter beginArray() {
        open('[');
        return this;
    }

    public JsonWriter endArray() {
        close(']');
        return this;
    }

    public JsonWriter name(String name) {
        separate();
        string(name);
        write(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) {
        separate();
        if (value == null) {
            write("null");
        } else {
            string(value);
        }
        return this;
    }

    public JsonWriter value(Number value) {
        separate();
        write(value == null ? "null" : value.toString());
        return this;
    }

    public JsonWriter value(boolean value) {
        separate();
        write(Boolean.toString(value));
        return this;
    }

    /** {@code "name": value}, leaving the member out when the value is null. */
    public JsonWriter optional(String name, String value) {
        return value == null ? this : name(name).value(value);
    }

    public JsonWriter strings(String name, Iterable<String> values) {
        name(name).beginArray();
        for (String v : values) {
            value(v);
        }
        return endArray();
    }

    private void open(char c) {
        separate();
        write(c);
        stack.push(new boolean[1]);
    }

    private void close(char c) {
        boolean hadMembers = stack.pop()[0];
        if (hadMembers) {
            newline();
        }
        write(c);
        if (stack.isEmpty()) {
            write('\n');
        }
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!stack.isEmpty()) {
            boolean[] hasMembers = stack.peek();
            if (hasMembers[0]) {
                write(',');
            }
            hasMembers[0] = true;
            newline();
        }
    }

    private void newline() {
        write('\n');
        int depth = stack.size();
        while (indents.length <= depth) {
            indents = java.util.Arrays.copyOf(indents, indents.length * 2);
        }
        if (indents[depth] == null) {
            indents[depth] = "  ".repeat(depth);
        }
        write(indents[depth]);
    }

    /** Indentation by depth, made once: listings write millions of lines. */
    private String[] indents = new String[8];

    private void string(String s) {
        if (plain(s)) {
            // the common case, written as it is, without a copy
            write('"');
            write(s);
            write('"');
            return;
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        write(b.append('"').toString());
    }

    /** Whether a string needs no escape. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private void write(char c) {
        try {
            out.write(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
