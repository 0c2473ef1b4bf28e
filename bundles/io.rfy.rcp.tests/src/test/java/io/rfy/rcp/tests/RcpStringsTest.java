package io.rfy.rcp.tests;

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
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Headless OSGi test: every %key of io.rfy.rcp's plugin.xml is in plugin.properties and in plugin_ru.properties,
 * the NLS messages have the same keys in both languages, and the Russian texts are Russian (names excepted).
 */
class RcpStringsTest {

    private static final Set<String> NAMES = Set.of("application.name", "perspective.name", "product.name");

    private final Bundle rcp = Platform.getBundle("io.rfy.rcp");

    @Test
    void pluginXmlKeysAreTranslated() throws IOException {
        String xml;
        try (InputStream in = rcp.getEntry("plugin.xml").openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\"%([\\w.]+)\"").matcher(xml);
        while (m.find()) {
            used.add(m.group(1));
        }
        assertTrue(used.size() >= 7, "plugin.xml uses " + used);
        assertTrue(!Pattern.compile("(label|description)=\"[^%]").matcher(xml).find(), "a label not externalised");
        // names too (views, commands, extensions), but a product <property name=...> is an identifier
        Matcher tag = Pattern.compile("<(\\w+)\\b[^>]*>").matcher(xml);
        while (tag.find()) {
            assertTrue(tag.group(1).equals("property") || !tag.group().matches("(?s).*\\sname=\"[^%\"].*"),
                    "not externalised: " + tag.group());
        }
        Properties en = load(rcp.getEntry("plugin.properties"));
        Properties ru = load(rcp.getEntry("plugin_ru.properties"));
        assertEquals(used, en.stringPropertyNames(), "plugin.properties");
        assertEquals(used, ru.stringPropertyNames(), "plugin_ru.properties");
        assertRussian(en, ru);
        assertTrue(ru.getProperty("product.aboutText").contains("«Читаем статьи за вас»"));
    }

    @Test
    void messagesAreTranslated() throws IOException {
        Properties en = load(rcp.getResource("io/rfy/rcp/messages.properties"));
        Properties ru = load(rcp.getResource("io/rfy/rcp/messages_ru.properties"));
        assertTrue(en.size() >= 3, en.toString());
        assertEquals(en.stringPropertyNames(), ru.stringPropertyNames());
        assertRussian(en, ru);
        assertTrue(ru.getProperty("OpenFolderJob_name").contains("{0}"));
        for (String key : en.stringPropertyNames()) {
            for (String text : new String[] {en.getProperty(key), ru.getProperty(key)}) {
                // the same arguments in both; NLS.bind keeps what the user reads (an apostrophe is written '')
                Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
                Set<String> args = new TreeSet<>();
                while (m.find()) {
                    args.add(m.group());
                }
                assertEquals(args, arguments(en.getProperty(key)), key);
                if (!args.isEmpty()) {
                    assertEquals(text.replace("''", "'").replaceAll("\\{\\d+}", "x"),
                            org.eclipse.osgi.util.NLS.bind(text, args.stream().map(a -> "x").toArray()), key);
                }
            }
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static void assertRussian(Properties en, Properties ru) {
        for (String key : en.stringPropertyNames()) {
            String value = ru.getProperty(key);
            if (NAMES.contains(key)) {
                assertEquals(en.getProperty(key), value, key);
            } else {
                assertTrue(value.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                        key + " is not Russian: " + value);
            }
        }
    }

    /** As NLS and the extension registry read them: ISO-8859-1 with \\u escapes. */
    private static Properties load(URL url) throws IOException {
        assertNotNull(url);
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(in);
        }
        return p;
    }
}
