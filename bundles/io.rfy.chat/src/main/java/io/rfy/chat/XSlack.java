package io.rfy.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The {@code x-slack: {channel, ts, permalink, digest}} front-matter key of a review captured from Slack: which
 * message it came from, so that importing the export again finds it, and the digest of the file as the import wrote
 * it (the file without this line), so that a file a person has edited since is recognised and never touched.
 */
public record XSlack(String channel, String ts, String permalink, String digest) {

    private static final String KEY = "x-slack:";

    /** The review's text with this key added as the last line of its front matter, the digest filled in. */
    static String addTo(String reviewText, String channel, String ts, String permalink) {
        int end = frontMatterEnd(reviewText);
        if (end < 0) {
            throw new IllegalArgumentException("a review file starts with front matter");
        }
        String line = KEY + " {channel: " + quoted(channel) + ", ts: " + quoted(ts) + ", permalink: " + quoted(permalink)
                + ", digest: " + quoted(digest(reviewText)) + "}\n";
        return reviewText.substring(0, end) + line + reviewText.substring(end);
    }

    /** The key of a review file's text, or null when it has none (or it cannot be read). */
    static XSlack of(String reviewText) {
        int end = frontMatterEnd(reviewText);
        if (end < 0) {
            return null;
        }
        Object fm;
        try {
            fm = new Yaml(new SafeConstructor(new LoaderOptions())).load(reviewText.substring(4, end));
        } catch (RuntimeException e) {
            return null; // the store reports the YAML; a file that cannot be read is never replaced
        }
        if (!(fm instanceof Map<?, ?> map) || !(map.get("x-slack") instanceof Map<?, ?> x)) {
            return null;
        }
        return new XSlack(string(x.get("channel")), string(x.get("ts")), string(x.get("permalink")), string(x.get("digest")));
    }

    /** Whether the file is as the import wrote it: its text without the x-slack line has the digest the line names. */
    static boolean unchangedSinceImport(String reviewText) {
        XSlack x = of(reviewText);
        if (x == null || x.digest() == null) {
            return false;
        }
        int at = reviewText.startsWith(KEY) ? 0 : reviewText.indexOf("\n" + KEY) + 1;
        if (at <= 0) {
            return false; // written in block style by hand: a person's edit
        }
        int eol = reviewText.indexOf('\n', at);
        String without = reviewText.substring(0, at) + (eol < 0 ? "" : reviewText.substring(eol + 1));
        return digest(without).equals(x.digest());
    }

    /** Where the closing {@code ---} line of the front matter starts, or -1. */
    private static int frontMatterEnd(String text) {
        if (!text.startsWith("---\n")) {
            return -1;
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        return end < 0 ? -1 : end + 1;
    }

    private static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }
}
