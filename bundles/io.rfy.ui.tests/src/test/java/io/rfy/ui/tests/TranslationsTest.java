package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Headless: io.rfy.ide's and io.rfy.ui's strings, English and Russian, have the same keys, the Russian ones are
 * Russian, each shows the same arguments, and nothing is lost to the ISO-8859-1 reading of NLS and the extension
 * registry (non-ASCII as \\u escapes) or to NLS.bind's quotes.
 */
class TranslationsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");

    @Test
    void translated() throws IOException {
        for (String where : new String[] {"io.rfy.ide/io/rfy/ide/internal/messages",
            "io.rfy.ui/io/rfy/ui/internal/messages", "io.rfy.ide/plugin", "io.rfy.ui/plugin"}) {
            translated(where);
        }
    }

    private static void translated(String where) throws IOException {
        Bundle bundle = Platform.getBundle(where.substring(0, where.indexOf('/')));
        assertNotNull(bundle, where);
        String base = where.substring(where.indexOf('/') + 1);
        Properties en = load(bundle, base + ".properties");
        Properties ru = load(bundle, base + "_ru.properties");
        assertTrue(en.size() >= 3, en.toString());
        assertEquals(en.stringPropertyNames(), ru.stringPropertyNames(), where);
        for (String key : en.stringPropertyNames()) {
            String english = en.getProperty(key);
            String russian = ru.getProperty(key);
            String words = ARGUMENT.matcher(russian).replaceAll("").replaceAll("[\\p{Punct}\\s«»]|corpus", "");
            boolean name = english.matches("[A-Z]+") && english.equals(russian); // "RFY"
            assertTrue(words.isEmpty() || name || russian.codePoints().anyMatch(
                    c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC), key + " is not Russian: " + russian);
            assertEquals(arguments(english), arguments(russian), key + ": the same arguments");
            if (!arguments(english).isEmpty()) {
                // NLS.bind drops a lone apostrophe; what the user reads must keep it
                for (String text : new String[] {english, russian}) {
                    Object[] args = arguments(text).stream().map(a -> "x").toArray();
                    assertEquals(text.replace("''", "'").replaceAll("\\{\\d+}", "x"), NLS.bind(text, args), key);
                }
            }
        }
    }

    /**
     * The user guide in Russian (nl/ru/help/, which FileLocator's $nl$ picks for -nl ru, as the Guide view and the
     * Eclipse help system do): the same sections, the same table of contents, in Russian.
     */
    @Test
    void theGuideIsTranslated() throws IOException {
        Bundle ui = Platform.getBundle("io.rfy.ui");
        String english = text(ui, "help/guide.html");
        String russian = text(ui, "nl/ru/help/guide.html");
        assertTrue(russian.contains("<html lang=\"ru\">") && russian.contains("Оригинал статьи")
                && russian.contains("автор обзора"), "the rubric's words");
        assertEquals(matches(english, "id=\"(\\w+)\""), matches(russian, "id=\"(\\w+)\""), "the same sections");
        assertEquals(matches(english, "<code>([^<]*)</code>").size(), matches(russian, "<code>([^<]*)</code>").size(),
                "the same commands and files");
        String toc = text(ui, "help/toc.xml");
        String tocRu = text(ui, "nl/ru/help/toc.xml");
        assertEquals(matches(toc, "href=\"([^\"]+)\""), matches(tocRu, "href=\"([^\"]+)\""));
        for (String label : matches(tocRu, "label=\"([^\"]+)\"")) {
            assertTrue(label.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                    label);
        }
        // the lookup the Guide view makes: Russian under ru, the English guide for any other language
        java.util.Map<String, String> nl = new java.util.HashMap<>();
        nl.put("$nl$", "ru");
        URL ru = org.eclipse.core.runtime.FileLocator.find(ui, new org.eclipse.core.runtime.Path("$nl$/help/guide.html"), nl);
        assertNotNull(ru);
        assertTrue(ru.getPath().endsWith("nl/ru/help/guide.html"), ru.toString());
        nl.put("$nl$", "de");
        URL other = org.eclipse.core.runtime.FileLocator.find(ui, new org.eclipse.core.runtime.Path("$nl$/help/guide.html"), nl);
        assertNotNull(other);
        assertTrue(other.getPath().endsWith("help/guide.html") && !other.getPath().contains("nl/"), other.toString());
    }

    private static String text(Bundle bundle, String path) throws IOException {
        URL url = bundle.getEntry(path);
        assertNotNull(url, path);
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static java.util.List<String> matches(String text, String regex) {
        java.util.List<String> found = new java.util.ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void pluginXmlIsExternalised() throws IOException {
        for (String id : new String[] {"io.rfy.ide", "io.rfy.ui"}) {
            pluginXmlIsExternalised(id);
        }
    }

    private static void pluginXmlIsExternalised(String id) throws IOException {
        Bundle bundle = Platform.getBundle(id);
        String xml;
        try (InputStream in = bundle.getEntry("plugin.xml").openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("[\">]%([\\w.]+)[\"<]").matcher(xml); // attributes and <description>s
        while (m.find()) {
            used.add(m.group(1));
        }
        // what people read: the names and labels of extensions, views, wizards, commands and menus (the name of a
        // marker's <attribute> is an identifier)
        Matcher tag = Pattern.compile("<(\\w+)\\b[^>]*>").matcher(xml);
        while (tag.find()) {
            if (!tag.group(1).equals("attribute") && !tag.group(1).equals("parameter")) {
                assertTrue(!Pattern.compile("\\s(name|label|description|tooltip)=\"[^%\"]").matcher(tag.group()).find(),
                        id + ": not externalised: " + tag.group());
            }
        }
        assertTrue(!Pattern.compile("<description>[^%<]").matcher(xml).find(), id + ": a <description> not externalised");
        assertEquals(used, load(bundle, "plugin.properties").stringPropertyNames(), id);
        assertEquals("plugin", bundle.getHeaders("").get("Bundle-Localization"), id);
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** As NLS and the extension registry read them: ISO-8859-1, with \\u escapes. */
    private static Properties load(Bundle bundle, String path) throws IOException {
        URL url = bundle.getEntry(path);
        assertNotNull(url, bundle.getSymbolicName() + "/" + path);
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        }
        for (byte b : bytes) {
            assertTrue(b >= 0, path + " has a byte over 127: write it as a \\u escape");
        }
        Properties p = new Properties();
        p.load(new java.io.ByteArrayInputStream(bytes));
        return p;
    }
}
