package io.rfy.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * rfy's messages for people (messages.properties, in Russian messages_ru.properties), in the language
 * {@link RfyApplication} takes from the environment ({@link CliLanguage}); English until it is set, so in-process
 * tests do not depend on the machine's locale. Data on stdout (JSON, SARIF, reports' codes and findings) is never
 * translated. Each text is a {@link MessageFormat} pattern: a quote is written as two.
 */
final class CliMessages {

    private static volatile ResourceBundle bundle = load(Locale.ROOT);

    private CliMessages() {
    }

    static void use(Locale locale) {
        bundle = load(locale);
    }

    static Locale locale() {
        return bundle.getLocale();
    }

    static String get(String key, Object... args) {
        ResourceBundle b = bundle;
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Integer || shown[i] instanceof Long) {
                shown[i] = shown[i].toString(); // counts and times as printf printed them, in every language
            }
        }
        return new MessageFormat(b.getString(key), b.getLocale()).format(shown);
    }

    private static ResourceBundle load(Locale locale) {
        // no fallback to the JVM's default locale: only the asked language, else the English base file
        try {
            return ResourceBundle.getBundle("io.rfy.cli.messages", locale, CliMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("io/rfy/cli/messages.properties is missing from the build", e);
        }
    }
}
