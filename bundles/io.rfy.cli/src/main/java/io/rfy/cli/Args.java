package io.rfy.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments: positionals, {@code --flag}s and {@code --option value}s, checked against what it accepts. */
final class Args {

    /** Bad usage: reported on stderr with exit code 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    private Args() {
    }

    /**
     * @param flags options without a value (e.g. {@code --json})
     * @param valued options that take a value (e.g. {@code --format}, {@code -o})
     */
    static Args parse(List<String> args, Set<String> flags, Set<String> valued) throws UsageException {
        Args parsed = new Args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (flags.contains(a)) {
                parsed.options.put(a, "true");
            } else if (valued.contains(a)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(CliMessages.get("args.needsValue", a));
                }
                if (args.get(i + 1).isBlank()) {
                    throw new UsageException(CliMessages.get("args.needsNonEmpty", a));
                }
                parsed.options.put(a, args.get(++i));
            } else if (a.startsWith("-") && a.length() > 1) {
                throw new UsageException(CliMessages.get("args.unknownOption", a));
            } else if (a.isBlank()) {
                // an empty argument ("$UNSET_VAR") would otherwise mean the current folder
                throw new UsageException(CliMessages.get("args.emptyArgument"));
            } else {
                parsed.positionals.add(a);
            }
        }
        return parsed;
    }

    List<String> positionals() {
        return positionals;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int intOption(String name, int fallback) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException(CliMessages.get("args.needsNumber", name, v));
        }
    }

    /** The only positional argument, or a usage error naming it. */
    String single(String what) throws UsageException {
        if (positionals.size() != 1) {
            throw new UsageException(positionals.isEmpty() ? CliMessages.get("args.missing", what)
                    : CliMessages.get("args.expectedOne", what, positionals.toString()));
        }
        return positionals.get(0);
    }
}
