package io.rfy.corpus;

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

import io.rfy.store.RfyWorkspace;

/**
 * The mentions of all the workspace's papers, kept in {@code .rfy/mentions.cache} per corpus document and brought up
 * to date on each use: a document whose size and modification time are unchanged is not read; one whose bytes hash
 * the same is not scanned again; only changed and new documents are. Any change to the papers' names (a title, an
 * alias, a new review) invalidates the whole cache. Mentions in review bodies are always found afresh: the bodies are
 * loaded with the workspace anyway. The cache can always be deleted.
 * <p>
 * The mentions stay in the cache file, a block per document, and are read when asked for, so that a corpus naming
 * papers millions of times is listed ({@link #forEachMention}) in the memory of one document at a time. A workspace
 * whose {@code .rfy/} cannot be written keeps them in memory instead.
 * <p>
 * Several users of one workspace (the IDE's builder and its views, two commands) may update the cache at once: each
 * writes its own temporary file and moves it over the cache, and each reads its blocks from the file it read or wrote,
 * held open, so the offsets it knows always match the bytes it reads (another writer's file replaces the name, not
 * those bytes). {@link #close} lets that file go.
 */
public final class MentionIndex implements AutoCloseable {

    public static final String CACHE = io.rfy.store.WorkspaceLayout.CACHE + "/mentions.cache";
    /**
     * The cache format, and the way documents are read: mentions carry their item's title, so a change in
     * segmentation (2: published batches split into reviews) must drop caches written before it; 3: blocks per
     * document with an index at the end; 4: each block opens with a table of its reviews.
     */
    private static final String MAGIC = "rfy-mentions-4";
    /** Files modified this recently are hashed on the next update even with the same size and time (as Git does). */
    private static final long RACY_MILLIS = 2000;
    private static final String TEMPORARY = ".tmp";
    /** Up to this many mentions in all, blocks once read are kept in memory (the IDE asks per review, often). */
    private static final int KEEP_READ_BLOCKS = 500_000;

    /** What the last {@link #update} did: documents scanned, reused unread, reused after hashing, dropped. */
    public record Update(int scanned, int unchanged, int sameHash, int dropped) {
    }

    /**
     * One document's mentions, sorted by review and offset: a block of {@code length} bytes at {@code offset} of the
     * cache file, or {@code held} in memory.
     */
    private record Entry(long size, long modified, String hash, long offset, long length, int count, List<Mention> held) {
    }

    private final RfyWorkspace ws;
    private final MentionFinder.Names names;
    private final String namesHash;
    private final Path cacheFile;
    private Map<String, Entry> entries = new LinkedHashMap<>();
    /** The cache file whose blocks {@link #entries} describe, open for reading; null when they are held in memory. */
    private java.nio.channels.FileChannel blocks;
    private final Map<String, List<Mention>> readBlocks = new java.util.HashMap<>();
    private Update last;
    private IOException cacheError;
    private final List<io.rfy.store.StoreProblem> unreadable = new ArrayList<>();

    private MentionIndex(RfyWorkspace ws) {
        this.ws = ws;
        this.names = MentionFinder.Names.of(ws, null);
        this.namesHash = sha256(names.key().getBytes(StandardCharsets.UTF_8));
        this.cacheFile = ws.root().resolve(CACHE);
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

    /**
     * The corpus documents the last {@link #update} could not read ({@code store.unreadable}, see
     * {@link UnreadableDocuments}); their mentions are missing, every other document's are there.
     */
    public List<io.rfy.store.StoreProblem> unreadable() {
        return List.copyOf(unreadable);
    }

    /** Why the last {@link #update} could not save {@link #CACHE} (its results are complete all the same), or null. */
    public IOException cacheError() {
        return cacheError;
    }

    /** Re-checks every corpus file, scans what changed and saves the cache when anything did. */
    public Update update() throws IOException {
        List<Path> files = new ArrayList<>();
        Map<String, Entry> old = entries;
        unreadable.clear();
        unreadable.addAll(UnreadableDocuments.notFiles(ws));
        // what each file needs: reuse as it is (null), or a new entry (hash known) to fill
        List<String> keys = new ArrayList<>();
        List<long[]> stats = new ArrayList<>();
        int unchanged = 0;
        for (Path file : ws.corpusFiles()) {
            String name = file.getFileName().toString();
            long size;
            long modified;
            try {
                size = Files.size(file);
                modified = Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                unreadable.add(UnreadableDocuments.problem(file, e));
                continue;
            }
            files.add(file);
            if (System.currentTimeMillis() - modified < RACY_MILLIS) {
                // written just now: it may change again within the same timestamp, so trust only its hash next time
                modified = -1;
            }
            Entry e = old.get(name);
            if (e != null && e.modified() >= 0 && e.size() == size && e.modified() == modified) {
                unchanged++;
            }
            keys.add(name);
            stats.add(new long[] {size, modified});
        }
        int dropped = (int) old.keySet().stream().filter(k -> !keys.contains(k)).count();
        if (unchanged == files.size() && dropped == 0 && unreadable.isEmpty() && Files.isRegularFile(cacheFile)) {
            last = new Update(0, unchanged, 0, 0);
            return last;
        }
        try {
            last = rebuild(files, keys, stats, old, true);
            cacheError = null;
        } catch (IOException e) {
            // a read-only workspace still has mentions: only the next open is slower, and the caller can say why
            cacheError = e;
            last = rebuild(files, keys, stats, old, false);
        }
        return last;
    }

    /** Writes the new cache (or, not to file, holds the mentions) reusing what is unchanged, scanning the rest. */
    private Update rebuild(List<Path> files, List<String> keys, List<long[]> stats, Map<String, Entry> old,
            boolean toFile) throws IOException {
        Path tmp = null;
        if (toFile) {
            Files.createDirectories(cacheFile.getParent());
            sweepStaleTemporaries();
            // beside the cache, moved over it when complete; a name of this writer's own, so that another writer of
            // the same workspace never writes into it (created as files are, not as owner-only temporary files)
            tmp = cacheFile.resolveSibling(cacheFile.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + java.util.UUID.randomUUID() + TEMPORARY);
        }
        Map<String, Entry> next = new LinkedHashMap<>();
        List<io.rfy.store.StoreProblem> failedDocs = new ArrayList<>();
        int scanned = 0;
        int unchanged = 0;
        int sameHash = 0;
        // two documents scanned at a time (the scan is the work), written in corpus order
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "rfy-mentions");
                    t.setDaemon(true);
                    return t;
                });
        try (BlockWriter out = toFile ? new BlockWriter(tmp) : null) {
            if (out != null) {
                out.data.writeUTF(MAGIC);
                out.data.writeUTF(namesHash);
            }
            List<java.util.concurrent.Future<List<Mention>>> ahead = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                ahead.add(null);
            }
            String[] hashes = new String[files.size()];
            // a document that cannot be read is a finding: it gets no entry (so the next update tries it again)
            IOException[] failed = new IOException[files.size()];
            int submitted = 0;
            for (int i = 0; i < files.size(); i++) {
                // keep up to two scans running ahead of the one being written
                for (; submitted < files.size() && submitted <= i + 1; submitted++) {
                    int k = submitted;
                    Entry e = old.get(keys.get(k));
                    long[] st = stats.get(k);
                    if (e != null && e.modified() >= 0 && e.size() == st[0] && e.modified() == st[1]) {
                        continue; // reused as it is
                    }
                    byte[] bytes;
                    try {
                        bytes = Files.readAllBytes(files.get(k));
                    } catch (IOException x) {
                        failed[k] = x;
                        continue;
                    }
                    hashes[k] = sha256(bytes);
                    if (e != null && e.hash().equals(hashes[k])) {
                        continue; // touched, not changed
                    }
                    Path file = files.get(k);
                    ahead.set(k, pool.submit(() -> sorted(MentionFinder.inDocument(names, CorpusReader.read(file)))));
                }
                Entry e = old.get(keys.get(i));
                long[] st = stats.get(i);
                List<Mention> mentions;
                String hash;
                if (failed[i] != null) {
                    failedDocs.add(UnreadableDocuments.problem(files.get(i), failed[i]));
                    continue;
                }
                if (ahead.get(i) != null) {
                    try {
                        mentions = result(ahead.get(i));
                    } catch (java.io.InterruptedIOException x) {
                        throw x;
                    } catch (IOException x) {
                        ahead.set(i, null);
                        failedDocs.add(UnreadableDocuments.problem(files.get(i), x));
                        continue;
                    }
                    ahead.set(i, null);
                    hash = hashes[i];
                    scanned++;
                } else {
                    mentions = read(keys.get(i), e);
                    if (hashes[i] == null) {
                        unchanged++;
                        hash = e.hash();
                    } else {
                        sameHash++;
                        hash = hashes[i];
                    }
                }
                if (out != null) {
                    long offset = out.position();
                    out.write(mentions);
                    next.put(keys.get(i), new Entry(st[0], st[1], hash, offset, out.position() - offset, mentions.size(), null));
                } else {
                    next.put(keys.get(i), new Entry(st[0], st[1], hash, 0, 0, mentions.size(), mentions));
                }
            }
            if (out != null) {
                long indexAt = out.position();
                out.data.writeInt(next.size());
                for (Map.Entry<String, Entry> e : next.entrySet()) {
                    out.data.writeUTF(e.getKey());
                    out.data.writeLong(e.getValue().size());
                    out.data.writeLong(e.getValue().modified());
                    out.data.writeUTF(e.getValue().hash());
                    out.data.writeLong(e.getValue().offset());
                    out.data.writeLong(e.getValue().length());
                    out.data.writeInt(e.getValue().count());
                }
                out.data.writeLong(indexAt);
            }
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
        java.nio.channels.FileChannel written = null;
        if (tmp != null) {
            try {
                written = java.nio.channels.FileChannel.open(tmp); // these bytes, whatever the name holds later
                Files.move(tmp, cacheFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (written != null) {
                    written.close();
                }
                Files.deleteIfExists(tmp);
                throw e;
            }
        }
        int dropped = (int) old.keySet().stream().filter(k -> !next.containsKey(k)).count();
        unreadable.addAll(failedDocs);
        closeBlocks();
        blocks = written;
        entries = next;
        readBlocks.clear();
        return new Update(scanned, unchanged, sameHash, dropped);
    }

    private static List<Mention> result(java.util.concurrent.Future<List<Mention>> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while scanning the corpus");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** A document's mentions by review, then offset: the order of a block, so one review's are in text order. */
    private static List<Mention> sorted(List<Mention> mentions) {
        mentions.sort(BLOCK_ORDER);
        return mentions;
    }

    private static final java.util.Comparator<Mention> BLOCK_ORDER = java.util.Comparator.comparing(Mention::review)
            .thenComparingInt(Mention::start);

    /**
     * Every mention, one document at a time: the corpus documents in corpus order, then the other reviews' bodies;
     * within a document by review, then offset. Only one document's mentions are in memory at a time.
     */
    public void forEachMention(java.util.function.Consumer<Mention> to) throws IOException {
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            Entry entry = e.getValue();
            if (entry.held() != null || readBlocks.containsKey(e.getKey())) {
                read(e.getKey(), entry).forEach(to);
            } else {
                stream(entry, to); // one mention at a time: a block can hold millions
            }
        }
        List<Mention> bodies = MentionFinder.inReviews(ws, names);
        bodies.sort(java.util.Comparator.comparing(Mention::document).thenComparing(BLOCK_ORDER));
        bodies.forEach(to);
    }

    /** The mentions in all corpus documents, as {@link #forEachMention} lists them. */
    public long corpusCount() {
        return entries.values().stream().mapToLong(Entry::count).sum();
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
        try {
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                result.addAll(onlyReview == null ? read(e.getKey(), e.getValue())
                        : readReview(e.getKey(), e.getValue(), onlyReview));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + cacheFile, e);
        }
        return result;
    }

    /** A document's mentions: held, read before, or read from its block of the cache file. */
    private List<Mention> read(String name, Entry e) throws IOException {
        if (e.held() != null) {
            return e.held();
        }
        List<Mention> kept = readBlocks.get(name);
        if (kept != null) {
            return kept;
        }
        List<Mention> mentions = new ArrayList<>(e.count());
        DataInputStream in = blockAt(e.offset());
        for (int r = in.readInt(); r > 0; r--) {
            in.readUTF();
            in.readLong();
            in.readInt();
        }
        readMentions(in, e.count(), mentions);
        if (corpusCount() <= KEEP_READ_BLOCKS) {
            readBlocks.put(name, mentions);
        }
        return mentions;
    }

    /** A block's mentions, handed on as they are read, none kept. */
    private void stream(Entry e, java.util.function.Consumer<Mention> to) throws IOException {
        DataInputStream in = blockAt(e.offset());
        for (int r = in.readInt(); r > 0; r--) {
            in.readUTF();
            in.readLong();
            in.readInt();
        }
        for (int i = 0; i < e.count(); i++) {
            to.accept(readMention(in));
        }
    }

    /** One review's mentions in a document: its span of the block alone, found in the block's table. */
    private List<Mention> readReview(String name, Entry e, String review) throws IOException {
        if (e.held() != null || readBlocks.containsKey(name)) {
            return read(name, e).stream().filter(m -> review.equals(m.review())).toList();
        }
        DataInputStream in = blockAt(e.offset());
        long tableBytes = 4;
        long at = -1;
        int count = 0;
        for (int r = in.readInt(); r > 0; r--) {
            String id = in.readUTF();
            long offset = in.readLong();
            int n = in.readInt();
            tableBytes += utfLength(id) + 12;
            if (id.equals(review)) {
                at = offset;
                count = n;
            }
        }
        if (at < 0) {
            return List.of();
        }
        in = blockAt(e.offset() + tableBytes + at);
        List<Mention> mentions = new ArrayList<>(count);
        readMentions(in, count, mentions);
        return mentions;
    }

    /** The bytes {@link DataOutputStream#writeUTF} writes for a string (modified UTF-8 and its 2-byte length). */
    private static long utfLength(String s) {
        long n = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c >= 0x0001 && c <= 0x007F ? 1 : c <= 0x07FF ? 2 : 3;
        }
        return n;
    }

    private static void readMentions(DataInputStream in, int count, List<Mention> into) throws IOException {
        for (int i = 0; i < count; i++) {
            into.add(readMention(in));
        }
    }

    private static Mention readMention(DataInputStream in) throws IOException {
        return new Mention(in.readUTF(), in.readUTF(), in.readUTF(), nullable(in), in.readUTF(), in.readInt(),
                in.readInt(), in.readUTF(), in.readUTF());
    }

    private void readCache() {
        if (!Files.isRegularFile(cacheFile)) {
            return;
        }
        java.nio.channels.FileChannel channel = null;
        try {
            channel = java.nio.channels.FileChannel.open(cacheFile);
            DataInputStream head = new DataInputStream(java.nio.channels.Channels.newInputStream(channel));
            if (!MAGIC.equals(head.readUTF()) || !namesHash.equals(head.readUTF())) {
                channel.close();
                return; // another format or other names: everything is scanned again
            }
            long size = channel.size();
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(8);
            channel.read(tail, size - 8);
            long indexAt = tail.flip().getLong();
            channel.position(indexAt);
            DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(
                    java.nio.channels.Channels.newInputStream(channel)));
            int documents = in.readInt();
            Map<String, Entry> read = new LinkedHashMap<>();
            for (int d = 0; d < documents; d++) {
                String name = in.readUTF();
                Entry e = new Entry(in.readLong(), in.readLong(), in.readUTF(), in.readLong(), in.readLong(), in.readInt(),
                        null);
                if (e.offset() < 0 || e.offset() + e.length() > indexAt || e.count() < 0) {
                    channel.close();
                    return; // damaged
                }
                read.put(name, e);
            }
            entries = read;
            blocks = channel;
        } catch (IOException | RuntimeException e) {
            entries = new LinkedHashMap<>(); // a damaged cache is only a slower start
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing was taken from it
                }
            }
        }
    }

    /** A stream over {@link #blocks} from {@code offset}, by positional reads (the channel's own position is not used). */
    private DataInputStream blockAt(long offset) throws IOException {
        java.nio.channels.FileChannel channel = blocks;
        if (channel == null) {
            throw new IOException(cacheFile + " is closed");
        }
        return new DataInputStream(new java.io.BufferedInputStream(new java.io.InputStream() {
            private long at = offset;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = channel.read(java.nio.ByteBuffer.wrap(b, off, len), at);
                if (n > 0) {
                    at += n;
                }
                return n;
            }
        }, 1 << 16));
    }

    /** Lets the cache file go; the index cannot read blocks it has not read yet after this. */
    @Override
    public void close() {
        closeBlocks();
    }

    private void closeBlocks() {
        if (blocks != null) {
            try {
                blocks.close();
            } catch (IOException ignored) {
                // read-only: nothing to lose
            }
            blocks = null;
        }
    }

    /** Temporary files of writers that died before moving them (an hour is far longer than any write takes). */
    private void sweepStaleTemporaries() {
        long before = System.currentTimeMillis() - 3_600_000;
        String prefix = cacheFile.getFileName() + ".";
        try (java.nio.file.DirectoryStream<Path> dir = Files.newDirectoryStream(cacheFile.getParent(),
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(TEMPORARY))) {
            for (Path p : dir) {
                try {
                    if (Files.getLastModifiedTime(p).toMillis() < before) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException ignored) {
                    // another writer's, or gone already
                }
            }
        } catch (IOException ignored) {
            // the cache folder is listed again next time
        }
    }

    /** The cache file being written, counting its bytes (DataOutputStream's own count stops at 2 GB). */
    private static final class BlockWriter implements AutoCloseable {
        private long written;
        final DataOutputStream data;

        BlockWriter(Path file) throws IOException {
            java.io.OutputStream raw = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            data = new DataOutputStream(new java.io.FilterOutputStream(raw) {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    written++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    written += len;
                }
            });
        }

        long position() throws IOException {
            data.flush();
            return written;
        }

        /**
         * A block: a table of the reviews named (id, offset of its first mention from the end of the table, count),
         * then the mentions, already sorted by review, so that one review's are read without the others'.
         */
        void write(List<Mention> mentions) throws IOException {
            // the table first, from the mentions' encoded sizes, then the mentions straight to the file: a block of a
            // large document is hundreds of megabytes, never held as bytes as well as mentions
            List<String> reviews = new ArrayList<>();
            List<long[]> spans = new ArrayList<>();
            long at = 0;
            for (Mention m : mentions) {
                if (reviews.isEmpty() || !reviews.get(reviews.size() - 1).equals(m.review())) {
                    reviews.add(m.review());
                    spans.add(new long[] {at, 0});
                }
                spans.get(spans.size() - 1)[1]++;
                at += encodedSize(m);
            }
            data.writeInt(reviews.size());
            for (int i = 0; i < reviews.size(); i++) {
                data.writeUTF(reviews.get(i));
                data.writeLong(spans.get(i)[0]);
                data.writeInt((int) spans.get(i)[1]);
            }
            for (Mention m : mentions) {
                data.writeUTF(m.paper());
                data.writeUTF(m.review());
                data.writeUTF(m.document());
                data.writeBoolean(m.item() != null);
                if (m.item() != null) {
                    data.writeUTF(m.item());
                }
                data.writeUTF(m.quote());
                data.writeInt(m.start());
                data.writeInt(m.end());
                data.writeUTF(m.prefix());
                data.writeUTF(m.suffix());
            }
        }

        /** The bytes {@link #write} writes for one mention. */
        private static long encodedSize(Mention m) {
            return utfLength(m.paper()) + utfLength(m.review()) + utfLength(m.document()) + 1
                    + (m.item() == null ? 0 : utfLength(m.item())) + utfLength(m.quote()) + 8 + utfLength(m.prefix())
                    + utfLength(m.suffix());
        }

        @Override
        public void close() throws IOException {
            data.close();
        }
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
