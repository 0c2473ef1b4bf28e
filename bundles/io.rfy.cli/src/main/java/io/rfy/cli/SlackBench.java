package io.rfy.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.rfy.chat.SlackCapture;
import io.rfy.chat.SlackExport;
import io.rfy.chat.SlackImport;

/**
 * {@code rfy bench slack [--messages N] [--runs K] [--keep]}: a generated Slack export of one channel with N
 * messages over a year (one in ten a review with the rubric's header, the rest chat with mrkdwn, thread replies and
 * joins), as a folder and as a zip; prints the messages read per second for each, and the time to import the
 * reviews into an empty workspace.
 */
final class SlackBench {

    private static final String BODY = "Авторы предлагают *простой* подход, который позволяет ускорить _реранжирование_"
            + " документов в несколько раз (заявляют 40x), см. <https://github.com/example/repo|код> и `train.py`.\n\n"
            + "• кэшируют представления документов\n• сравнивают с <@U0000001>\n&gt; цитата из статьи";

    private final PrintStream out;

    SlackBench(PrintStream out) {
        this.out = out;
    }

    int run(Args args) throws Args.UsageException, IOException {
        int messages = args.intOption("--messages", 200_000);
        int runs = Math.max(1, args.intOption("--runs", 3));
        Path dir = Files.createTempDirectory("rfy-bench-slack-");
        try {
            long t = System.nanoTime();
            long bytes = generate(dir.resolve("export"), messages, 42);
            zip(dir.resolve("export"), dir.resolve("export.zip"));
            out.printf("generated %,d messages (%.1f MB of JSON, %.1f MB zipped) in %d ms%n", messages, bytes / 1e6,
                    Files.size(dir.resolve("export.zip")) / 1e6, (System.nanoTime() - t) / 1_000_000);
            out.printf("java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            for (int run = 1; run <= runs; run++) {
                StringBuilder line = new StringBuilder("run " + run + ":");
                SlackCapture.Result result = null;
                for (String form : new String[] {"export", "export.zip"}) {
                    long t0 = System.nanoTime();
                    try (SlackExport export = SlackExport.open(dir.resolve(form))) {
                        result = SlackCapture.read(export, "article_essense", null, null, null);
                    }
                    double s = (System.nanoTime() - t0) / 1e9;
                    line.append(String.format(" %s %,.0f messages/s (%d ms, %d reviews, %d skipped) |", form.endsWith(".zip")
                            ? "zip" : "folder", result.messages() / s, (long) (s * 1000), result.reviews().size(),
                            result.skipped().size()));
                }
                Path ws = dir.resolve("ws-" + run);
                long t1 = System.nanoTime();
                int written = SlackImport.write(result, ws).written().size();
                line.append(String.format(" import into a workspace %d ms (%d files)", (System.nanoTime() - t1) / 1_000_000,
                        written));
                BenchFolder.deleteTree(ws);
                out.println(line);
            }
        } finally {
            if (!args.flag("--keep")) {
                BenchFolder.deleteTree(dir);
            } else {
                out.println("kept " + dir);
            }
        }
        return Rfy.EXIT_OK;
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

    private static void zip(Path folder, Path zip) throws IOException {
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
