package io.rfy.ui.preferences;

import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** Whole-number fields as wide as their numbers (a grid page would otherwise stretch them across the page). */
final class NumberFields {

    private NumberFields() {
    }

    static IntegerFieldEditor create(String key, String label, Composite parent, int min, int max) {
        int digits = Integer.toString(max).length();
        IntegerFieldEditor editor = new IntegerFieldEditor(key, label, parent, digits);
        editor.setValidRange(min, max);
        Text text = editor.getTextControl(parent);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        GC gc = new GC(text);
        try {
            data.widthHint = gc.getFontMetrics().getAverageCharacterWidth() > 0
                    ? (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth() * (digits + 4)) : 80;
        } finally {
            gc.dispose();
        }
        text.setLayoutData(data);
        return editor;
    }
}
