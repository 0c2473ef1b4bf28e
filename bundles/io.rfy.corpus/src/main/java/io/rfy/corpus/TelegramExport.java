package io.rfy.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.rfy.store.json.JsonTree;

/**
 * Telegram Desktop's channel exports: {@code result.json} (machine-readable) and {@code messages.html}. Every message
 * with text is a post: its text, the URLs of its links (shown and hidden ones), its hashtags and its date. Service
 * messages ("channel created", date separators) and media without a caption are not posts.
 */
final class TelegramExport {

    private static final Pattern HTML_DATE = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4}) (\\d{2}:\\d{2}:\\d{2})");

    private TelegramExport() {
    }

    /** Whether an HTML page is a Telegram Desktop export, not a web page. */
    static boolean isExportPage(Document page) {
        return !page.select("div.history div.message").isEmpty();
    }

    /** One chat of a full-account export ({@code chats.list}): its name, id, and its JSON exactly as in the export. */
    record Chat(String name, String id, String json) {
    }

    /** The chats of a full-account export, or null when the text is not one (a single chat's export, say). */
    static List<Chat> chats(String json, String file) throws IOException {
        Object root = JsonTree.parse(json, file);
        if (!(root instanceof Map<?, ?> map) || !(map.get("chats") instanceof Map<?, ?> chats)
                || !(chats.get("list") instanceof List<?> list)) {
            return null;
        }
        List<int[]> spans = JsonTree.elementSpans(json, file, "chats", "list");
        List<Chat> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> chat && chat.get("messages") instanceof List<?>) {
                Object id = chat.get("id");
                String idText = id instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue())
                        : String.valueOf(id == null ? i + 1 : id);
                result.add(new Chat(chat.get("name") instanceof String n ? n : null, idText,
                        json.substring(spans.get(i)[0], spans.get(i)[1])));
            }
        }
        return result;
    }

    static DocumentText readJson(String json, String file) throws IOException {
        Object root = JsonTree.parse(json, file);
        if (root instanceof Map<?, ?> full && full.get("chats") instanceof Map<?, ?> chats
                && chats.get("list") instanceof List<?> list) {
            // a full-account export read as one document: every chat's posts (rfy corpus add splits it by chat)
            DocumentText doc = new DocumentText().title("Telegram export of " + list.size() + " chat(s)");
            for (Object chat : list) {
                if (chat instanceof Map<?, ?> c && c.get("messages") instanceof List<?> messages) {
                    readMessages(messages, doc);
                }
            }
            return doc;
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("messages") instanceof List<?> messages)) {
            throw new IOException(file + ": not a Telegram Desktop export (no \"messages\" list at the top, and no"
                    + " \"chats\": {\"list\": [...]} of a full-account export)");
        }
        DocumentText doc = new DocumentText().title(map.get("name") instanceof String s ? s : null);
        readMessages(messages, doc);
        return doc;
    }

    private static void readMessages(List<?> messages, DocumentText doc) {
        for (Object o : messages) {
            if (!(o instanceof Map<?, ?> message) || !"message".equals(message.get("type"))) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<String> urls = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            Object t = message.get("text");
            for (Object part : t instanceof List<?> parts ? parts : List.of(t == null ? "" : t)) {
                if (part instanceof String s) {
                    text.append(s);
                } else if (part instanceof Map<?, ?> entity) {
                    String shown = entity.get("text") instanceof String s ? s : "";
                    text.append(shown);
                    Object type = entity.get("type");
                    if ("link".equals(type)) {
                        urls.add(shown);
                    } else if ("text_link".equals(type) && entity.get("href") instanceof String href) {
                        urls.add(href);
                    } else if ("hashtag".equals(type)) {
                        tags.add(shown);
                    }
                }
            }
            String date = message.get("date") instanceof String s ? s : null;
            doc.post(text.toString(), urls.isEmpty() ? CorpusSegmenter.urls(text.toString()) : urls,
                    tags.isEmpty() ? CorpusSegmenter.hashtags(text.toString()) : tags, date);
        }
    }

    static DocumentText readHtml(Document page) {
        Element header = page.selectFirst("div.page_header div.text");
        DocumentText doc = new DocumentText().title(header == null ? page.title() : header.text().strip());
        for (Element message : page.select("div.history div.message.default")) {
            Element body = message.selectFirst("div.body > div.text");
            if (body == null) {
                continue; // media without a caption
            }
            List<String> urls = new ArrayList<>();
            for (Element a : body.select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("http")) {
                    urls.add(href);
                }
            }
            String text = HtmlText.of(body);
            Element when = message.selectFirst("div.date[title]");
            doc.post(text, urls, CorpusSegmenter.hashtags(text), when == null ? null : isoDate(when.attr("title")));
        }
        return doc;
    }

    /** "22.11.2021 10:00:00 UTC+03:00" as "2021-11-22T10:00:00" (the zone, when given, is dropped like in result.json). */
    static String isoDate(String title) {
        Matcher m = HTML_DATE.matcher(title);
        return m.find() ? m.group(3) + "-" + m.group(2) + "-" + m.group(1) + "T" + m.group(4) : null;
    }
}
