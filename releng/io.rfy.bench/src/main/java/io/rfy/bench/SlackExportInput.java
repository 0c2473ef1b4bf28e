package io.rfy.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A generated Slack export of one channel, #article_essense, with N messages over 2020 (one in ten a review with the
 * rubric's header, the rest chat with mrkdwn, thread replies and joins), as a folder and as a zip, for
 * {@code releng/bench/peers.sh slack}, which times {@code ./rfy import slack} on both.
 */
final class SlackExportInput {

    private static final String BODY = "Авторы предлагают *простой* подход, который позволяет ускорить _реранжирование_"
            + " документов в несколько раз (заявляют 40x), см. <https://github.com/example/repo|код> и `train.py`.\n\n"
            + "• кэшируют представления документов\n• сравнивают с <@U0000001>\n&gt; цитата из статьи";

    private SlackExportInput() {
    }

    /** One channel, a day file per day of 2020, messages in order; returns the bytes written. */
    static long generate(Path root, int messages, long seed) throws IOException {
        Random random = new Random(seed);
        Path channel = root.resolve("article_essense");
        Files.createDirectories(channel);
        StringBuilder users = new StringBuilder("[");
        for (int u = 1; u <= 50; u++) {
            users.append(u > 1 ? "," : "").append(String.format("{\"id\": \"U%07d\", \"name\": \"user%d\", \"real_name\":"
                    + " \"Участник %d\", \"profile\": {\"real_name\": \"Участник %d\"}, \"is_bot\": false}", u, u, u, u));
        }
        Files.writeString(root.resolve("users.json"), users.append("]").toString());
        Files.writeString(root.resolve("channels.json"), "[{\"id\": \"C0000001\", \"name\": \"article_essense\"}]");
        long bytes = 0;
        int days = 366;
        long start = LocalDate.of(2020, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        int n = 0;
        for (int d = 0; d < days; d++) {
            int today = messages / days + (d < messages % days ? 1 : 0);
            StringBuilder json = new StringBuilder("[\n");
            for (int i = 0; i < today; i++, n++) {
                String ts = (start + d * 86_400L + i * 60L) + "." + String.format("%06d", n % 1_000_000);
                String user = String.format("U%07d", 1 + random.nextInt(50));
                String text;
                String extra = "";
                int kind = n % 10;
                if (kind == 0) {
                    text = "*Paper " + n + ": A Generative Model of Everything*\nАвторы статьи: Ann Author, Bob Writer"
                            + " (Lab " + n % 7 + ", 2020)\n<https://arxiv.org/abs/2005." + String.format("%05d", n % 100_000)
                            + "|Оригинал статьи> :: <https://github.com/example/p" + n + "|GitHub project>\n\n" + BODY;
                } else if (kind == 1) {
                    text = "<@" + user + "> has joined the channel";
                    extra = ", \"subtype\": \"channel_join\"";
                } else if (kind == 2) {
                    text = "Спасибо за обзор! Очень _полезно_.";
                    extra = ", \"thread_ts\": \"" + start + ".000000\", \"parent_user_id\": \"U0000001\"";
                } else {
                    text = "Кто-нибудь смотрел *эту* статью? <https://arxiv.org/abs/2001." + String.format("%05d", n % 100_000)
                            + "> ~старое~ `код`";
                }
                json.append(i > 0 ? ",\n" : "").append("  {\"type\": \"message\", \"user\": \"").append(user)
                        .append("\", \"ts\": \"").append(ts).append("\"").append(extra).append(", \"text\": \"")
                        .append(text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append("\"}");
            }
            byte[] b = json.append("\n]\n").toString().getBytes(StandardCharsets.UTF_8);
            Files.write(channel.resolve(LocalDate.of(2020, 1, 1).plusDays(d) + ".json"), b);
            bytes += b.length;
        }
        return bytes;
    }

    static void zip(Path folder, Path zip) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip));
                java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                if (Files.isRegularFile(p)) {
                    z.putNextEntry(new ZipEntry(folder.relativize(p).toString().replace('\\', '/')));
                    OutputStream o = z;
                    Files.copy(p, o);
                    z.closeEntry();
                }
            }
        }
    }
}
