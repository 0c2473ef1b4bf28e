package io.rfy.ui.editor;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Small helpers shared by the form pages: labelled fields, list fields as comma-separated text, button columns,
 * table columns edited in place.
 */
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
        text.addListener(SWT.FocusOut, e -> commitIfEdited(text, commit));
        text.addListener(SWT.DefaultSelection, e -> commitIfEdited(text, commit));
    }

    static void commitIfEdited(Text text, Consumer<String> commit) {
        if (!text.isDisposed() && edited(text)) {
            String value = text.getText();
            committed(text);
            commit.accept(value);
        }
    }

    /** The key under which a field keeps the value the model last showed in it. */
    private static final String SHOWN = "io.rfy.ui.shown";

    /** Shows a model value; the field counts as unedited until the user types something else. */
    static void setText(Text text, String value) {
        String v = value == null ? "" : value;
        text.setData(SHOWN, v);
        if (!text.getText().equals(v)) {
            text.setText(v);
        }
    }

    /** Shows a model value in a combo; it counts as unedited until the user types or picks something else. */
    static void setText(org.eclipse.swt.widgets.Combo combo, String value) {
        String v = value == null ? "" : value;
        combo.setData(SHOWN, v);
        if (!combo.getText().equals(v)) {
            combo.setText(v);
        }
    }

    /**
     * Whether the user changed the field since the model's value was last shown in it. Only such fields are
     * committed: a field that still shows an older value (the model changed on another page) must not put it back.
     */
    /** After a field's text was committed: it is what the model holds now (or was refused, and said so). */
    static void committed(org.eclipse.swt.widgets.Control field) {
        field.setData(SHOWN, field instanceof Text t ? t.getText() : ((org.eclipse.swt.widgets.Combo) field).getText());
    }

    static boolean edited(org.eclipse.swt.widgets.Control field) {
        Object shown = field.getData(SHOWN);
        String text = field instanceof Text t ? t.getText() : ((org.eclipse.swt.widgets.Combo) field).getText();
        return !text.equals(shown == null ? "" : shown);
    }

    /**
     * A table column showing one feature of each row's object as text and editing it in place; {@code edited} gets
     * the row and the text as typed, and decides what to do with it (a command on the editor's stack, or a message).
     */
    static void textColumn(TableViewer table, String name, int width, EStructuralFeature feature,
            BiConsumer<EObject, String> edited) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(name);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Objects.toString(((EObject) element).eGet(feature), "");
            }
        });
        column.setEditingSupport(new EditingSupport(table) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return new TextCellEditor(table.getTable());
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                return Objects.toString(((EObject) element).eGet(feature), "");
            }

            @Override
            protected void setValue(Object element, Object value) {
                edited.accept((EObject) element, value.toString());
            }
        });
    }
}
