package io.rfy.ui.editor;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** Small helpers shared by the form pages: labelled fields, list fields as comma-separated text, button columns. */
final class FormWidgets {

    private FormWidgets() {
    }

    static Text field(FormToolkit toolkit, Composite parent, String label, String tooltip) {
        toolkit.createLabel(parent, label);
        Text text = toolkit.createText(parent, "", SWT.SINGLE);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 100; // grows with the form; a long value must not widen the whole form
        text.setLayoutData(data);
        text.setToolTipText(tooltip);
        return text;
    }

    /** "a, b, c" for a list; the form shows lists (authors, tags, hubs) this way. */
    static String join(List<String> values) {
        return String.join(", ", values);
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A column of push buttons beside a table. */
    static Composite buttons(FormToolkit toolkit, Composite parent) {
        Composite column = toolkit.createComposite(parent);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        column.setLayout(layout);
        column.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        return column;
    }

    static Button button(FormToolkit toolkit, Composite column, String label, Runnable action) {
        Button b = toolkit.createButton(column, label, SWT.PUSH);
        b.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /** Calls {@code commit} with the text when the user leaves the field or presses Enter (one command per edit). */
    static void onCommit(Text text, Consumer<String> commit) {
        text.addListener(SWT.FocusOut, e -> commit.accept(text.getText()));
        text.addListener(SWT.DefaultSelection, e -> commit.accept(text.getText()));
    }

    static void setText(Text text, String value) {
        String v = value == null ? "" : value;
        if (!text.getText().equals(v)) {
            text.setText(v);
        }
    }
}
