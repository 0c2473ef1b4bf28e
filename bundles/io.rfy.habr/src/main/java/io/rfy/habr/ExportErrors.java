package io.rfy.habr;

import org.eclipse.emf.ecore.EObject;

import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.SourceLocation;

/** Where an export error is: the file of the review or batch and the line inside it. */
final class ExportErrors {

    private ExportErrors() {
    }

    /** {@code <file>:<line>} of a body problem at {@code e.line} of the body of {@code owner}. */
    static String at(EObject owner, MarkdownBody.TooDeepException e) {
        if (owner == null || owner.eResource() == null) {
            return "body:" + e.line;
        }
        var uri = owner.eResource().getURI();
        String file = uri.isFile() ? uri.toFileString() : uri.toString();
        var feature = owner instanceof io.rfy.model.Review ? Literals.REVIEW__BODY : Literals.BATCH__INTRO;
        SourceLocation.Position first = SourceLocation.of(owner, feature);
        return file + ":" + ((first == null ? 1 : first.line()) + e.line - 1);
    }
}
