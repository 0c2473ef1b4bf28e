package io.rfy.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

import io.rfy.store.StoreProblem.Severity;
import io.rfy.store.yaml.YamlDocument;
import io.rfy.store.yaml.YamlMap;
import io.rfy.store.yaml.YamlPatcher;
import io.rfy.store.yaml.YamlSyntaxException;

/**
 * A workspace file as an EMF resource. Reading keeps the text, so that saving rewrites only what the model
 * changed (an unchanged model saves byte for byte, and comments and unknown keys survive edits elsewhere).
 * A file that could not be read is never written; saves go through a temporary file and an atomic move, and
 * refuse to overwrite a file that changed on disk since it was read.
 */
public abstract class RfyResource extends ResourceImpl {

    /** Load option: the largest file accepted, in bytes (a {@link Long}); larger files are reported, not read. */
    public static final String OPTION_MAX_BYTES = "io.rfy.store.maxBytes";
    /** Save option ({@link Boolean}): write even if the file changed on disk since it was read. */
    public static final String OPTION_OVERWRITE_CHANGED = "io.rfy.store.overwriteChanged";

    /** The largest workspace file read by default; writers that make workspace files stay under it. */
    public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;

    /** The parts of the file as last read or written; null for a resource that has not been read. */
    private FrontMatter frontMatter;
    private String yamlText;
    private long savedChecksum = -1;

    protected RfyResource(URI uri) {
        super(uri);
    }

    /** Whether the file is Markdown with YAML front matter (otherwise it is YAML only). */
    protected abstract boolean hasFrontMatter();

    /** Reads the root object from the YAML (null for an empty document) and the body; reports through {@code in}. */
    protected abstract EObject read(Node root, String body, Reading in);

    /** The root object as a value tree for {@link YamlPatcher}. */
    protected abstract Object toTree(EObject root);

    /** The attribute that holds the Markdown body, or null for a file without one. */
    protected org.eclipse.emf.ecore.EAttribute bodyFeature() {
        return null;
    }

    /** The Markdown body to write after the front matter. */
    protected String body(EObject root) {
        return "";
    }

    @Override
    protected void doLoad(InputStream in, Map<?, ?> options) throws IOException {
        frontMatter = null;
        yamlText = null;
        long max = options != null && options.get(OPTION_MAX_BYTES) instanceof Long l ? l : DEFAULT_MAX_BYTES;
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        if (bytes.length > max) {
            problem(Severity.ERROR, "store.too-large", String.format(java.util.Locale.ROOT,
                    "the file is larger than %.1f MB, the limit for a workspace file; it was not read", max / 1048576.0), 1, 1);
            return;
        }
        String decoded = decodeUtf8(bytes);
        if (decoded == null) {
            return;
        }
        FrontMatter parts = null;
        if (hasFrontMatter()) {
            try {
                parts = FrontMatter.split(decoded);
            } catch (FrontMatter.MissingException e) {
                problem(Severity.ERROR, "store.front-matter", e.getMessage(), e.line, 1);
                return;
            }
        }
        String yaml = parts == null ? decoded : parts.yaml();
        int lineOffset = parts == null ? 0 : parts.yamlLineOffset();
        YamlDocument doc;
        try {
            doc = YamlDocument.parse(yaml);
        } catch (YamlSyntaxException e) {
            problem(Severity.ERROR, "store.yaml-syntax", e.getMessage(), e.line() + 1 + lineOffset, e.column() + 1);
            return;
        }
        EObject root = read(doc.root(), parts == null ? "" : parts.body(), new Reading(lineOffset, true));
        if (root != null) {
            getContents().add(root);
            if (parts != null && bodyFeature() != null) {
                // so that problems inside the body (a broken link) can be reported at their line
                SourceLocation.record(root, bodyFeature(), new SourceLocation.Position(parts.bodyFirstLine(), 1));
            }
        }
        if (getErrors().isEmpty()) {
            frontMatter = parts;
            yamlText = yaml;
            savedChecksum = checksum(bytes);
        }
    }

    /** Decodes strictly: invalid UTF-8 is reported at its line and column instead of becoming U+FFFD. */
    private String decodeUtf8(byte[] bytes) {
        try {
            return StrictUtf8.decode(bytes);
        } catch (StrictUtf8.MalformedException e) {
            problem(Severity.ERROR, "store.encoding", e.getMessage() + "; save the file as UTF-8", e.line, e.column);
            return null;
        }
    }

    /** Whether the file was read without errors, and so may be written. */
    public boolean isWritable() {
        return getErrors().isEmpty();
    }

    /** The file's text for the model as it is now. */
    public String serialize() {
        EObject root = getContents().isEmpty() ? null : getContents().get(0);
        Object tree = root == null ? null : toTree(root);
        String newYaml = yamlText == null ? YamlPatcher.render(tree) : patchedYaml(tree);
        if (!hasFrontMatter()) {
            return newYaml;
        }
        String newBody = root == null ? "" : body(root);
        if (frontMatter == null) {
            return FrontMatter.DELIMITER + "\n" + newYaml + FrontMatter.DELIMITER + "\n" + newBody;
        }
        return frontMatter.join(newYaml, newBody);
    }

    /**
     * The saved YAML with the model's changes carried in. The baseline is what the saved text reads as: it is
     * read again here rather than kept from the load, because parse trees are large and saves are rare.
     */
    private String patchedYaml(Object tree) {
        YamlDocument doc;
        try {
            doc = YamlDocument.parse(yamlText);
        } catch (YamlSyntaxException e) {
            throw new IllegalStateException("text that was read before no longer parses: " + e.getMessage(), e);
        }
        EObject baseline = read(doc.root(), "", new Reading(0, false));
        return YamlPatcher.patch(doc, baseline == null ? null : toTree(baseline), tree);
    }

    @Override
    protected void doSave(OutputStream out, Map<?, ?> options) throws IOException {
        checkWritable();
        out.write(serialize().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void save(Map<?, ?> options) throws IOException {
        // platform:/resource/... (in the IDE) resolves to the file behind it, so IDE saves are atomic too
        URI file = getURI().isFile() ? getURI() : CommonPlugin.resolve(getURI());
        if (!file.isFile()) {
            super.save(options);
            return;
        }
        checkWritable();
        String newText = serialize();
        byte[] bytes = newText.getBytes(StandardCharsets.UTF_8);
        Path path = Path.of(file.toFileString());
        boolean overwrite = options != null && Boolean.TRUE.equals(options.get(OPTION_OVERWRITE_CHANGED));
        if (Files.exists(path)) {
            byte[] onDisk = Files.readAllBytes(path);
            if (savedChecksum != -1 && checksum(onDisk) != savedChecksum && !overwrite) {
                throw new FileChangedException(path);
            }
            if (Arrays.equals(onDisk, bytes)) {
                setModified(false);
                return;
            }
        }
        AtomicFile.write(path, bytes);
        rebase(newText, bytes);
        setModified(false);
        setTimeStamp(System.currentTimeMillis());
    }

    /** After a save, the written text becomes the baseline of the next one. */
    private void rebase(String newText, byte[] bytes) throws IOException {
        try {
            frontMatter = hasFrontMatter() ? FrontMatter.split(newText) : null;
        } catch (FrontMatter.MissingException e) {
            throw new IOException(getURI() + ": the store wrote text it cannot read back: " + e.getMessage(), e);
        }
        yamlText = frontMatter == null ? newText : frontMatter.yaml();
        savedChecksum = checksum(bytes);
    }

    private void checkWritable() throws IOException {
        if (!isWritable()) {
            throw new IOException(getURI().lastSegment() + " was not saved: it could not be read ("
                    + getErrors().get(0).getMessage() + "); fix the file itself first");
        }
    }

    private static long checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue() ^ ((long) bytes.length << 32);
    }

    private void problem(Severity severity, String code, String message, int line, int column) {
        StoreProblem p = new StoreProblem(severity, code, message, fileName(), line, column);
        (severity == Severity.ERROR ? getErrors() : getWarnings()).add(p);
    }

    private String fileName() {
        URI uri = getURI();
        return uri.isFile() ? uri.toFileString() : uri.toString();
    }

    /** The reading of one file: turns YAML marks into file positions for problems and {@link SourceLocation}s. */
    protected final class Reading implements YamlMap.Problems {
        private final int lineOffset;
        /** False when reading again only to learn the baseline of a save: its problems were reported at load. */
        private final boolean reporting;

        Reading(int lineOffset, boolean reporting) {
            this.lineOffset = lineOffset;
            this.reporting = reporting;
        }

        private void problem(Severity severity, String code, String message, int line, int column) {
            if (reporting) {
                RfyResource.this.problem(severity, code, message, line, column);
            }
        }

        @Override
        public void error(String code, String message, Mark at) {
            problem(Severity.ERROR, code, message, at.getLine() + 1 + lineOffset, at.getColumn() + 1);
        }

        public void warning(String code, String message, Mark at) {
            problem(Severity.WARNING, code, message, at.getLine() + 1 + lineOffset, at.getColumn() + 1);
        }

        /** The front matter as a mapping located at {@code owner}, or null (reported) when it is empty or not a mapping. */
        public YamlMap frontMatter(Node root, EObject owner, java.util.Set<String> known, String whatIsNeeded) {
            if (root == null) {
                error("store.required", "the front matter is empty: " + whatIsNeeded);
                return null;
            }
            YamlMap map = YamlMap.of(root, "", this);
            if (map != null) {
                locate(owner, map.mark());
                warnUnknownKeys(map, known);
            }
            return map;
        }

        /** Keys the model does not know are kept on save; a warning catches typos. {@code x-} keys are extensions. */
        public void warnUnknownKeys(YamlMap map, java.util.Set<String> known) {
            for (String key : map.keys()) {
                if (!known.contains(key) && !key.startsWith("x-")) {
                    problem(Severity.WARNING, "store.unknown-key", "unknown key '" + key
                            + "' (kept as written; extension keys should start with 'x-')", map.keyMark(key).getLine() + 1
                            + lineOffset, map.keyMark(key).getColumn() + 1);
                }
            }
        }

        /** A problem with no position inside the YAML (e.g. about the file name). */
        public void error(String code, String message) {
            problem(Severity.ERROR, code, message, 1, 1);
        }

        public SourceLocation.Position position(Mark at) {
            return new SourceLocation.Position(at.getLine() + 1 + lineOffset, at.getColumn() + 1);
        }

        public void locate(EObject object, Mark at) {
            SourceLocation.record(object, position(at));
        }

        public void locate(EObject object, EStructuralFeature feature, Mark at) {
            SourceLocation.record(object, feature, position(at));
        }

        public void locateItems(EObject object, EStructuralFeature feature, java.util.List<Mark> marks) {
            SourceLocation.recordItems(object, feature, marks.stream().map(this::position).toList());
        }

        public void locate(EObject object, EStructuralFeature feature, YamlMap map, String key) {
            if (map.has(key)) {
                SourceLocation.record(object, feature, position(map.markOf(key)));
            }
        }
    }
}
