package io.rfy.cli;

import java.util.Locale;
import java.util.Map;

/**
 * The language of rfy's messages, from the environment as POSIX orders it: LC_ALL, else LC_MESSAGES, else LANG
 * (the first that is set and not empty). "C", "POSIX" or nothing at all mean English.
 */
final class CliLanguage {

    private CliLanguage() {
    }

    static Locale of(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                return parse(value);
            }
        }
        return Locale.ROOT;
    }

    /** "ru_RU.UTF-8@euro" -> ru_RU; "C", "POSIX", "C.UTF-8" -> ROOT. */
    static Locale parse(String value) {
        String name = value.replaceFirst("[.@].*$", "");
        if (name.isEmpty() || name.equals("C") || name.equals("POSIX")) {
            return Locale.ROOT;
        }
        String[] parts = name.split("_", 2);
        return parts.length == 2 ? new Locale(parts[0], parts[1]) : new Locale(parts[0]);
    }
}
