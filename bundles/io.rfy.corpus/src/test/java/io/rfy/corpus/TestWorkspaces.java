package io.rfy.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reviews written into a copy of the sample workspace, for papers the sample does not review. */
final class TestWorkspaces {

    private TestWorkspaces() {
    }

    /** Writes reviews/2021-01/{@code id}.md reviewing one paper. */
    static void addReview(Path ws, String id, String title, List<String> aliases, String github) throws IOException {
        StringBuilder b = new StringBuilder("---\nreviewer: digitman\nstatus: draft\npapers:\n");
        b.append("  - title: \"").append(title.replace("\"", "\\\"")).append("\"\n");
        b.append("    year: 2021\n");
        if (!aliases.isEmpty()) {
            b.append("    aliases: [").append(String.join(", ", aliases.stream().map(a -> "\"" + a + "\"").toList()))
                    .append("]\n");
        }
        if (github != null && !github.isEmpty()) {
            b.append("    links:\n      - {label: GitHub project, url: \"").append(github).append("\"}\n");
        }
        b.append("---\nЧерновик обзора.\n");
        Path file = ws.resolve("reviews/2021-01/" + id + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, b.toString());
    }
}
