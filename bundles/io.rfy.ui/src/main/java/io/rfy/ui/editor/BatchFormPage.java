package io.rfy.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.rfy.habr.HabrHtmlWriter;
import io.rfy.model.Batch;
import io.rfy.model.Review;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.Ids;
import io.rfy.ui.wizards.ExportBatchWizard;
import io.rfy.validation.ReportEntry;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** The batch form: post metadata, intro, the ordered reviews (buttons or drag and drop) and the batch's checks. */
public final class BatchFormPage extends ModelFormPage {

    private final BatchEditor editor;
    private Text title;
    private Text period;
    private Text part;
    private Text hubs;
    private Text tags;
    private Text intro;
    private TableViewer reviews;
    private TableViewer checks;
    static final String CHECKING = Messages.BatchForm_checking;
    static final String NO_PROBLEMS = Messages.BatchForm_noProblems;

    public BatchFormPage(BatchEditor editor) {
        super(editor, "batch", Messages.BatchForm_page);
        this.editor = editor;
    }

    @Override
    void createContent(FormToolkit toolkit, Composite body) {
        // in the heading, so they are at hand however far the form is scrolled (the buttons are at its end)
        form.getToolBarManager().add(headingAction(Messages.BatchForm_export, Messages.BatchForm_exportTip,
                ResourceLocator.imageDescriptorFromBundle("io.rfy.ui", "icons/export-habr.png").orElse(null),
                this::exportForHabr));
        form.getToolBarManager().add(headingAction(Messages.BatchForm_copy, Messages.BatchForm_copyTip,
                PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY),
                this::copyHabrHtml));
        form.updateToolBar();
        ((GridLayout) body.getLayout()).makeColumnsEqualWidth = true;

        Composite post = section(toolkit, body, Messages.BatchForm_post, Messages.BatchForm_postAbout, false);
        title = FormWidgets.field(toolkit, post, Messages.BatchForm_title, "«Читаем статьи за вас. <Месяц> <год>. Часть <n>»");
        commit(title, v -> set(Literals.BATCH__TITLE, v.isBlank() ? null : v));
        period = FormWidgets.field(toolkit, post, Messages.NewBatch_period, Messages.NewBatch_periodHint);
        commit(period, v -> set(Literals.BATCH__PERIOD, v.isBlank() ? null : v.strip()));
        part = FormWidgets.field(toolkit, post, Messages.NewBatch_part, "1, 2, ...");
        commit(part, v -> {
            if (v.strip().matches("\\d{1,3}")) {
                set(Literals.BATCH__PART, Integer.valueOf(v.strip()));
            }
        });
        hubs = FormWidgets.field(toolkit, post, Messages.BatchForm_hubs, Messages.BatchForm_hubsTip);
        commit(hubs, v -> set(Literals.BATCH__HUBS, FormWidgets.split(v)));
        tags = FormWidgets.field(toolkit, post, Messages.ReviewForm_tags, Messages.BatchForm_tagsTip);
        commit(tags, v -> set(Literals.BATCH__TAGS, FormWidgets.split(v)));

        Composite introArea = section(toolkit, body, Messages.BatchForm_intro, Messages.BatchForm_introAbout, false);
        intro = toolkit.createText(introArea, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData introData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        introData.heightHint = 110;
        introData.widthHint = 200;
        intro.setLayoutData(introData);
        commit(intro, v -> set(Literals.BATCH__INTRO, v));

        Composite list = section(toolkit, body, Messages.BatchForm_reviews, Messages.BatchForm_reviewsAbout, true);
        span(list);
        Table table = toolkit.createTable(list, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 200;
        data.widthHint = 200;
        table.setLayoutData(data);
        reviews = new TableViewer(table);
        reviews.setContentProvider(ArrayContentProvider.getInstance());
        column("#", 30, r -> Integer.toString(reviewList().indexOf(r) + 1));
        column(Messages.BatchForm_review, 140, r -> Ids.of(r));
        column(Messages.ReviewForm_papers, 200, r -> r.eIsProxy() ? Messages.BatchForm_noSuchReview : r.getPapers().stream()
                .map(p -> Objects.toString(p.getShortName(), "?")).collect(Collectors.joining("; ")));
        column(Messages.BatchForm_status, 80, r -> r.eIsProxy() || r.getStatus() == null ? "" : r.getStatus().getLiteral());
        addDragToReorder(table);
        Composite buttons = FormWidgets.buttons(toolkit, list);
        FormWidgets.button(toolkit, buttons, Messages.ImportCorpus_add, this::addReviews);
        FormWidgets.button(toolkit, buttons, Messages.Form_remove, () -> {
            IStructuredSelection s = reviews.getStructuredSelection();
            if (!s.isEmpty()) {
                run(RemoveCommand.create(editor.domain(), batch(), Literals.BATCH__REVIEWS, s.toList()));
            }
        });
        FormWidgets.button(toolkit, buttons, Messages.Form_up, () -> move(-1));
        FormWidgets.button(toolkit, buttons, Messages.Form_down, () -> move(1));

        Composite checkArea = section(toolkit, body, Messages.BatchForm_checks, Messages.BatchForm_checksAbout, true);
        span(checkArea);
        Table checkTable = toolkit.createTable(checkArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        GridData checkData = new GridData(SWT.FILL, SWT.FILL, true, true);
        checkData.heightHint = 140;
        checkData.widthHint = 200;
        checkTable.setLayoutData(checkData);
        checks = new TableViewer(checkTable);
        checks.setContentProvider(ArrayContentProvider.getInstance());
        checks.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (!(element instanceof ReportEntry e)) {
                    return element.toString(); // a placeholder
                }
                String name = e.file().substring(e.file().lastIndexOf('/') + 1);
                return e.severity().label() + "  " + name + ":" + e.line() + "  " + e.message();
            }
        });
        Composite exportButtons = FormWidgets.buttons(toolkit, checkArea);
        FormWidgets.button(toolkit, exportButtons, Messages.BatchForm_export, this::exportForHabr)
                .setToolTipText(Messages.BatchForm_exportButtonTip);
        FormWidgets.button(toolkit, exportButtons, Messages.BatchForm_copy, this::copyHabrHtml)
                .setToolTipText(Messages.BatchForm_copyTip);
    }

    private static Action headingAction(String text, String tooltip, ImageDescriptor image, Runnable run) {
        Action action = new Action(text, image) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }

    /** The section of {@code client} spans both columns of the form (the tables want the width). */
    private static void span(Composite client) {
        ((GridData) client.getParent().getLayoutData()).horizontalSpan = 2;
    }

    /** How the export wizard's dialog is opened; tests open it without blocking. */
    public static Consumer<WizardDialog> openExportDialog = WizardDialog::open;

    /** The Export Batch for Habr wizard, started on this batch's file (it reads the saved batch: save first). */
    private void exportForHabr() {
        if (editor.isDirty()) {
            if (!MessageDialog.openQuestion(getSite().getShell(), Messages.BatchForm_exportTitle, NLS.bind(Messages.BatchForm_saveFirst, editor.file().getName())) || !editor.save(false)) {
                return;
            }
        }
        ExportBatchWizard wizard = new ExportBatchWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(editor.file()));
        openExportDialog.accept(new WizardDialog(getSite().getShell(), wizard));
    }

    private void column(String name, int width, java.util.function.Function<Review, String> text) {
        TableViewerColumn c = new TableViewerColumn(reviews, SWT.NONE);
        c.getColumn().setText(name);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Review) element);
            }
        });
    }

    /** Drag rows within the table to reorder them: one MoveCommand, so Undo puts them back. */
    private void addDragToReorder(Table table) {
        Transfer[] types = {TextTransfer.getInstance()};
        org.eclipse.swt.dnd.DragSource source = new org.eclipse.swt.dnd.DragSource(table, DND.DROP_MOVE);
        source.setTransfer(types);
        Review[] dragged = new Review[1];
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                dragged[0] = (Review) reviews.getStructuredSelection().getFirstElement();
                event.doit = dragged[0] != null;
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = Ids.of(dragged[0]);
            }
        });
        org.eclipse.swt.dnd.DropTarget target = new org.eclipse.swt.dnd.DropTarget(table, DND.DROP_MOVE);
        target.setTransfer(types);
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void drop(DropTargetEvent event) {
                if (dragged[0] == null) {
                    return;
                }
                int to = event.item instanceof TableItem item ? table.indexOf(item) : reviewList().size() - 1;
                moveTo(dragged[0], to);
                dragged[0] = null;
            }
        });
    }

    /** How the review chooser is opened (its return code); tests drive it without blocking. */
    public static ToIntFunction<Window> openChooser = Window::open;

    /** A filtered chooser of the workspace's reviews that are not in the batch; the chosen ones go at the end. */
    private void addReviews() {
        List<Review> candidates = editor.workspace().reviews().stream().filter(r -> !reviewList().contains(r)).toList();
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                Review r = (Review) element;
                return r.getId() + "  \u2014  " + r.getPapers().stream().map(p -> Objects.toString(p.getShortName(), "?"))
                        .collect(Collectors.joining("; ")) + "  (" + r.getPeriod() + ", "
                        + (r.getStatus() == null ? Messages.LinkTargets_noStatus : r.getStatus().getLiteral()) + ")";
            }
        });
        dialog.setTitle(Messages.BatchForm_addTitle);
        dialog.setMessage(Messages.BatchForm_addMessage);
        dialog.setEmptyListMessage(Messages.BatchForm_addNone);
        dialog.setMultipleSelection(true);
        dialog.setElements(candidates.toArray());
        if (openChooser.applyAsInt(dialog) == Window.OK && dialog.getResult() != null && dialog.getResult().length > 0) {
            List<Object> chosen = List.of(dialog.getResult());
            run(AddCommand.create(editor.domain(), batch(), Literals.BATCH__REVIEWS, chosen));
            reviews.setSelection(new StructuredSelection(chosen));
        }
    }

    private void copyHabrHtml() {
        Clipboard clipboard = new Clipboard(getSite().getShell().getDisplay());
        try {
            clipboard.setContents(new Object[] {new HabrHtmlWriter().write(batch())}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
        form.setMessage(Messages.BatchForm_copied, IMessageProvider.INFORMATION);
    }

    private void move(int delta) {
        Review r = (Review) reviews.getStructuredSelection().getFirstElement();
        if (r != null) {
            moveTo(r, reviewList().indexOf(r) + delta);
        }
    }

    /** Public for tests: moves a review of the batch to a position, as dragging it there does. */
    public void moveTo(Review review, int to) {
        if (to >= 0 && to < reviewList().size() && reviewList().indexOf(review) != to) {
            run(MoveCommand.create(editor.domain(), batch(), Literals.BATCH__REVIEWS, review, to));
            reviews.setSelection(new StructuredSelection(review));
        }
    }

    private Batch batch() {
        return editor.batch();
    }

    /** The batch's reviews without resolving ids that name no review (those stay proxies and show as such). */
    @SuppressWarnings("unchecked")
    public List<Review> reviewList() {
        return batch() == null ? List.of() : (List<Review>) batch().eGet(Literals.BATCH__REVIEWS, false);
    }

    void commitPending() {
        if (batch() != null) {
            commitFields();
        }
    }

    private void set(EStructuralFeature feature, Object value) {
        EObject owner = batch();
        if (owner == null || Objects.equals(owner.eGet(feature), value)) {
            return;
        }
        run(SetCommand.create(editor.domain(), owner, feature, value));
    }

    @Override
    void modelReplaced() {
        if (form == null) {
            return;
        }
        if (batch() == null) {
            form.setText(editor.file().getName());
            form.getBody().setEnabled(false);
            if (editor.isChecking()) {
                form.setMessage(Messages.BatchForm_reading, IMessageProvider.INFORMATION);
                showChecking();
                return;
            }
            String why = editor.loadError() != null ? editor.loadError()
                    : editor.workspace().problems().stream()
                            .filter(p -> p.file().equals(editor.file().getProjectRelativePath().toString())).findFirst()
                            .map(Object::toString).orElse(Messages.BatchForm_notABatch);
            form.setMessage(NLS.bind(Messages.BatchForm_unreadable, why),
                    IMessageProvider.ERROR);
            checks.setInput(List.of());
            return;
        }
        form.setMessage(null, IMessageProvider.NONE);
        form.getBody().setEnabled(true);
        reviews.setInput(reviewList());
        replacing = true;
        try {
            modelChanged();
        } finally {
            replacing = false;
        }
    }

    /** While the model is replaced: every field shows the new model, typed or not. */
    private boolean replacing;

    /** While the editor's job reads and validates the workspace: one placeholder row. */
    void showChecking() {
        if (checks != null && !checks.getControl().isDisposed()) {
            checks.setInput(List.of(CHECKING));
        }
    }

    /** The checks of the batch and its reviews, as the editor's job found them (as of opening or the last save). */
    void showChecks(List<ReportEntry> entries) {
        if (checks != null && !checks.getControl().isDisposed()) {
            checks.setInput(entries.isEmpty() ? List.of(NO_PROBLEMS) : entries);
        }
    }

    /** Public for tests: the rows of the checks list, as shown. */
    public List<String> checkRows() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : checks.getTable().getItems()) {
            rows.add(item.getText());
        }
        return rows;
    }

    void modelChanged() {
        Batch b = batch();
        if (form == null || form.isDisposed() || b == null) {
            return;
        }
        form.setText(b.getTitle() == null ? editor.file().getName() : b.getTitle());
        show(title, b.getTitle(), replacing);
        show(period, b.getPeriod(), replacing);
        show(part, b.getPart() == null ? "" : b.getPart().toString(), replacing);
        show(hubs, FormWidgets.join(b.getHubs()), replacing);
        show(tags, FormWidgets.join(b.getTags()), replacing);
        show(intro, b.getIntro(), replacing);
        reviews.refresh();
        form.reflow(true);
    }

    public TableViewer reviewsViewer() {
        return reviews;
    }
}
