package io.rfy.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rfy.store.AtomicFile;
import io.rfy.store.RfyWorkspace;

/**
 * The mentions of all the workspace's papers, kept in {@code .rfy/mentions.cache} per corpus document and brought up
 * to date on each use: a document whose size and modification time are unchanged is not read; one whose bytes hash
 * the same is not scanned again; only changed and new documents are. Any change to the papers' names (a title, an
 * alias, a new review) invalidates the whole cache. Mentions in review bodies are always found afresh: the bodies are
 * loaded with the workspace anyway. The cache can always be deleted.
 */
public final class MentionIndex {

    public static final String CACHE = io.rfy.store.WorkspaceLayout.CACHE + "/mentions.cache";
    /**
     * The cache format, and the way documents are read: mentions carry their item's title, so a change in
     * segmentation (2: published batches split into reviews) must drop caches written before it.
     */
    private static final String MAGIC = "rfy-mentions-2";
    /** Files modified this recently are hashed on the next update even with the same size and time (as Git does). */
    private static final long RACY_MILLIS = 2000;

    /** What the last {@link #update} did: documents scanned, reused unread, reused after hashing, dropped. */
    public record Update(int scanned, int unchanged, int sameHash, int dropped) {
    }

    private record Entry(long size, long modified, String hash, List<Mention> mentions) {
    }

    private final RfyWorkspace ws;
    private final MentionFinder.Names names;
    private final String namesHash;
    private Map<String, Entry> entries = new LinkedHashMap<>();
    private Update last;
    private IOException cacheError;

    private MentionIndex(RfyWorkspace ws) {
        this.ws = ws;
        this.names = MentionFinder.Names.of(ws, null);
        this.namesHash = sha256(names.key().getBytes(StandardCharsets.UTF_8));
    }

    /** Opens the index of a workspace and brings it up to date with its corpus. */
    public static MentionIndex open(RfyWorkspace ws) throws IOException {
        MentionIndex index = new MentionIndex(ws);
        index.readCache();
        index.update();
        return index;
    }

    public Update lastUpdate() {
        return last;
    }

    /** Why the last {@link #update} could not save {@link #CACHE} (its results are complete all the same), or null. */
    public IOException cacheError() {
        return cacheError;
    }

    /** Re-checks every corpus file, scans what changed and saves the cache when anything did. */
    public Update update() throws IOException {
        Map<String, Entry> next = new LinkedHashMap<>();
        int scanned = 0;
        int unchanged = 0;
        int sameHash = 0;
        for (Path file : ws.corpusFiles()) {
            String name = file.getFileName().toString();
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            if (System.currentTimeMillis() - modified < RACY_MILLIS) {
                // written just now: it may change again within the same timestamp, so trust only its hash next time
                modified = -1;
            }
            Entry old = entries.get(name);
            if (old != null && old.modified() >= 0 && old.size() == size && old.modified() == modified) {
                next.put(name, old);
                unchanged++;
                continue;
            }
            String hash = sha256(Files.readAllBytes(file));
            if (old != null && old.hash().equals(hash)) {
                next.put(name, new Entry(size, modified, hash, old.mentions())); // touched, not changed
                sameHash++;
                continue;
            }
            next.put(name, new Entry(size, modified, hash, MentionFinder.inDocument(names, CorpusReader.read(file))));
            scanned++;
        }
        int dropped = (int) entries.keySet().stream().filter(k -> !next.containsKey(k)).count();
        boolean changed = scanned + sameHash + dropped > 0 || !Files.exists(ws.root().resolve(CACHE));
        entries = next;
        if (changed) {
            try {
                writeCache();
                cacheError = null;
            } catch (IOException e) {
                // a read-only workspace still has mentions: only the next open is slower, and the caller can say why
                cacheError = e;
            }
        }
        last = new Update(scanned, unchanged, sameHash, dropped);
        return last;
    }

    /**
     * The mentions of one review's papers (or all, for null), in the corpus and in other reviews' bodies. The bodies
     * are scanned for that review's names only: a paper's hits do not depend on the other names, so this finds what
     * the whole index would, at a fraction of the automaton.
     */
    public List<Mention> mentions(String onlyReview) {
        List<Mention> result = corpusHits(onlyReview);
        MentionFinder.Names bodyNames = onlyReview == null ? names : MentionFinder.Names.of(ws, onlyReview);
        result.addAll(MentionFinder.inReviews(ws, bodyNames));
        MentionFinder.sort(result);
        return result;
    }

    /**
     * The mentions of one review's papers (or all, for null) in the corpus documents only, from the index as it is: no
     * review body is scanned, so this is cheap enough for the IDE's builder to ask per review.
     */
    public List<Mention> corpusMentions(String onlyReview) {
        List<Mention> result = corpusHits(onlyReview);
        MentionFinder.sort(result);
        return result;
    }

    private List<Mention> corpusHits(String onlyReview) {
        List<Mention> result = new ArrayList<>();
        for (Entry e : entries.values()) {
            e.mentions().stream().filter(m -> onlyReview == null || onlyReview.equals(m.review())).forEach(result::add);
        }
        return result;
    }

    private void readCache() {
        Path cache = ws.root().resolve(CACHE);
        if (!Files.isRegularFile(cache)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(cache)))) {
            if (!MAGIC.equals(in.readUTF()) || !namesHash.equals(in.readUTF())) {
                return; // another format or other names: everything is scanned again
            }
            int documents = in.readInt();
            Map<String, Entry> read = new LinkedHashMap<>();
            for (int d = 0; d < documents; d++) {
                String name = in.readUTF();
                long size = in.readLong();
                long modified = in.readLong();
                String hash = in.readUTF();
                int n = in.readInt();
                List<Mention> mentions = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    mentions.add(new Mention(in.readUTF(), in.readUTF(), in.readUTF(), nullable(in), in.readUTF(),
                            in.readInt(), in.readInt(), in.readUTF(), in.readUTF()));
                }
                read.put(name, new Entry(size, modified, hash, mentions));
            }
            entries = read;
        } catch (IOException | RuntimeException e) {
            entries = new LinkedHashMap<>(); // a damaged cache is only a slower start
        }
    }

    private void writeCache() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeUTF(namesHash);
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue().size());
                out.writeLong(e.getValue().modified());
                out.writeUTF(e.getValue().hash());
                out.writeInt(e.getValue().mentions().size());
                for (Mention m : e.getValue().mentions()) {
                    out.writeUTF(m.paper());
                    out.writeUTF(m.review());
                    out.writeUTF(m.document());
                    out.writeBoolean(m.item() != null);
                    if (m.item() != null) {
                        out.writeUTF(m.item());
                    }
                    out.writeUTF(m.quote());
                    out.writeInt(m.start());
                    out.writeInt(m.end());
                    out.writeUTF(m.prefix());
                    out.writeUTF(m.suffix());
                }
            }
        }
        AtomicFile.write(ws.root().resolve(CACHE), bytes.toByteArray());
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }
}
