package io.rfy.habr;

import io.rfy.store.StoreProblem.Severity;

/** Something an import could not take over exactly, at a 1-based line of the imported file. */
public record ImportNote(Severity severity, String code, int line, String message) {

    @Override
    public String toString() {
        return line + ": " + severity.label() + " " + code + " " + message;
    }
}
