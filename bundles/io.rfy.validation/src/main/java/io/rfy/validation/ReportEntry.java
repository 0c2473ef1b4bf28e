package io.rfy.validation;

import io.rfy.store.StoreProblem.Severity;

/**
 * One line of a validation report: a store problem or a broken rule, at a workspace-relative file, 1-based line and
 * column (0 when unknown), with the value that would fix it when there is one, and for a live link check's finding
 * the URL it is about.
 */
public record ReportEntry(Severity severity, String code, String message, String file, int line, int column,
        String suggestion, String url) {

    public ReportEntry(Severity severity, String code, String message, String file, int line, int column,
            String suggestion) {
        this(severity, code, message, file, line, column, suggestion, null);
    }

    /** {@code file:line:col: severity code message}, the form compilers use and editors can jump to. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.label() + " " + code + " " + message
                + (suggestion == null ? "" : " [fix: " + suggestion + "]");
    }
}
