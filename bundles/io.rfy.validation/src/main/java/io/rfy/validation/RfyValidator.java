package io.rfy.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

import io.rfy.corpus.CorpusAnchors;
import io.rfy.model.Batch;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.Ids;
import io.rfy.store.StoreProblem.Severity;

/**
 * The EMF validator of the RFY model. Each broken {@link Rule} becomes a diagnostic whose data is
 * {@code [object, Finding]}; the {@link Diagnostician} walks the containment tree, so Papers and Links are
 * visited through their Review. Checks that look across files read a {@link WorkspaceIndex} from the context.
 */
public final class RfyValidator implements EValidator {

    public static final String SOURCE = "io.rfy.validation";

    @Override
    public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(object.eClass(), object, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        WorkspaceIndex index = context == null ? null : (WorkspaceIndex) context.get(WorkspaceIndex.class);
        if (index == null) {
            return true; // the cross-file rules need the workspace; validate through WorkspaceValidation
        }
        boolean[] valid = {true};
        java.util.function.Consumer<Finding> out = f -> {
            valid[0] &= f.rule().severity() != Severity.ERROR;
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(f.rule().severity() == Severity.ERROR ? Diagnostic.ERROR
                        : f.rule().severity() == Severity.WARNING ? Diagnostic.WARNING : Diagnostic.INFO, SOURCE, f.rule().ordinal(), f.message(), new Object[] {f.object(), f}));
            }
        };
        if (object instanceof Review review) {
            checkReview(review, index, out);
        } else if (object instanceof Paper paper) {
            PaperChecks.check(paper, index, out);
        } else if (object instanceof io.rfy.model.CorpusCrossLink link) {
            checkCorpusLink(link, index, out);
        } else if (object instanceof Batch batch) {
            BatchChecks.check(batch, index, out);
        }
        return valid[0];
    }

    private static void checkReview(Review review, WorkspaceIndex index, java.util.function.Consumer<Finding> out) {
        if (Ids.of(review, Literals.REVIEW__REVIEWER) == null) {
            out.accept(Finding.at(Rule.REVIEW_NO_REVIEWER, "review '" + review.getId() + "' names no reviewer", review,
                    Literals.REVIEW__REVIEWER));
        }
        if (review.getPapers().isEmpty()) {
            out.accept(Finding.at(Rule.REVIEW_NO_PAPERS, "review '" + review.getId() + "' reviews no paper", review,
                    Literals.REVIEW__PAPERS));
        }
        if (review.getBody() == null || review.getBody().isBlank()) {
            out.accept(Finding.at(Rule.REVIEW_EMPTY_BODY, "review '" + review.getId() + "' has no text after the front"
                    + " matter", review, Literals.REVIEW__BODY));
        }
        BodyChecks.check(review, Literals.REVIEW__BODY, review.getBody(), index, out);
    }

    /**
     * A corpus anchor re-found the way {@link CorpusAnchors} does it (exact, moved, fuzzy, broken); this is the only
     * place validation checks anchors, so each cross-link is reported once.
     */
    private static void checkCorpusLink(io.rfy.model.CorpusCrossLink link, WorkspaceIndex index,
            java.util.function.Consumer<Finding> out) {
        Map<String, String> texts = index.corpusTexts();
        String text = texts.get(link.getDocument());
        if (text == null) {
            out.accept(Finding.at(Rule.CROSSLINK_UNKNOWN_DOCUMENT, "corpus document '" + link.getDocument()
                    + "' is not in corpus/" + io.rfy.store.RfyWorkspace.closest(String.valueOf(link.getDocument()),
                            texts.keySet()), link, null));
            return;
        }
        CorpusAnchors.Problem p = CorpusAnchors.problem(link,
                CorpusAnchors.resolve(text, link.getQuote(), link.getPrefix(), link.getSuffix()));
        if (p != null) {
            out.accept(Finding.at(Rule.of(p.code()), p.message(), link, null).withSuggestion(p.suggestion()));
        }
    }

    @Override
    public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
