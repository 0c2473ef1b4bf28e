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
    public record Result(String text, List<String> warnings) {
    }

    private HabrExport() {
    }

    public static Result write(Batch batch, Format format) {
        if (format == Format.HTML) {
            HabrHtmlWriter writer = new HabrHtmlWriter();
            String text = writer.write(batch);
            return new Result(text, writer.warnings());
        }
        HabrMarkdownWriter writer = new HabrMarkdownWriter();
        String text = writer.write(batch);
        return new Result(text, writer.warnings());
    }
}
