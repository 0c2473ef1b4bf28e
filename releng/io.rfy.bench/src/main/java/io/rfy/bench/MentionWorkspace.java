package io.rfy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The mention benchmarks' workspace: {@code names.txt} (the names, one a line, for ripgrep's {@code -f}) beside
 * {@code ws/}, which has one review per name (its paper titled with the name, a short body of the corpus's text) and a
 * corpus that names them: text files of about 10 MB, or one Telegram Desktop export.
 */
public final class MentionWorkspace {

    private MentionWorkspace() {
    }

    /** @return the bytes of the corpus */
    public static long write(Path dir, int nameCount, long corpusBytes, int files, boolean telegram) throws IOException {
        List<String> names = SyntheticCorpus.names(nameCount, 42);
        Files.createDirectories(dir);
        Files.write(dir.resolve("names.txt"), names, StandardCharsets.UTF_8);
        Path ws = dir.resolve("ws");
        StringBuilder registry = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            registry.append("- id: reviewer").append(i).append("\n  name: Рецензент ").append(i).append('\n');
        }
        write(ws.resolve("reviewers.yaml"), registry.toString());
        Random r = new Random(5);
        for (int i = 0; i < names.size(); i++) {
            // 1,000 reviews a month from 2018-01 on
            String period = String.format("%04d-%02d", 2018 + i / 12_000, 1 + (i / 1000) % 12);
            write(ws.resolve("reviews").resolve(period).resolve("m-" + i + ".md"), review(names, i, r));
        }
        Path corpus = ws.resolve("corpus");
        if (telegram) {
            return SyntheticCorpus.writeTelegram(corpus.resolve("channel.json"), names, corpusBytes, 7);
        }
        return SyntheticCorpus.write(corpus, names, files, corpusBytes / files, 7);
    }

    private static String review(List<String> names, int i, Random r) {
        String name = names.get(i);
        return "---\nreviewer: reviewer" + (i % 10) + "\nstatus: draft\npapers:\n  - title: \""
                + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n    authors: [Author" + i % 977
                + " Surname]\n    year: 2021\n    links:\n      - {label: Оригинал статьи, url: \"https://example.org/paper/"
                + i + "\"}\n---\nОбзор: модель " + (r.nextInt(8) == 0 ? "сравнивают с " + names.get(r.nextInt(names.size()))
                + " и " : "") + "обучают на большом датасете.\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
