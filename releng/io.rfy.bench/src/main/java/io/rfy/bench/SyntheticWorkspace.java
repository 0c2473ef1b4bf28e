package io.rfy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a workspace of the given size in the real format: reviewers, reviews spread over periods (one to
 * three papers each, with authors, links, tags, cross-links to earlier reviews and a body of about 2 KB of
 * Russian and English text) and batches of ten. Seeded, so the same sizes give the same files.
 */
public final class SyntheticWorkspace {

    private static final String[] WORDS = {"трансформер", "внимание", "обучение", "модель", "датасет", "эмбеддинг",
            "генерация", "сеть", "лосс", "метрика", "attention", "encoder", "decoder", "BERTа", "GPT-3", "ResNet-50",
            "диффузия", "сегментация", "реранжирование", "дистилляция", "квантизация", "инференс", "бейзлайн"};
    private static final String[] TAGS = {"nlp", "cv", "audio", "rl", "generative", "speech", "retrieval", "graphs"};
    private static final String[] ORGS = {"OpenAI", "Google Research", "Facebook AI Research", "NVIDIA", "Samsung AI Center",
            "Яндекс", "MIT", "Stanford University"};

    private static final String[] MONTHS = {"Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август",
            "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"};

    private SyntheticWorkspace() {
    }

    /** @return the number of bytes written */
    public static long write(Path root, int reviews, int reviewers, long seed) throws IOException {
        Random random = new Random(seed);
        long bytes = 0;
        StringBuilder registry = new StringBuilder();
        for (int i = 0; i < reviewers; i++) {
            registry.append("- id: reviewer").append(i).append('\n')
                    .append("  name: Рецензент Номер").append(i).append('\n')
                    .append("  slack: slack").append(i).append('\n');
            if (i % 3 == 0) {
                registry.append("  habr: habr").append(i).append('\n');
            }
        }
        bytes += write(root.resolve("reviewers.yaml"), registry.toString());
        StringBuilder batchIds = new StringBuilder();
        for (int i = 0; i < reviews; i++) {
            int year = 2018 + (i / 1200) % 8;
            int month = 1 + (i / 100) % 12;
            String period = String.format("%04d-%02d", year, month);
            String id = "review-" + i;
            bytes += write(root.resolve("reviews").resolve(period).resolve(id + ".md"), review(random, i, reviewers));
            batchIds.append(batchIds.length() == 0 ? "" : ", ").append(id);
            if (i % 10 == 9 || i == reviews - 1) {
                int part = i / 10 + 1;
                bytes += write(root.resolve("batches").resolve(period + "-part-" + part + ".md"),
                        "---\ntitle: \"Читаем статьи за вас. " + MONTHS[month - 1] + " " + year + ". Часть " + part
                                + "\"\nperiod: " + period + "\npart: " + part
                                + "\nhubs: [Машинное обучение, Data science]\ntags: [ods, arxiv]\n"
                                + "published: {date: 2020-06-15T14:21:28, url: null}\nreviews: [" + batchIds
                                + "]\n---\nПривет, Хабр!\n");
                batchIds.setLength(0);
            }
        }
        return bytes;
    }

    private static String review(Random random, int i, int reviewers) {
        StringBuilder s = new StringBuilder("---\n");
        s.append("reviewer: reviewer").append(random.nextInt(reviewers)).append('\n');
        s.append("status: ").append(i % 7 == 0 ? "ready" : "published").append('\n');
        s.append("papers:\n");
        int papers = 1 + (i % 5 == 0 ? 1 : 0) + (i % 23 == 0 ? 1 : 0);
        for (int p = 0; p < papers; p++) {
            String arxiv = String.format("%02d%02d.%05d", 18 + i % 6, 1 + i % 12, (i * 7 + p) % 100000);
            s.append("  - title: \"Paper").append(i).append('-').append(p).append(": A Study of ")
                    .append(WORDS[random.nextInt(WORDS.length)]).append("\"\n");
            s.append("    authors: [");
            int authors = 2 + random.nextInt(5);
            for (int a = 0; a < authors; a++) {
                s.append(a == 0 ? "" : ", ").append("Author").append(random.nextInt(5000)).append(" Surname");
            }
            s.append("]\n    affiliations: [").append(ORGS[random.nextInt(ORGS.length)]).append("]\n");
            s.append("    year: ").append(2018 + random.nextInt(8)).append('\n');
            s.append("    arxiv: \"").append(arxiv).append("\"\n");
            s.append("    links:\n      - {label: Оригинал статьи, url: \"https://arxiv.org/abs/").append(arxiv)
                    .append("\"}\n");
            if (random.nextBoolean()) {
                s.append("      - {label: GitHub project, url: \"https://github.com/org").append(i).append("/repo\"}\n");
            }
        }
        s.append("tags: [").append(TAGS[i % TAGS.length]).append(", ").append(TAGS[(i / 3) % TAGS.length]).append("]\n");
        if (i > 0 && i % 4 == 0) {
            s.append("crosslinks:\n  - {review: review-").append(random.nextInt(i)).append("}\n");
        }
        s.append("---\n");
        for (int para = 0; para < 6; para++) {
            for (int w = 0; w < 30; w++) {
                s.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            s.append(".\n\n");
        }
        return s.toString();
    }

    private static long write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }
}
