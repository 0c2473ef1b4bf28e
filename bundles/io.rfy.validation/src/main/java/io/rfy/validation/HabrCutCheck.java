package io.rfy.validation;

import java.util.List;
import java.util.function.Consumer;

import io.rfy.habr.CutRule;
import io.rfy.habr.HabrHtmlWriter;
import io.rfy.model.Batch;
import io.rfy.model.RfyPackage.Literals;

/**
 * The hook from validation to Habr's cut rules: the rules and the HTML they are measured on both belong to
 * io.rfy.habr ({@link CutRule}, {@link HabrHtmlWriter}), so the batch is exported exactly as {@code rfy export}
 * would, and whatever {@link CutRule} says becomes a finding on the batch's intro (the text before the cut).
 */
final class HabrCutCheck {

    private HabrCutCheck() {
    }

    static void check(Batch batch, Consumer<Finding> out) {
        List<String> problems = CutRule.check(new HabrHtmlWriter().write(batch));
        for (String problem : problems) {
            out.accept(Finding.at(Rule.HABR_CUT, "exported for Habr, " + problem, batch, Literals.BATCH__INTRO));
        }
    }
}
