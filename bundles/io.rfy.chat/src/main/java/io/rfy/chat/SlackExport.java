package io.rfy.chat;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import io.rfy.store.json.JsonTree;
import io.rfy.store.StrictUtf8;

/**
 * Slack's standard workspace export ("Export data": {@code users.json}, {@code channels.json} and one
 * {@code <channel>/<yyyy-mm-dd>.json} per day), as a zip or an unpacked folder.
 * <p>
 * Hostile input stops here: a zip entry whose name points outside the export ({@code ../}, an absolute path, a
 * drive letter, backslashes) refuses the whole zip before anything is read; every JSON file is bounded (a day
 * file larger than {@link #maxFileBytes} is refused with its name, and a zip entry is counted while it is inflated,
 * not trusted by its header); JSON that does not parse is reported as {@code file:line:column: what}.
 */
public final class SlackExport implements Closeable {

    /** The default bound on one JSON file of the export: a busy channel's day is well under 1 MB. */
    public static final long MAX_FILE_BYTES = 32L << 20;
    private static final int MAX_ENTRIES = 500_000;
    private static final Pattern DAY_FILE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.json");

    /** The export could not be read: names the file and, for JSON, the line and column. */
    public static final class BadExportException extends IOException {
        private static final long serialVersionUID = 1L;

        public BadExportException(String message) {
            super(message);
        }
    }

    /** A channel of the export: its id (empty when channels.json does not list it) and name (its folder). */
    public record Channel(String id, String name) {
    }

    private final Path source;
    private final ZipFile zip;
    /** "users.json" or "general/2020-05-01.json" -> the zip entry or the file. */
    private final Map<String, Object> entries = new TreeMap<>();
    private final long maxFileBytes;
    private final Map<String, SlackUser> users = new LinkedHashMap<>();
    private final List<Channel> channels = new ArrayList<>();

    private SlackExport(Path source, ZipFile zip, long maxFileBytes) {
        this.source = source;
        this.zip = zip;
        this.maxFileBytes = maxFileBytes;
    }

    /** Opens an export (a {@code .zip} or a folder) and reads its users and channels. */
    public static SlackExport open(Path export) throws IOException {
        return open(export, MAX_FILE_BYTES);
    }

    public static SlackExport open(Path export, long maxFileBytes) throws IOException {
        if (!Files.exists(export)) {
            throw new NoSuchFileException(export.toString());
        }
        SlackExport e;
        if (Files.isDirectory(export)) {
            e = new SlackExport(export, null, maxFileBytes);
            e.listFolder();
        } else {
            ZipFile zip;
            try {
                zip = new ZipFile(export.toFile());
            } catch (ZipException z) {
                throw new BadExportException(export + ": not a zip file and not a folder (" + z.getMessage() + ")");
            }
            e = new SlackExport(export, zip, maxFileBytes);
            try {
                e.listZip();
            } catch (IOException | RuntimeException x) {
                e.close();
                throw x;
            }
        }
        try {
            e.readUsersAndChannels();
        } catch (IOException | RuntimeException x) {
            e.close();
            throw x;
        }
        return e;
    }

    private void listFolder() throws IOException {
        try (Stream<Path> walk = Files.walk(source, 2)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json")) {
                    entries.put(source.relativize(p).toString().replace('\\', '/'), p);
                    if (entries.size() > MAX_ENTRIES) {
                        throw new BadExportException(source + ": more than " + MAX_ENTRIES + " files; not a Slack export");
                    }
                }
            }
        }
    }

    /** Every name is checked before anything is read; the export may sit in one top folder inside the zip. */
    private void listZip() throws IOException {
        List<ZipEntry> all = new ArrayList<>();
        Enumeration<? extends ZipEntry> en = zip.entries();
        while (en.hasMoreElements()) {
            ZipEntry entry = en.nextElement();
            String name = entry.getName();
            if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0
                    || List.of(name.split("/")).contains("..")) {
                throw new BadExportException(source + ": refused: the zip entry '" + name + "' points outside the export"
                        + " (an absolute path or '..'); nothing was read");
            }
            all.add(entry);
            if (all.size() > MAX_ENTRIES) {
                throw new BadExportException(source + ": more than " + MAX_ENTRIES + " zip entries; not a Slack export");
            }
        }
        String prefix = "";
        boolean atTop = all.stream().anyMatch(z -> z.getName().equals("channels.json") || z.getName().equals("users.json"));
        if (!atTop) {
            prefix = all.stream().map(ZipEntry::getName).filter(n -> n.endsWith("/channels.json") || n.endsWith("/users.json"))
                    .map(n -> n.substring(0, n.lastIndexOf('/') + 1)).min((a, b) -> a.length() - b.length()).orElse("");
        }
        for (ZipEntry entry : all) {
            if (!entry.isDirectory() && entry.getName().startsWith(prefix) && entry.getName().endsWith(".json")) {
                entries.put(entry.getName().substring(prefix.length()), entry);
            }
        }
    }

    private void readUsersAndChannels() throws IOException {
        if (!entries.containsKey("users.json") && !entries.containsKey("channels.json")) {
            throw new BadExportException(source + ": not a Slack workspace export (no users.json or channels.json)");
        }
        if (entries.containsKey("users.json")) {
            for (Object o : list(json("users.json"), "users.json")) {
                if (o instanceof Map<?, ?> u && u.get("id") instanceof String id) {
                    users.put(id, SlackUser.of(u));
                }
            }
        }
        for (String file : List.of("channels.json", "groups.json")) {
            if (entries.containsKey(file)) {
                for (Object o : list(json(file), file)) {
                    if (o instanceof Map<?, ?> c && c.get("name") instanceof String name) {
                        channels.add(new Channel(c.get("id") instanceof String id ? id : "", name));
                    }
                }
            }
        }
        // a folder of day files that channels.json does not list is still a channel
        for (String path : entries.keySet()) {
            int slash = path.indexOf('/');
            if (slash > 0 && path.indexOf('/', slash + 1) < 0 && DAY_FILE.matcher(path.substring(slash + 1)).matches()) {
                String name = path.substring(0, slash);
                if (channels.stream().noneMatch(c -> c.name().equals(name))) {
                    channels.add(new Channel("", name));
                }
            }
        }
    }

    private static List<?> list(Object json, String file) throws BadExportException {
        if (!(json instanceof List<?> l)) {
            throw new BadExportException(file + ": expected a JSON array at the top");
        }
        return l;
    }

    public Path source() {
        return source;
    }

    public Map<String, SlackUser> users() {
        return users;
    }

    public List<Channel> channels() {
        return channels;
    }

    /** The channel of that name ({@code #} and case ignored), or null. */
    public Channel channel(String name) {
        String n = name.startsWith("#") ? name.substring(1) : name;
        return channels.stream().filter(c -> c.name().equalsIgnoreCase(n)).findFirst().orElse(null);
    }

    /** The day files of a channel, in date order, within [from, to] when given (null: open). */
    public List<String> dayFiles(Channel channel, LocalDate from, LocalDate to) {
        List<String> days = new ArrayList<>();
        String prefix = channel.name() + "/";
        for (String path : entries.keySet()) {
            if (!path.startsWith(prefix) || path.indexOf('/', prefix.length()) >= 0) {
                continue;
            }
            String file = path.substring(prefix.length());
            if (!DAY_FILE.matcher(file).matches()) {
                continue;
            }
            LocalDate day;
            try {
                day = LocalDate.parse(file.substring(0, 10));
            } catch (DateTimeParseException e) {
                continue;
            }
            if ((from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))) {
                days.add(path);
            }
        }
        return days;
    }

    /** The messages of one day file, in the file's order. */
    public List<SlackMessage> messages(String dayFile) throws IOException {
        Object json = json(dayFile);
        List<SlackMessage> messages = new ArrayList<>();
        int index = 0;
        for (Object o : list(json, dayFile)) {
            if (o instanceof Map<?, ?> m) {
                messages.add(SlackMessage.of(m, dayFile, index));
            }
            index++;
        }
        return messages;
    }

    /** Size of one export file in bytes, as far as it is known before reading (-1 when not). */
    long size(String path) throws IOException {
        Object entry = entries.get(path);
        return entry instanceof Path p ? Files.size(p) : entry instanceof ZipEntry z ? z.getSize() : -1;
    }

    private Object json(String path) throws IOException {
        Object entry = entries.get(path);
        if (entry == null) {
            throw new BadExportException(source + ": no " + path + " in the export");
        }
        byte[] bytes = bytes(path, entry);
        String text;
        try {
            text = StrictUtf8.decode(bytes);
        } catch (StrictUtf8.MalformedException e) {
            throw new BadExportException(path + ":" + e.line + ":" + e.column + ": " + e.getMessage());
        }
        try {
            return JsonTree.parse(text, path);
        } catch (IOException e) {
            throw new BadExportException(e.getMessage() + " (in " + source.getFileName() + ")");
        }
    }

    private byte[] bytes(String path, Object entry) throws IOException {
        String tooLarge = path + ": larger than " + (maxFileBytes >> 20) + " MB; refused (a Slack day file is far smaller:"
                + " is this a Slack export?)";
        if (entry instanceof Path p) {
            if (Files.size(p) > maxFileBytes) {
                throw new BadExportException(tooLarge);
            }
            return Files.readAllBytes(p);
        }
        ZipEntry z = (ZipEntry) entry;
        if (z.getSize() > maxFileBytes) {
            throw new BadExportException(tooLarge);
        }
        try (InputStream in = zip.getInputStream(z)) {
            // the header's size may lie: count what is inflated
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            if (bytes.length > maxFileBytes) {
                throw new BadExportException(tooLarge);
            }
            return bytes;
        } catch (ZipException e) {
            throw new BadExportException(source + ": " + path + ": damaged zip entry (" + e.getMessage() + ")");
        }
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
