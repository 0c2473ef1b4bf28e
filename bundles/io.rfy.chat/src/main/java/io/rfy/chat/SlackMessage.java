package io.rfy.chat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One message of a day file, with what the import needs: its {@code ts} (the message's id in the channel), author,
 * subtype, mrkdwn {@code text}, rich-text {@code blocks}, attached files, and whether it is a thread reply.
 *
 * @param dayFile the export file it came from, and {@code index} its place there (for messages that cannot be read)
 */
public record SlackMessage(String dayFile, int index, String ts, String user, String botId, String subtype, String text,
        List<?> blocks, List<SlackFile> files, String threadTs, boolean edited, String profileName, String profileHandle) {

    /** A file attached to a message: its name, type and the URL it can be fetched from. */
    public record SlackFile(String name, String mimetype, String url) {

        public boolean isImage() {
            return mimetype != null && mimetype.startsWith("image/");
        }
    }

    static SlackMessage of(Map<?, ?> m, String dayFile, int index) {
        List<SlackFile> files = new ArrayList<>();
        if (m.get("files") instanceof List<?> list) {
            list.forEach(f -> addFile(f, files));
        }
        addFile(m.get("file"), files); // exports before 2019: one "file" object
        Map<?, ?> profile = m.get("user_profile") instanceof Map<?, ?> p ? p : Map.of();
        return new SlackMessage(dayFile, index, text(m.get("ts")), text(m.get("user")), text(m.get("bot_id")),
                text(m.get("subtype")), m.get("text") instanceof String s ? s : "",
                m.get("blocks") instanceof List<?> b ? b : null, files, text(m.get("thread_ts")),
                m.get("edited") instanceof Map<?, ?>, firstText(profile.get("real_name"), profile.get("display_name")),
                text(profile.get("name")));
    }

    private static void addFile(Object f, List<SlackFile> files) {
        if (f instanceof Map<?, ?> file && !"tombstone".equals(file.get("mode"))) {
            String url = firstText(file.get("url_private"), file.get("permalink_public"), file.get("permalink"));
            files.add(new SlackFile(firstText(file.get("title"), file.get("name")), text(file.get("mimetype")), url));
        }
    }

    /** A reply inside a thread (its {@code thread_ts} names another message), not a message of the channel itself. */
    public boolean isThreadReply() {
        return threadTs != null && !threadTs.equals(ts);
    }

    /** When it was posted, in UTC; null when {@code ts} is missing or not a number. */
    public ZonedDateTime time() {
        if (ts == null) {
            return null;
        }
        try {
            BigDecimal seconds = new BigDecimal(ts);
            return Instant.ofEpochSecond(seconds.longValue()).atZone(ZoneOffset.UTC);
        } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static String text(Object o) {
        return o instanceof String s && !s.isBlank() ? s : null;
    }

    private static String firstText(Object... values) {
        for (Object v : values) {
            if (text(v) != null) {
                return ((String) v).strip();
            }
        }
        return null;
    }
}
