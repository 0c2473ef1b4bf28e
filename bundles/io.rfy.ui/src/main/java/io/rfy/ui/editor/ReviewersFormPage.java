package io.rfy.ui.editor;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.rfy.model.Reviewer;
import io.rfy.model.ReviewerRegistry;
import io.rfy.model.RfyFactory;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.ReviewersResource;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** The reviewers as a table: each cell edits one field (one command), Add and Remove rows. */
public final class ReviewersFormPage extends ModelFormPage {

    private final ReviewersEditor editor;
    private TableViewer table;

    ReviewersFormPage(ReviewersEditor editor) {
        super(editor, "reviewers", Messages.Reviewers_page);
        this.editor = editor;
    }

    @Override
    void createContent(FormToolkit toolkit, Composite body) {
        Composite c = section(toolkit, body, Messages.Reviewers_page, Messages.Reviewers_about, true);
        ((GridData) c.getParent().getLayoutData()).horizontalSpan = 2;
        Table t = toolkit.createTable(c, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 240;
        t.setLayoutData(data);
        table = new TableViewer(t);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Id", 140, Literals.REVIEWER__ID);
        column(Messages.Reviewers_name, 240, Literals.PERSON__NAME);
        column("Slack", 140, Literals.REVIEWER__SLACK);
        column("Habr", 140, Literals.REVIEWER__HABR);
        Composite buttons = FormWidgets.buttons(toolkit, c);
        FormWidgets.button(toolkit, buttons, Messages.Form_add, this::add);
        FormWidgets.button(toolkit, buttons, Messages.Form_remove, () -> {
            Object r = table.getStructuredSelection().getFirstElement();
            if (r != null) {
                run(RemoveCommand.create(editor.domain(), registry(), Literals.REVIEWER_REGISTRY__REVIEWERS, r));
            }
        });
    }

    /** A new row with a free id, its id cell open for typing. */
    public Reviewer add() {
        ReviewerRegistry registry = registry();
        if (registry == null) {
            return null;
        }
        Reviewer r = RfyFactory.eINSTANCE.createReviewer();
        String id = "new-reviewer";
        for (int n = 2; ids().contains(id); n++) {
            id = "new-reviewer-" + n;
        }
        r.setId(id);
        r.setName("");
        run(AddCommand.create(editor.domain(), registry, Literals.REVIEWER_REGISTRY__REVIEWERS, r));
        table.refresh(); // the row must be there to be edited (the page refreshes after commands only later)
        table.setSelection(new StructuredSelection(r));
        // its id cell open for typing once the click's own events are done (opened at once, the focus moving back
        // to the table would close it)
        table.getControl().getDisplay().asyncExec(() -> {
            if (!table.getControl().isDisposed() && !table.isCellEditorActive()) {
                table.editElement(r, 0);
            }
        });
        return r;
    }

    private List<String> ids() {
        return registry().getReviewers().stream().map(Reviewer::getId).toList();
    }

    private void column(String name, int width, EStructuralFeature feature) {
        FormWidgets.textColumn(table, name, width, feature, (element, text) -> {
            String v = text.strip();
            if (feature == Literals.REVIEWER__ID && !ReviewersResource.ID.matcher(v).matches()) {
                form.setMessage(NLS.bind(Messages.Reviewers_badId, v), IMessageProvider.ERROR);
                return;
            }
            if (feature == Literals.REVIEWER__ID && !v.equals(((Reviewer) element).getId()) && ids().contains(v)) {
                form.setMessage(NLS.bind(Messages.Reviewers_exists, v), IMessageProvider.ERROR);
                return;
            }
            form.setMessage(null, IMessageProvider.NONE);
            Object newValue = v.isEmpty() && feature != Literals.PERSON__NAME ? null : v;
            if (!Objects.equals(element.eGet(feature), newValue)) {
                run(SetCommand.create(editor.domain(), element, feature, newValue));
            }
        });
    }

    private ReviewerRegistry registry() {
        return editor.registry();
    }

    void commitPending() {
        if (table != null && table.isCellEditorActive()) {
            table.applyEditorValue();
        }
    }

    @Override
    void modelReplaced() {
        if (form == null || form.isDisposed()) {
            return;
        }
        ReviewerRegistry registry = registry();
        boolean readable = registry != null && editor.resource().isWritable();
        form.getBody().setEnabled(readable);
        if (!readable) {
            form.setMessage(NLS.bind(Messages.Reviewers_unreadable, editor.resource().getErrors()
                    .isEmpty() ? "" : editor.resource().getErrors().get(0)),
                    IMessageProvider.ERROR);
        }
        table.setInput(registry == null ? List.of() : registry.getReviewers());
        modelChanged();
    }

    void modelChanged() {
        if (form == null || form.isDisposed() || registry() == null) {
            return;
        }
        form.setText(NLS.bind(Messages.Reviewers_count, registry().getReviewers().size()));
        table.refresh();
    }

    /** Selects (and shows) the reviewer with this id. */
    void select(String id) {
        if (registry() == null || table == null) {
            return;
        }
        registry().getReviewers().stream().filter(r -> id.equals(r.getId())).findFirst()
                .ifPresent(r -> table.setSelection(new StructuredSelection(r), true));
    }

    public TableViewer tableViewer() {
        return table;
    }
}
