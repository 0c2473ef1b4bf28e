package io.rfy.ui.preferences;

import java.util.function.UnaryOperator;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

/** A text field whose value a function checks as it is typed; the page cannot be applied while it says no. */
final class CheckedStringFieldEditor extends StringFieldEditor {

    private final UnaryOperator<String> check;

    /** @param check the error message for a value, or null when it is fine */
    CheckedStringFieldEditor(String name, String label, Composite parent, UnaryOperator<String> check) {
        super(name, label, StringFieldEditor.UNLIMITED, StringFieldEditor.VALIDATE_ON_KEY_STROKE, parent);
        this.check = check;
        setEmptyStringAllowed(true);
    }

    @Override
    protected boolean doCheckState() {
        String error = check.apply(getStringValue());
        if (error != null) {
            setErrorMessage(error);
            return false;
        }
        return true;
    }
}
