package io.rfy.store.json;

import io.rfy.store.StoreProblem;

/** One problem as {@code {severity, code, message, file, line, column}}, the shape {@code rfy validate} prints. */
public final class ProblemJson {

    private ProblemJson() {
    }

    public static void write(StoreProblem p, JsonWriter json) {
        json.beginObject().name("severity").value(p.severity().label()).name("code").value(p.code())
                .name("message").value(p.getMessage()).name("file").value(p.file())
                .name("line").value(p.getLine()).name("column").value(p.getColumn()).endObject();
    }
}
