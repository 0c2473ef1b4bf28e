package io.rfy.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A message's {@code blocks} (Slack's rich text: sections, lists, preformatted text, quotes, and inside them text
 * with bold/italic/strike/code styles, links, people, channels, emoji) as CommonMark. The blocks say what the
 * person formatted without mrkdwn's ambiguities, so they are preferred over {@code text} when a message has both.
 */
public final class RichText {

    private final Function<String, String> userName;
    private final Function<String, String> channelName;

    public RichText(Function<String, String> userName, Function<String, String> channelName) {
        this.userName = userName;
        this.channelName = channelName;
    }

    public RichText(Map<String, SlackUser> users, Map<String, String> channels) {
        this(id -> users.containsKey(id) ? users.get(id).displayName() : null, channels::get);
    }

    /** The blocks as Markdown, or null when they hold no rich text (then the message's text is used). */
    public String toMarkdown(List<?> blocks) {
        List<String> parts = new ArrayList<>();
        boolean any = false;
        for (Object b : blocks) {
            if (!(b instanceof Map<?, ?> block) || !"rich_text".equals(block.get("type"))) {
                continue;
            }
            any = true;
            for (Object e : list(block.get("elements"))) {
                if (e instanceof Map<?, ?> element) {
                    String md = element(element);
                    if (!md.isBlank()) {
                        parts.add(md.strip());
                    }
                }
            }
        }
        return any ? String.join("\n\n", parts) + "\n" : null;
    }

    private String element(Map<?, ?> e) {
        Object type = e.get("type");
        if ("rich_text_section".equals(type)) {
            return inline(list(e.get("elements")));
        }
        if ("rich_text_preformatted".equals(type)) {
            StringBuilder code = new StringBuilder();
            for (Object o : list(e.get("elements"))) {
                if (o instanceof Map<?, ?> m) {
                    code.append(m.get("text") instanceof String s ? s : m.get("url") instanceof String u ? u : "");
                }
            }
            String c = code.toString();
            String fence = c.contains("```") ? "~~~~" : "```";
            return fence + "\n" + c + (c.endsWith("\n") ? "" : "\n") + fence;
        }
        if ("rich_text_quote".equals(type)) {
            StringBuilder q = new StringBuilder();
            for (String line : inline(list(e.get("elements"))).split("\n", -1)) {
                q.append(q.length() > 0 ? "\n" : "").append(line.isEmpty() ? ">" : "> " + line);
            }
            return q.toString();
        }
        if ("rich_text_list".equals(type)) {
            boolean ordered = "ordered".equals(e.get("style"));
            int indent = e.get("indent") instanceof Number n ? n.intValue() : 0;
            int number = e.get("offset") instanceof Number n ? n.intValue() + 1 : 1;
            StringBuilder l = new StringBuilder();
            for (Object item : list(e.get("elements"))) {
                if (item instanceof Map<?, ?> section) {
                    String marker = ordered ? number++ + ". " : "- ";
                    String text = inline(list(section.get("elements"))).replace("\n", "\n" + " ".repeat(marker.length()));
                    l.append(l.length() > 0 ? "\n" : "").append("   ".repeat(indent)).append(marker).append(text);
                }
            }
            return l.toString();
        }
        return "";
    }

    /** A run of inline elements; neighbours with the same style are wrapped once ({@code **a b**}, not {@code **a** **b**}). */
    private String inline(List<?> elements) {
        StringBuilder out = new StringBuilder();
        StringBuilder run = new StringBuilder();
        String runStyle = null;
        for (Object o : elements) {
            if (!(o instanceof Map<?, ?> e)) {
                continue;
            }
            String style = style(e);
            String md = piece(e, style.contains("c"));
            if (!style.equals(runStyle)) {
                out.append(wrap(run.toString(), runStyle));
                run.setLength(0);
                runStyle = style;
            }
            run.append(md);
        }
        out.append(wrap(run.toString(), runStyle));
        return out.toString();
    }

    private String piece(Map<?, ?> e, boolean code) {
        String text = e.get("text") instanceof String s ? s : null;
        switch (String.valueOf(e.get("type"))) {
            case "text" -> {
                return text == null ? "" : code ? text : Mrkdwn.escape(text.replace("&", "&amp;"));
            }
            case "link" -> {
                String url = e.get("url") instanceof String u ? u.replace(" ", "%20").replace("(", "%28").replace(")", "%29") : "";
                if (code) {
                    return text != null ? text : url;
                }
                return text == null || text.isBlank() || text.equals(url) ? "<" + url + ">"
                        : "[" + Mrkdwn.escape(text.replace("&", "&amp;")) + "](" + url + ")";
            }
            case "user" -> {
                String id = String.valueOf(e.get("user_id"));
                String name = userName == null ? null : userName.apply(id);
                return Mrkdwn.escape(name != null ? name : "@" + id);
            }
            case "channel" -> {
                String id = String.valueOf(e.get("channel_id"));
                String name = channelName == null ? null : channelName.apply(id);
                return Mrkdwn.escape("#" + (name != null ? name : id));
            }
            case "emoji" -> {
                if (e.get("unicode") instanceof String u) {
                    StringBuilder b = new StringBuilder();
                    try {
                        for (String cp : u.split("-")) {
                            b.appendCodePoint(Integer.parseInt(cp, 16));
                        }
                        return b.toString();
                    } catch (IllegalArgumentException ignored) {
                        // not a code point: the name below
                    }
                }
                return ":" + e.get("name") + ":";
            }
            case "broadcast" -> {
                return "@" + e.get("range");
            }
            case "usergroup" -> {
                return "@" + e.get("usergroup_id");
            }
            default -> {
                Object fallback = e.get("fallback");
                return fallback instanceof String f ? Mrkdwn.escape(f) : text != null ? Mrkdwn.escape(text) : "";
            }
        }
    }

    /** "b", "i", "s", "c" for bold, italic, strike, code, in that order. */
    private static String style(Map<?, ?> e) {
        if (!(e.get("style") instanceof Map<?, ?> s)) {
            return "";
        }
        return (Boolean.TRUE.equals(s.get("bold")) ? "b" : "") + (Boolean.TRUE.equals(s.get("italic")) ? "i" : "")
                + (Boolean.TRUE.equals(s.get("strike")) ? "s" : "") + (Boolean.TRUE.equals(s.get("code")) ? "c" : "");
    }

    /** Wraps each line of a styled run; the markers hug the text (spaces go outside), as CommonMark needs. */
    private static String wrap(String run, String style) {
        if (style == null || style.isEmpty() || run.isBlank()) {
            return run;
        }
        StringBuilder out = new StringBuilder();
        String[] lines = run.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i];
            String core = line.strip();
            if (core.isEmpty()) {
                out.append(line);
                continue;
            }
            int lead = line.indexOf(core);
            String open = "";
            String close = "";
            if (style.contains("c")) {
                String ticks = core.contains("`") ? "``" : "`";
                open = ticks;
                close = ticks;
            } else {
                open = (style.contains("b") ? "**" : "") + (style.contains("i") ? "*" : "") + (style.contains("s") ? "~~" : "");
                close = new StringBuilder(open).reverse().toString();
            }
            out.append(line, 0, lead).append(open).append(core).append(close).append(line.substring(lead + core.length()));
        }
        return out.toString();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
