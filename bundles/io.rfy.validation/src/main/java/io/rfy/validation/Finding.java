package io.rfy.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One broken rule, carried as the data of an EMF diagnostic so that the CLI can print it with a line and the
 * IDE can make a marker and a quick fix of it.
 *
 * @param object where the problem is
 * @param feature the feature of {@code object} it concerns, or null
 * @param index the index in a many-valued feature, or -1
 * @param bodyOffset the offset in the Markdown body (for links in it), or -1
 * @param suggestion the value that would fix it (a canonical URL or id), or null
 * @param url the web link a live link check found this about, or null
 */
public record Finding(Rule rule, String message, EObject object, EStructuralFeature feature, int index, int bodyOffset,
        String suggestion, String url) {

    public Finding(Rule rule, String message, EObject object, EStructuralFeature feature, int index, int bodyOffset,
            String suggestion) {
        this(rule, message, object, feature, index, bodyOffset, suggestion, null);
    }

    static Finding at(Rule rule, String message, EObject object, EStructuralFeature feature) {
        return new Finding(rule, message, object, feature, -1, -1, null);
    }

    Finding withSuggestion(String value) {
        return new Finding(rule, message, object, feature, index, bodyOffset, value, url);
    }

    Finding atIndex(int i) {
        return new Finding(rule, message, object, feature, i, bodyOffset, suggestion, url);
    }
}
