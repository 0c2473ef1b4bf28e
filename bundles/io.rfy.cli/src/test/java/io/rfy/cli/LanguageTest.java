package io.rfy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.testsupport.Samples;

/** rfy speaks the language LANG (LC_ALL, LC_MESSAGES) asks for on stderr; the data on stdout stays the same bytes. */
class LanguageTest {

    private static final Map<String, String> RUSSIAN = Map.of("LANG", "ru_RU.UTF-8");

    @AfterEach
    void english() {
        CliMessages.use(Locale.ROOT);
    }

    @Test
    void theEnvironmentIsReadInPosixOrder() {
        assertEquals(Locale.ROOT, CliLanguage.of(Map.of()));
        assertEquals("ru", CliLanguage.of(RUSSIAN).getLanguage());
        assertEquals(Locale.ROOT, CliLanguage.of(Map.of("LANG", "ru_RU.UTF-8", "LC_MESSAGES", "C")));
        assertEquals("ru", CliLanguage.of(Map.of("LANG", "en_US.UTF-8", "LC_MESSAGES", "ru_RU.UTF-8")).getLanguage());
        assertEquals(Locale.ROOT, CliLanguage.of(Map.of("LC_ALL", "POSIX", "LC_MESSAGES", "ru_RU.UTF-8")));
        assertEquals("ru", CliLanguage.of(Map.of("LC_ALL", "", "LANG", "ru_RU.KOI8-R@x")).getLanguage(),
                "an empty LC_ALL is not set");
        assertEquals(Locale.ROOT, CliLanguage.of(Map.of("LANG", "C.UTF-8")));
    }

    @Test
    void dumpWithLangRussian(@TempDir Path dir) throws IOException {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        Path review = ws.resolve("reviews/2020-05/jukebox.md");
        // an unknown reviewer: a problem on stderr, the model still on stdout
        Files.writeString(review, Files.readString(review).replaceFirst("(?m)^reviewer: .*$", "reviewer: nobody-here"));

        Run english = run(ws);
        CliMessages.use(CliLanguage.of(RUSSIAN));
        Run russian = run(ws);

        assertEquals(english.code, russian.code);
        assertTrue(english.out.length > 1000 && new String(english.out, StandardCharsets.UTF_8).contains("\"reviews\""));
        assertArrayEquals(english.out, russian.out, "the JSON on stdout does not change with the language");
        assertTrue(english.err.contains("1 error(s), "), english.err);
        assertTrue(russian.err.contains("ошибок: 1, других проблем: "), russian.err);
        String problem = english.err.lines().filter(l -> l.contains("nobody-here")).findFirst().orElseThrow();
        assertTrue(russian.err.contains(problem), "the problem line (file:line:col: severity code message) is data: "
                + russian.err);
    }

    @Test
    void usageErrorsInRussian(@TempDir Path dir) {
        CliMessages.use(CliLanguage.of(RUSSIAN));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Rfy rfy = new Rfy(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Rfy.EXIT_USAGE, rfy.run("frobnicate"));
        assertEquals("rfy: неизвестная команда «frobnicate» (см. «rfy --help»)", err.toString(StandardCharsets.UTF_8).strip());
        err.reset();
        assertEquals(Rfy.EXIT_USAGE, rfy.run("dump", dir.resolve("missing").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("rfy dump: нет такого файла или папки: "),
                err.toString(StandardCharsets.UTF_8));
        CliMessages.use(Locale.ROOT);
        err.reset();
        assertEquals(Rfy.EXIT_USAGE, rfy.run("frobnicate"));
        assertEquals("rfy: unknown command 'frobnicate' (try 'rfy --help')", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void helpInRussian() {
        String english = help();
        CliMessages.use(CliLanguage.of(RUSSIAN));
        String russian = help();
        assertTrue(english.startsWith("Usage: rfy <command> [options]" + System.lineSeparator()), english);
        assertTrue(russian.startsWith("Использование: rfy <команда> [параметры]" + System.lineSeparator() + System.lineSeparator()
                + "Команды:" + System.lineSeparator()), russian);
        // the commands and options are data: every syntax line of the English help is in the Russian one as it is
        List<String> syntax = english.lines().filter(l -> l.matches("  \\S.*")).map(l -> l.split("\\s{2,}")[1]).toList();
        assertTrue(syntax.size() >= 14, syntax.toString());
        for (String s : syntax) {
            assertTrue(russian.lines().anyMatch(l -> l.startsWith("  " + s)), s + " in " + russian);
        }
        assertTrue(russian.contains("  dump <ws> [--json]        вся модель рабочего пространства (JSON в stdout"), russian);
        assertTrue(russian.contains("Коды выхода: 0 — всё в порядке, 1 — найдены проблемы"), russian);
        assertTrue(russian.contains("рецензии канала из выгрузки рабочего пространства Slack, как черновики"), russian);
        assertTrue(english.contains("the channel's reviews from a Slack workspace export, as drafts"), "the quote kept");
        // the descriptions start in the same column, continuation lines too
        for (String text : new String[] {english, russian}) {
            text.lines().filter(l -> l.startsWith("   ")).forEach(l -> assertTrue(l.matches(" {28}\\S.*| {13}\\[.*"), l));
            assertTrue(text.lines().allMatch(l -> l.length() <= 110), text);
        }
        // a usage error: the syntax as it is, the words in Russian
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Rfy rfy = new Rfy(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Rfy.EXIT_USAGE, rfy.run("new", "batch", "ws"));
        assertEquals("rfy new: использование: rfy new batch <ws> --period yyyy-mm [--part N] (см. «rfy --help»)",
                err.toString(StandardCharsets.UTF_8).strip());
        err.reset();
        assertEquals(Rfy.EXIT_USAGE, rfy.run("dump", "--jsn"));
        assertEquals("rfy dump: неизвестный параметр «--jsn» (см. «rfy --help»)", err.toString(StandardCharsets.UTF_8).strip());
    }

    /** rfy --help as the user reads it: its stdout. */
    private static String help() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(Rfy.EXIT_OK, new Rfy(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run("--help"));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyMessageIsTranslated() throws IOException {
        Properties en = load("messages.properties");
        Properties ru = load("messages_ru.properties");
        assertTrue(en.size() >= 20, en.toString());
        assertEquals(en.stringPropertyNames(), ru.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            String value = ru.getProperty(key);
            boolean names = value.replaceAll("\\{\\d\\}", "").strip().matches("[\\p{Punct}\\s]*");
            assertTrue(names || value.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                    key + " is not Russian: " + value);
            assertEquals(placeholders(en.getProperty(key)), placeholders(value), key);
        }
        // the rubric's words
        assertTrue(ru.getProperty("summary.reviewers").contains("авторы обзоров"));
        assertTrue(ru.getProperty("summary.batches").contains("выпуски"));
    }

    /** The arguments a pattern shows, e.g. [{0}, {1}]. */
    private static java.util.Set<String> placeholders(String pattern) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d+}").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** As ResourceBundle reads them on Java 9+: UTF-8. */
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CliMessages.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private record Run(int code, byte[] out, String err) {
    }

    private static Run run(Path ws) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Rfy(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run("dump", ws.toString(), "--json");
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }
}
