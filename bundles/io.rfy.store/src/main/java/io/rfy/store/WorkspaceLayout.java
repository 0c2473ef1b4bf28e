package io.rfy.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rfy.model.Batch;

/**
 * Where things live in a workspace folder, and what a file's place and name say: {@code reviewers.yaml},
 * {@code reviews/<yyyy-mm>/<id>.md}, {@code batches/<yyyy-mm>-part-<n>.md}, {@code corpus/<doc-id>.<ext>} and the
 * cache folder {@code .rfy/}. The store, the command line and the IDE all ask this class, so that they cannot
 * disagree about which file is what.
 */
public final class WorkspaceLayout {

    public static final String REVIEWERS_FILE = "reviewers.yaml";
    public static final String REVIEWS = "reviews";
    public static final String BATCHES = "batches";
    public static final String CORPUS = "corpus";
    /** Caches and staging folders of the tools; never a user's file. */
    public static final String CACHE = ".rfy";
    /** The extension of review and batch files. */
    public static final String MARKDOWN = ".md";

    /** A period folder and a batch's period: {@code yyyy-mm}. */
    public static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    /** A review id, which is its file name without {@code .md}. */
    public static final Pattern REVIEW_ID = Pattern.compile("[a-z0-9-]+");
    /** A batch id as the rubric numbers its posts: {@code <yyyy-mm>-part-<n>}. */
    public static final Pattern BATCH_ID = Pattern.compile("(\\d{4}-(?:0[1-9]|1[0-2]))-part-(\\d{1,9})");

    /** What a file of the workspace is to the store. */
    public enum Kind {
        /** {@code reviewers.yaml} at the root */
        REVIEWERS,
        /** {@code reviews/<folder>/<id>.md} */
        REVIEW,
        /** a {@code .md} under {@code reviews/} at another depth: not read, reported as misplaced */
        MISPLACED_REVIEW,
        /** {@code batches/<id>.md} */
        BATCH,
        /** a file directly in {@code corpus/} (hidden files excepted) */
        CORPUS_DOCUMENT
    }

    private WorkspaceLayout() {
    }

    /**
     * What a file is, from its path relative to the workspace root ('/' or the platform's separator); null for
     * anything the tools do not read (the cache, other folders, other extensions).
     */
    public static Kind kindOf(String relativePath) {
        String path = relativePath.replace('\\', '/');
        if (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (path.equals(REVIEWERS_FILE)) {
            return Kind.REVIEWERS;
        }
        String[] segments = path.split("/", -1);
        if (segments.length == 2 && segments[0].equals(CORPUS) && !segments[1].isEmpty() && !segments[1].startsWith(".")) {
            return Kind.CORPUS_DOCUMENT;
        }
        if (!path.endsWith(MARKDOWN)) {
            return null;
        }
        if (segments[0].equals(REVIEWS) && segments.length >= 2) {
            return segments.length == 3 ? Kind.REVIEW : Kind.MISPLACED_REVIEW;
        }
        return segments.length == 2 && segments[0].equals(BATCHES) ? Kind.BATCH : null;
    }

    /** What a file is, given the workspace root; null outside the root or for files the tools do not read. */
    public static Kind kindOf(Path root, Path file) {
        Path r = root.toAbsolutePath().normalize();
        Path f = r.resolve(file).toAbsolutePath().normalize();
        return f.startsWith(r) && !f.equals(r) ? kindOf(r.relativize(f).toString()) : null;
    }

    /** The id a review or batch file stands for: its file name without {@code .md} (any path before it is ignored). */
    public static String idOf(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** {@link #idOf(String)} of a path's file name. */
    public static String idOf(Path file) {
        return idOf(file.getFileName() == null ? "" : file.getFileName().toString());
    }

    /** {@code reviews/<period>/<id>.md} */
    public static String reviewPath(String period, String reviewId) {
        return REVIEWS + "/" + period + "/" + reviewId + MARKDOWN;
    }

    /** {@code <period>-part-<part>}, the id (and file name stem) of a batch */
    public static String batchId(String period, int part) {
        return period + "-part-" + part;
    }

    /** {@code batches/<batchId>.md} */
    public static String batchPath(String batchId) {
        return BATCHES + "/" + batchId + MARKDOWN;
    }

    /** {@code corpus/<fileName>} */
    public static String corpusPath(String fileName) {
        return CORPUS + "/" + fileName;
    }

    public static boolean isPeriod(String s) {
        return s != null && PERIOD.matcher(s).matches();
    }

    /** A batch's part number as {@link #BATCH_ID} reads it: 1 and up, at most nine digits. */
    public static boolean isPart(String s) {
        return s != null && s.matches("[1-9]\\d{0,8}");
    }

    public static boolean isPart(int n) {
        return isPart(Integer.toString(n));
    }

    public static boolean isReviewId(String s) {
        return s != null && REVIEW_ID.matcher(s).matches();
    }

    /**
     * Orders batch ids as the rubric publishes them: by period, then by part as a number (part 10 after part 2);
     * ids that do not read {@code <yyyy-mm>-part-<n>} come first, by name.
     */
    public static final Comparator<String> PUBLICATION_ORDER = (a, b) -> {
        Matcher x = BATCH_ID.matcher(a);
        Matcher y = BATCH_ID.matcher(b);
        boolean xm = x.matches();
        boolean ym = y.matches();
        if (xm != ym) {
            return xm ? 1 : -1;
        }
        if (!xm) {
            return a.compareTo(b);
        }
        int byPeriod = x.group(1).compareTo(y.group(1));
        return byPeriod != 0 ? byPeriod : Long.compare(Long.parseLong(x.group(2)), Long.parseLong(y.group(2)));
    };

    /**
     * The newest batch file among file names (or ids) such as a listing of {@code batches/}: the latest period and,
     * within it, the highest part; only names that read {@code <yyyy-mm>-part-<n>.md} count.
     */
    public static Optional<String> newestBatchName(Collection<String> fileNames) {
        return fileNames.stream().filter(n -> n.endsWith(MARKDOWN) && BATCH_ID.matcher(idOf(n)).matches())
                .max(Comparator.comparing(WorkspaceLayout::idOf, PUBLICATION_ORDER));
    }

    /** The newest batch of a loaded workspace, by the rule of {@link #newestBatchName}. */
    public static Optional<Batch> newestBatch(RfyWorkspace ws) {
        return ws.batches().stream().filter(b -> b.getId() != null && BATCH_ID.matcher(b.getId()).matches())
                .max(Comparator.comparing(Batch::getId, PUBLICATION_ORDER));
    }

    /** The batch read from a file (absolute, or relative to the workspace root), if the workspace has it. */
    public static Optional<Batch> batchAt(RfyWorkspace ws, Path file) {
        Path wanted = ws.root().resolve(file).toAbsolutePath().normalize();
        return ws.batches().stream().filter(b -> b.eResource() != null && b.eResource().getURI().isFile()
                && Path.of(b.eResource().getURI().toFileString()).toAbsolutePath().normalize().equals(wanted)).findFirst();
    }
}
