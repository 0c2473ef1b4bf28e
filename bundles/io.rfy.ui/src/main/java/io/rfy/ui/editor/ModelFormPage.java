package io.rfy.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * What the form pages of the review and batch editors share: sections, text fields whose edits become one command
 * each (on leaving the field or Enter, and pending ones before a save), and running commands on the editor's stack.
 */
abstract class ModelFormPage extends FormPage {

    private final ModelFileEditor editor;
    private final List<Runnable> pendingCommits = new ArrayList<>();
    private final List<org.eclipse.swt.widgets.Control> fields = new ArrayList<>();
    /** The page's form; null until its content is created (the pages are built when first shown). */
    ScrolledForm form;

    ModelFormPage(ModelFileEditor editor, String id, String title) {
        super(editor, id, title);
        this.editor = editor;
        editor.formPages.add(this);
    }

    @Override
    protected final void createFormContent(IManagedForm managedForm) {
        form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        toolkit.decorateFormHeading(form.getForm());
        GridLayout columns = new GridLayout(2, false);
        columns.horizontalSpacing = 12;
        form.getBody().setLayout(columns);
        createContent(toolkit, form.getBody());
        modelReplaced();
    }

    /** The page's sections, in {@code body} (two columns). */
    abstract void createContent(FormToolkit toolkit, Composite body);

    /** The editor read a new model (opened, reloaded, or from the source text): show it. */
    abstract void modelReplaced();

    /** A titled section with a description; its two-column client is returned. {@code grab}: takes spare height. */
    static Composite section(FormToolkit toolkit, Composite parent, String title, String description, boolean grab) {
        Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        section.setLayoutData(new GridData(SWT.FILL, grab ? SWT.FILL : SWT.TOP, true, grab));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(2, false));
        section.setClient(client);
        toolkit.paintBordersFor(client);
        return client;
    }

    /** {@code action} gets the field's text when the user leaves it or presses Enter, and before a save. */
    final void commit(Text text, Consumer<String> action) {
        FormWidgets.onCommit(text, action);
        watch(text);
        pendingCommits.add(() -> FormWidgets.commitIfEdited(text, action));
    }

    /**
     * Typing in {@code field} makes the editor dirty at once, as in the platform's editors (the edit itself becomes a
     * command when the field is left, on Enter, or before a save), so Ctrl+S is enabled right after typing.
     */
    final void watch(org.eclipse.swt.widgets.Control field) {
        fields.add(field);
        field.addListener(SWT.Modify, e -> editor.dirtyStateMayHaveChanged());
    }

    /** Whether a field holds typing that is not in the model yet. */
    final boolean hasFieldEdits() {
        return fields.stream().anyMatch(f -> !f.isDisposed() && f.isEnabled() && FormWidgets.edited(f));
    }

    /** Carries what is typed in the fields into the model (Ctrl+S does not move the focus out of a field first). */
    final void commitFields() {
        pendingCommits.forEach(Runnable::run);
    }

    final void run(Command command) {
        if (command.canExecute()) {
            editor.domain().getCommandStack().execute(command);
        }
    }

    /**
     * Shows a model value, except in a field the user typed in since (that typing is committed when the field is left);
     * {@code force}: also there (the model was replaced, so the typing belongs to a model that is gone).
     */
    static void show(Text text, String value, boolean force) {
        if (force || !FormWidgets.edited(text)) {
            FormWidgets.setText(text, value);
        }
    }

    static void show(Text text, String value) {
        show(text, value, false);
    }
}
