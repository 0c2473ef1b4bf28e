package io.rfy.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A corpus for the mention benchmark: many model and paper names like the ones reviewers write (acronyms with
 * versions, CamelCase, multi-word titles), and Russian-and-English news text that names some of them, with Russian
 * case endings and emoji outside the BMP, in files of about 10 MB.
 */
public final class SyntheticCorpus {

    private static final String[] HEADS = {"Style", "Gau", "Mega", "Deep", "Fast", "Swin", "Vi", "Res", "Dense", "Mobile",
        "Efficient", "Big", "Meta", "Open", "Neo", "Dall", "Flow", "Make", "Juke", "Taco", "Wav", "Align", "Pix",
        "Dream", "Point", "Graph", "Vid", "Mu", "Alpha", "Sparse", "Long", "Retro", "Hyper", "Nano", "Omni"};
    private static final String[] CORES = {"GAN", "Net", "Former", "Tron", "BERT", "CLIP", "Diff", "Talk", "Box",
        "Seg", "Det", "Mix", "Match", "Fusion", "Flow", "Zero", "Vision", "Speech", "Coder", "Mamba", "RNN", "Nerf"};
    private static final String[] VERSIONS = {"", "", "2", "3", "-2", "-3", "-XL", "-100", "-ADA", "v2", "-L", "-B/16",
        "++", "-Large", "-7B"};
    private static final String[] TITLE_WORDS = {"learning", "transferable", "visual", "models", "language",
        "supervision", "attention", "generative", "adversarial", "networks", "limited", "data", "efficient",
        "document", "ranking", "speech", "synthesis", "scaling", "laws", "neural", "diffusion", "video", "graph",
        "self-supervised", "pretraining", "retrieval", "augmented", "sparse", "mixture", "experts", "contrastive"};
    private static final String[] RU = ("модель нейросеть обучение данные исследователи представили новую архитектуру "
            + "которая позволяет генерировать изображения текст по описанию качество результаты датасет параметров "
            + "миллиардов компания выпустила открытый доступ код статья подробнее сравнение точность задача сеть "
            + "алгоритм ещё её всё лучше быстрее меньше больше можно нужно теперь также однако поэтому").split(" ");
    private static final String[] EN = ("the model is trained on a large dataset of images and text pairs with "
            + "state of the art results paper code release benchmark accuracy fine tuning open source").split(" ");
    private static final String[] ENDINGS = {"", "", "", "а", "ом", "е", "у", "-ем", "-а", "'ом"};
    private static final String[] EMOJI = {"🔥", "🤖", "🐱", "😎", "🌸", "🙌🏻", "🚀"};

    private SyntheticCorpus() {
    }

    /** {@code count} distinct names, seeded; a few real ones first. */
    public static List<String> names(int count, long seed) {
        Random r = new Random(seed);
        Set<String> names = new LinkedHashSet<>(List.of("GPT-3", "GPT-2", "CLIP", "BERT", "StyleGAN2", "StyleGAN2-ADA",
                "GauGAN2", "DALL-E", "SEER", "TimeSformer", "MakeItTalk", "Jukebox", "Flowtron", "EARL", "mT5"));
        while (names.size() < count) {
            switch (r.nextInt(4)) {
                case 0, 1 -> names.add(pick(r, HEADS) + pick(r, CORES) + pick(r, VERSIONS));
                case 2 -> names.add(pick(r, CORES) + "-" + (1 + r.nextInt(2000)));
                default -> {
                    StringBuilder t = new StringBuilder(pick(r, HEADS) + pick(r, CORES) + ":");
                    for (int w = 3 + r.nextInt(5); w > 0; w--) {
                        t.append(' ').append(pick(r, TITLE_WORDS));
                    }
                    String title = t.toString();
                    names.add(Character.toUpperCase(title.charAt(0)) + title.substring(1));
                }
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * Writes {@code files} text files of about {@code bytesPerFile} bytes of UTF-8 each under {@code dir}.
     *
     * @return the bytes written
     */
    public static long write(Path dir, List<String> names, int files, long bytesPerFile, long seed) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(seed);
        long total = 0;
        for (int f = 0; f < files; f++) {
            Path file = dir.resolve(String.format("digest-%03d.txt", f));
            long bytes = 0;
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                StringBuilder line = new StringBuilder(256);
                while (bytes < bytesPerFile) {
                    line.setLength(0);
                    sentence(r, names, line);
                    line.append(r.nextInt(4) == 0 ? ".\n\n" : ".\n");
                    w.append(line);
                    bytes += utf8Length(line);
                }
            }
            total += bytes;
        }
        return total;
    }

    /**
     * Writes a Telegram Desktop channel export ({@code result.json}) of about {@code bytes} bytes: posts of one to
     * four sentences of the same text, dated a minute apart.
     *
     * @return the bytes written
     */
    public static long writeTelegram(Path file, List<String> names, long bytes, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Random r = new Random(seed);
        long written = 0;
        java.time.LocalDateTime date = java.time.LocalDateTime.of(2021, 1, 1, 9, 0);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder s = new StringBuilder("{\n \"name\": \"Bench channel\",\n \"type\": \"public_channel\",\n"
                    + " \"id\": 1,\n \"messages\": [\n");
            StringBuilder text = new StringBuilder(1024);
            for (int id = 1; written < bytes; id++) {
                text.setLength(0);
                for (int k = 1 + r.nextInt(4); k > 0; k--) {
                    sentence(r, names, text);
                    text.append(k > 1 ? ". " : ".");
                }
                s.append(id == 1 ? "" : ",\n").append("  {\"id\": ").append(id)
                        .append(", \"type\": \"message\", \"date\": \"").append(date.plusMinutes(id))
                        .append(":00\", \"from\": \"Bench channel\", \"text\": \"");
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '"' || c == '\\') {
                        s.append('\\');
                    }
                    s.append(c);
                }
                s.append("\"}");
                w.append(s);
                written += utf8Length(s);
                s.setLength(0);
            }
            w.append("\n ]\n}\n");
            written += 5;
        }
        return written;
    }

    /** One sentence without its full stop: 8-23 words, Russian and English, a name every 30 words or so. */
    private static void sentence(Random r, List<String> names, StringBuilder line) {
        int words = 8 + r.nextInt(16);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                line.append(' ');
            }
            int k = r.nextInt(100);
            if (k < 3) {
                line.append(names.get(r.nextInt(names.size()))).append(pick(r, ENDINGS));
            } else if (k < 4) {
                line.append(pick(r, EMOJI));
            } else if (k < 30) {
                line.append(pick(r, EN));
            } else {
                line.append(pick(r, RU));
            }
        }
    }

    private static int utf8Length(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a surrogate pair: 4
        }
        return n;
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}
