package io.rfy.cli;

import java.io.PrintStream;
import java.util.List;

import io.rfy.store.StoreProblem;

/** Problems for people, on stderr: {@code file:line:col: severity code message}, then a count. */
final class ProblemsPrinter {

    private ProblemsPrinter() {
    }

    static void print(List<StoreProblem> problems, PrintStream err) {
        for (StoreProblem p : problems) {
            err.println(p);
        }
        if (!problems.isEmpty()) {
            long errors = problems.stream().filter(p -> p.severity() == StoreProblem.Severity.ERROR).count();
            err.println(CliMessages.get("problems.count", errors, problems.size() - errors));
        }
    }
}
