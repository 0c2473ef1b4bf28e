package io.rfy.habr;

import java.util.List;

import io.rfy.model.Batch;

/**
 * A batch written for Habr in one of its two editors' formats, with the writer's warnings: the one place where
 * {@code rfy export} and the IDE's Export wizard choose the writer, so that both give the same text.
 */
public final class HabrExport {

    /** The formats, by the names {@code rfy export --format} takes. */
    public enum Format {
        HTML("habr-html", "html"), MARKDOWN("habr-md", "md");

        public final String cliName;
        public final String extension;

        Format(String cliName, String extension) {
            this.cliName = cliName;
            this.extension = extension;
        }

        /** The format of a {@code --format} name, or null for a name that is none. */
        public static Format ofCliName(String name) {
            for (Format f : values()) {
                if (f.cliName.equals(name)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** What the writer produced, and what it had to leave out or change (each naming the review). */
    public record Result(String text, List<String> warnings, List<String> errors) {
    }

    private HabrExport() {
    }

    /**
     * Why an export must not be written to {@code target}, or null when it may: an export never replaces a workspace
     * file (a batch, a review, reviewers.yaml, a corpus document, a cache), so a slip of the shell cannot turn a review
     * into HTML. Symbolic links are followed to the file that would really be replaced.
     */
    public static String refusal(java.nio.file.Path target, java.nio.file.Path workspace) throws java.io.IOException {
        java.nio.file.Path abs = target.toAbsolutePath().normalize();
        if (java.nio.file.Files.isDirectory(abs)) {
            return target + " is a folder; give the file to write";
        }
        java.nio.file.Path parent = abs.getParent();
        java.nio.file.Path real = java.nio.file.Files.exists(abs) ? abs.toRealPath()
                : parent != null && java.nio.file.Files.isDirectory(parent) ? parent.toRealPath().resolve(abs.getFileName())
                : abs;
        java.nio.file.Path root = workspace.toRealPath();
        if (!real.startsWith(root) || real.equals(root)) {
            return null;
        }
        java.nio.file.Path rel = root.relativize(real);
        String first = rel.getName(0).toString();
        // not only the files the store reads (WorkspaceLayout.kindOf): nothing of an export belongs in these folders
        boolean workspaceFile = rel.getNameCount() == 1 ? first.equals(io.rfy.store.WorkspaceLayout.REVIEWERS_FILE)
                : java.util.Set.of(io.rfy.store.WorkspaceLayout.REVIEWS, io.rfy.store.WorkspaceLayout.BATCHES,
                        io.rfy.store.WorkspaceLayout.CORPUS, io.rfy.store.WorkspaceLayout.CACHE).contains(first);
        return workspaceFile ? target + " is a workspace file (" + rel.toString().replace('\\', '/')
                + "); an export is never written there (e.g. exports/<batch>.html instead)" : null;
    }

    public static Result write(Batch batch, Format format) {
        if (format == Format.HTML) {
            HabrHtmlWriter writer = new HabrHtmlWriter();
            String text = writer.write(batch);
            return new Result(text, writer.warnings(), writer.errors());
        }
        HabrMarkdownWriter writer = new HabrMarkdownWriter();
        String text = writer.write(batch);
        return new Result(text, writer.warnings(), writer.errors());
    }
}
