package io.rfy.store;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * A problem found while reading the workspace, at a 1-based line and column of a file (0 when unknown).
 * Also an EMF {@link Resource.Diagnostic}, so a resource's errors and warnings carry it.
 */
public final class StoreProblem implements Resource.Diagnostic {

    public enum Severity {
        ERROR, WARNING, INFO;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * An id that names no review (a cross-link, a batch entry); the message proposes the closest id, so it changes
     * when a review comes or goes.
     */
    public static final String UNKNOWN_REVIEW = "store.unknown-review";

    private final Severity severity;
    private final String code;
    private final String message;
    private final String file;
    private final int line;
    private final int column;
    private final String suggestion;

    public StoreProblem(Severity severity, String code, String message, String file, int line, int column) {
        this(severity, code, message, file, line, column, null);
    }

    /** @param suggestion what fixes it (a value, or an action such as {@code delete}), or null */
    public StoreProblem(Severity severity, String code, String message, String file, int line, int column,
            String suggestion) {
        this.suggestion = suggestion;
        this.severity = severity;
        this.code = code;
        this.message = message;
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Severity severity() {
        return severity;
    }

    /** Stable identifier of the rule, e.g. {@code store.yaml-syntax}. */
    public String code() {
        return code;
    }

    /** The file, as a path (relative to the workspace when the workspace loader made it). */
    public String file() {
        return file;
    }

    /** A copy naming the file differently, e.g. relative to the workspace root. */
    public StoreProblem withFile(String newFile) {
        return new StoreProblem(severity, code, message, newFile, line, column, suggestion);
    }

    /** What fixes the problem, or null: shown as {@code [fix: ...]} in reports and offered as a quick fix. */
    public String suggestion() {
        return suggestion;
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public String getLocation() {
        return file;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getColumn() {
        return column;
    }

    /** {@code file:line:col: severity code message}, the form compilers use and editors can jump to. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.label() + " " + code + " " + message;
    }
}
