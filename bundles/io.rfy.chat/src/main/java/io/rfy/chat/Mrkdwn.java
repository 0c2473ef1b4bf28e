package io.rfy.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's mrkdwn ({@code text} of a message) as CommonMark: {@code *bold*}, {@code _italic_}, {@code ~strike~},
 * code spans and blocks, {@code <url|label>} and {@code <url>}, {@code <@U…>} as the person's name,
 * {@code <#C…|name>} as {@code #name}, {@code <!here>}, the entities {@code &lt; &gt; &amp;}, {@code •} lists and
 * {@code >} quotes. Text that CommonMark would read as markup ({@code * _ [ ] < \ `}) is escaped, so what the
 * message showed is what the review shows.
 */
public final class Mrkdwn {

    /** Backslash-escaped in plain text: the characters that open CommonMark markup inside a line. */
    private static final String SPECIAL = "\\`*_[]<";
    private static final Pattern ANGLE = Pattern.compile("<([^<>\\n]*)>");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    /** Slack formats only between word boundaries: the marker after a space or punctuation, before a non-space. */
    private static final String BEFORE = "(?<=^|[\\s(\\[{'\"“«.,;:!?/-])";
    private static final String AFTER = "(?=$|[\\s)\\]}'\"”».,;:!?/-])";
    private static final Pattern BOLD = markerPair('*');
    private static final Pattern ITALIC = markerPair('_');
    private static final Pattern STRIKE = markerPair('~');
    private static final Pattern PLACEHOLDER = Pattern.compile("\uE000(\\d+)\uE001");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[•◦▪·]\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^&gt;\\s?(.*)$");

    private final Function<String, String> userName;
    private final Function<String, String> channelName;

    /**
     * @param userName a user id to the name shown for {@code <@U…>} (null: the id)
     * @param channelName a channel id to its name for {@code <#C…>} without a label (null: the id)
     */
    public Mrkdwn(Function<String, String> userName, Function<String, String> channelName) {
        this.userName = userName;
        this.channelName = channelName;
    }

    public Mrkdwn(Map<String, SlackUser> users, Map<String, String> channels) {
        this(id -> users.containsKey(id) ? users.get(id).displayName() : null, channels::get);
    }

    /** The whole text: fenced code blocks kept verbatim, every other line converted on its own (as Slack does). */
    public String toMarkdown(String mrkdwn) {
        StringBuilder out = new StringBuilder();
        String text = mrkdwn.replace("\r\n", "\n");
        int pos = 0;
        while (pos <= text.length()) {
            int fence = text.indexOf("```", pos);
            String prose = fence < 0 ? text.substring(pos) : text.substring(pos, fence);
            out.append(lines(prose));
            if (fence < 0) {
                break;
            }
            int close = text.indexOf("```", fence + 3);
            if (close < 0) { // an unclosed fence is text
                out.append(lines(text.substring(fence)));
                break;
            }
            String code = unescape(text.substring(fence + 3, close));
            if (code.startsWith("\n")) {
                code = code.substring(1);
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            String fenceMark = code.contains("```") ? "~~~~" : "```";
            out.append(fenceMark).append('\n').append(code);
            if (!code.endsWith("\n")) {
                out.append('\n');
            }
            out.append(fenceMark).append('\n');
            pos = close + 3;
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
        }
        return out.toString().strip() + "\n";
    }

    private String lines(String prose) {
        StringBuilder out = new StringBuilder();
        String[] lines = prose.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(line(lines[i]));
        }
        return out.toString();
    }

    /** One line: block markers (quote, bullet) first, then the inline markup. */
    String line(String line) {
        Matcher q = QUOTE.matcher(line);
        if (q.matches()) {
            return "> " + line(q.group(1));
        }
        Matcher b = BULLET.matcher(line);
        if (b.matches()) {
            return "  ".repeat(b.group(1).length() / 4) + "- " + inline(b.group(2));
        }
        String converted = inline(line);
        // Slack shows "# x" and a line of dashes as text; CommonMark would make a heading or a rule of them
        // ("1. x" and "- x" stay: people write lists like that, and Slack shows them as lists too)
        if (converted.matches("^#{1,6}(\\s.*|$)") || converted.matches("^\\s*(={2,}|-{3,})\\s*$")) {
            return "\\" + converted;
        }
        return converted;
    }

    /** Inline markup of one line. Links and code spans are taken out first, so their text is never formatted. */
    String inline(String line) {
        List<String> kept = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        // the placeholders' own characters, should a message hold them, are kept like markup: else a message's
        // "\uE0007\uE001" would be taken for the 8th piece of converted markup (an IndexOutOfBounds when there is none)
        String text = line;
        if (text.indexOf('\uE000') >= 0 || text.indexOf('\uE001') >= 0) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                b.append(c == '\uE000' || c == '\uE001' ? keep(kept, String.valueOf(c)) : String.valueOf(c));
            }
            text = b.toString();
            b.setLength(0);
        }
        Matcher code = CODE_SPAN.matcher(text);
        int last = 0;
        while (code.find()) {
            b.append(text, last, code.start()).append(keep(kept, codeSpan(unescape(code.group(1)))));
            last = code.end();
        }
        b.append(text.substring(last));
        String s = b.toString();
        b.setLength(0);
        Matcher angle = ANGLE.matcher(s);
        last = 0;
        while (angle.find()) {
            String converted = angled(angle.group(1), kept);
            b.append(s, last, angle.start()).append(converted == null ? angle.group() : keep(kept, converted));
            last = angle.end();
        }
        b.append(s.substring(last));
        s = format(b.toString(), kept);
        return restore(s, kept);
    }

    /** {@code *bold*}, {@code _italic_}, {@code ~strike~}, nested, around text that is escaped. */
    private String format(String s, List<String> kept) {
        s = pair(s, '*', BOLD, "**", kept);
        s = pair(s, '_', ITALIC, "*", kept);
        s = pair(s, '~', STRIKE, "~~", kept);
        return escape(s, true);
    }

    private static Pattern markerPair(char marker) {
        String m = Pattern.quote(String.valueOf(marker));
        return Pattern.compile(BEFORE + m + "([^\\s" + m + "](?:[^" + m + "]*?[^\\s" + m + "])?)" + m + AFTER);
    }

    private String pair(String s, char marker, Pattern p, String markdown, List<String> kept) {
        if (s.indexOf(marker) < 0) {
            return s; // most lines have no marker at all
        }
        Matcher matcher = p.matcher(s);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            b.append(s, last, matcher.start()).append(keep(kept, markdown + format(matcher.group(1), kept) + markdown));
            last = matcher.end();
        }
        return b.append(s.substring(last)).toString();
    }

    /** What {@code <...>} stands for, as Markdown; null when it is not Slack's markup (text that had a bare '<'). */
    private String angled(String inside, List<String> kept) {
        String target = inside;
        String label = null;
        int bar = inside.indexOf('|');
        if (bar >= 0) {
            target = inside.substring(0, bar);
            label = inside.substring(bar + 1);
        }
        if (target.startsWith("@")) {
            String id = target.substring(1);
            String name = label != null && !label.isBlank() ? label : userName == null ? null : userName.apply(id);
            return escape(name != null ? name : "@" + id);
        }
        if (target.startsWith("#")) {
            String id = target.substring(1);
            String name = label != null && !label.isBlank() ? label : channelName == null ? null : channelName.apply(id);
            return escape("#" + (name != null ? name : id));
        }
        if (target.startsWith("!")) {
            String what = target.substring(1);
            if (label != null) {
                return escape(unescape(label));
            }
            int caret = what.indexOf('^');
            return escape("@" + (caret >= 0 ? what.substring(0, caret) : what));
        }
        if (target.matches("(?i)(https?|ftp|mailto|tel|slack):\\S+")) {
            String url = unescape(target).replace(" ", "%20").replace(")", "%29").replace("(", "%28");
            if (label == null || label.isBlank() || unescape(label).equals(unescape(target))) {
                return "<" + url + ">";
            }
            // the label may hold a code span taken out before: its placeholders are in the line's list
            return "[" + format(label, kept) + "](" + url + ")";
        }
        return null;
    }

    private static String codeSpan(String code) {
        String ticks = code.contains("`") ? "``" : "`";
        String pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
        return ticks + pad + code + pad + ticks;
    }

    /** A placeholder for converted markup, from the Unicode private use area, which messages do not contain. */
    private static String keep(List<String> kept, String markdown) {
        kept.add(markdown);
        return "\uE000" + (kept.size() - 1) + "\uE001";
    }

    /**
     * Each placeholder replaced by its markup, itself restored first (nested markup: placeholders in placeholders);
     * what a replacement brings is never scanned again, so a message's own U+E000 and U+E001 stay text.
     */
    private static String restore(String s, List<String> kept) {
        if (s.indexOf('\uE000') < 0) {
            return s;
        }
        Matcher m = PLACEHOLDER.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String piece = kept.get(Integer.parseInt(m.group(1)));
            m.appendReplacement(b, Matcher.quoteReplacement(piece.length() == 1 ? piece : restore(piece, kept)));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Plain text as CommonMark text: Slack's entities decoded, markup characters escaped (every one). */
    static String escape(String text) {
        return escape(text, false);
    }

    /** As {@link #escape(String)}; with {@code placeholders}, this line's placeholders are left as they are. */
    private static String escape(String text, boolean placeholders) {
        String t = unescape(text);
        StringBuilder b = new StringBuilder(t.length() + 8);
        boolean inPlaceholder = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (placeholders && c == '\uE000') {
                inPlaceholder = true;
            } else if (placeholders && c == '\uE001') {
                inPlaceholder = false;
            } else if (!inPlaceholder && SPECIAL.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Slack escapes only these three in message text. */
    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
