package io.rfy.corpus;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rfy.store.RfyWorkspace;
import io.rfy.store.StoreProblem;
import io.rfy.store.StoreProblem.Severity;
import io.rfy.store.WorkspaceLayout;

/**
 * A corpus document that cannot be read (permissions, an I/O error, bytes that are not UTF-8, JSON that does not
 * parse, a folder or a dangling link where a document is expected) is a finding, {@code store.unreadable} at the
 * document, like an unreadable review: whoever reads the corpus (validation, the mention index) reports it this way
 * and goes on with the other documents.
 */
public final class UnreadableDocuments {

    /** Readers name the document first, often with the line and column: {@code <name>:<line>:<column>: <what>}. */
    private static final Pattern AT_LINE = Pattern.compile("(?s)(\\d+):(\\d+): (.*)");

    private UnreadableDocuments() {
    }

    /** The finding for a corpus document that {@link CorpusReader} (or reading its bytes) failed on. */
    public static StoreProblem problem(Path file, IOException e) {
        String name = file.getFileName().toString();
        String reason = RfyWorkspace.reason(e);
        // the reader's message starts with the file (its name or full path); the finding names it already
        for (String prefix : List.of(file.toString() + ":", name + ":")) {
            if (reason.startsWith(prefix)) {
                reason = reason.substring(prefix.length()).strip();
                break;
            }
        }
        int line = 1;
        int column = 1;
        Matcher m = AT_LINE.matcher(reason);
        if (m.matches()) {
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2));
            reason = m.group(3);
        }
        return new StoreProblem(Severity.ERROR, "store.unreadable", "the corpus document cannot be read (" + reason
                + "); its mentions are not listed", RfyWorkspace.CORPUS + "/" + name, line, column);
    }

    /**
     * Entries of {@code corpus/} where a document is expected that are no file to read, so that
     * {@link RfyWorkspace#corpusFiles()} does not list them: a dangling link, a FIFO or device, a folder named like a
     * document ({@code notes.txt/}). Other folders are the user's own and left alone.
     */
    public static List<StoreProblem> notFiles(RfyWorkspace ws) {
        List<StoreProblem> problems = new ArrayList<>();
        Path dir = ws.root().resolve(RfyWorkspace.CORPUS);
        if (!Files.isDirectory(dir)) {
            return problems;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            List<Path> sorted = new ArrayList<>();
            entries.forEach(sorted::add);
            sorted.sort(null);
            for (Path p : sorted) {
                if (Files.isRegularFile(p) || WorkspaceLayout.kindOf(ws.root(), p) != WorkspaceLayout.Kind.CORPUS_DOCUMENT) {
                    continue;
                }
                String why;
                if (Files.isDirectory(p)) {
                    if (!isDocumentName(p)) {
                        continue;
                    }
                    why = "a folder, not a file";
                } else if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                    why = "a link to " + readLink(p) + ", which does not exist";
                } else {
                    why = "not a regular file";
                }
                problems.add(new StoreProblem(Severity.ERROR, "store.unreadable", "the corpus document cannot be read ("
                        + why + "); its mentions are not listed", RfyWorkspace.CORPUS + "/" + p.getFileName(), 1, 1));
            }
        } catch (IOException e) {
            // an unreadable corpus folder lists nothing: its readers report it when they list it
        }
        return problems;
    }

    private static boolean isDocumentName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && CorpusFiles.FORMATS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String readLink(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            return "a target";
        }
    }
}
