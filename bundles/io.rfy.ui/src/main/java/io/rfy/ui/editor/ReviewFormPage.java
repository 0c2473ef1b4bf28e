package io.rfy.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import io.rfy.model.Link;
import io.rfy.model.LinkKind;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.ReviewStatus;
import io.rfy.model.Reviewer;
import io.rfy.model.RfyFactory;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.Ids;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The form page of the review editor: reviewer, status and tags; the papers (master list) and the selected paper's
 * fields and links (details). Every edit is one EMF.Edit command, so Undo/Redo cover the whole form.
 */
public final class ReviewFormPage extends ModelFormPage {

    private final ReviewEditor editor;
    private Combo reviewer;
    private Combo status;
    private Text tags;
    private Label location;
    private TableViewer papers;
    private Section paperSection;
    private Text title;
    private Text authors;
    private Text affiliations;
    private Text year;
    private Text arxiv;
    private Text doi;
    private TableViewer links;
    private Paper paper;

    public ReviewFormPage(ReviewEditor editor) {
        super(editor, "form", Messages.ReviewForm_page);
        this.editor = editor;
    }

    @Override
    void createContent(FormToolkit toolkit, Composite body) {
        // small width hints: the form then fits the editor instead of scrolling sideways; the paper side gets more
        Composite left = column(toolkit, body, 260);
        Composite right = column(toolkit, body, 380);
        createReviewSection(toolkit, left);
        createPapersSection(toolkit, left);
        createPaperSection(toolkit, right);
    }

    /**
     * Focus on the papers list, not on the first field: the platform would put it in the reviewer box with its text
     * selected, which reads as if something were about to be replaced.
     */
    @Override
    public void setFocus() {
        if (papers != null && !papers.getTable().isDisposed()) {
            papers.getTable().setFocus();
        } else {
            super.setFocus();
        }
    }

    private static Composite column(FormToolkit toolkit, Composite parent, int widthHint) {
        Composite c = toolkit.createComposite(parent);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        c.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = widthHint;
        c.setLayoutData(data);
        return c;
    }

    private void createReviewSection(FormToolkit toolkit, Composite parent) {
        Composite c = section(toolkit, parent, Messages.ReviewForm_review, Messages.ReviewForm_reviewAbout, false);
        toolkit.createLabel(c, Messages.ReviewForm_file);
        location = toolkit.createLabel(c, "");
        location.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        toolkit.createLabel(c, Messages.ReviewForm_reviewer);
        reviewer = new Combo(c, SWT.DROP_DOWN);
        reviewer.setToolTipText(Messages.ReviewForm_reviewerTip);
        GridData reviewerData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        reviewerData.widthHint = 100;
        reviewer.setLayoutData(reviewerData);
        for (Reviewer r : editor.reviewers()) {
            reviewer.add(r.getId());
        }
        watch(reviewer);
        // only a reviewer the user typed or picked is set: a combo still showing an older value never puts it back
        reviewer.addListener(SWT.Selection, e -> commitReviewer());
        reviewer.addListener(SWT.DefaultSelection, e -> commitReviewer());
        reviewer.addListener(SWT.FocusOut, e -> commitReviewer());
        toolkit.createLabel(c, Messages.ReviewForm_status);
        status = new Combo(c, SWT.READ_ONLY);
        for (ReviewStatus s : ReviewStatus.VALUES) {
            status.add(s.getLiteral());
        }
        status.addListener(SWT.Selection, e -> set(review(), Literals.REVIEW__STATUS, ReviewStatus.get(status.getText())));
        tags = FormWidgets.field(toolkit, c, Messages.ReviewForm_tags, Messages.ReviewForm_tagsTip);
        commit(tags, v -> set(review(), Literals.REVIEW__TAGS, FormWidgets.split(v)));
    }

    private void createPapersSection(FormToolkit toolkit, Composite parent) {
        Composite c = section(toolkit, parent, Messages.ReviewForm_papers, Messages.ReviewForm_papersAbout,
                true);
        Table table = toolkit.createTable(c, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 80;
        data.widthHint = 100;
        table.setLayoutData(data);
        papers = new TableViewer(table);
        papers.setContentProvider(ArrayContentProvider.getInstance());
        papers.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                Paper p = (Paper) element;
                return p.getTitle() == null || p.getTitle().isBlank() ? Messages.ReviewForm_untitled : p.getTitle();
            }
        });
        papers.addSelectionChangedListener(e -> showPaper((Paper) e.getStructuredSelection().getFirstElement()));
        Composite buttons = FormWidgets.buttons(toolkit, c);
        FormWidgets.button(toolkit, buttons, Messages.Form_add, () -> {
            Paper p = RfyFactory.eINSTANCE.createPaper();
            p.setTitle(Messages.ReviewForm_newPaper);
            run(AddCommand.create(editor.domain(), review(), Literals.REVIEW__PAPERS, p));
            papers.setSelection(new StructuredSelection(p));
        });
        FormWidgets.button(toolkit, buttons, Messages.Form_remove, () -> {
            if (paper != null) {
                run(RemoveCommand.create(editor.domain(), review(), Literals.REVIEW__PAPERS, paper));
            }
        });
        FormWidgets.button(toolkit, buttons, Messages.Form_up, () -> movePaper(-1));
        FormWidgets.button(toolkit, buttons, Messages.Form_down, () -> movePaper(1));
    }

    private void createPaperSection(FormToolkit toolkit, Composite parent) {
        Composite c = section(toolkit, parent, Messages.ReviewForm_paper, Messages.ReviewForm_paperAbout, true);
        paperSection = (Section) c.getParent();
        title = FormWidgets.field(toolkit, c, Messages.ReviewForm_title, Messages.ReviewForm_titleTip);
        commit(title, v -> set(paper, Literals.PAPER__TITLE, v.isBlank() ? null : v));
        authors = FormWidgets.field(toolkit, c, Messages.ReviewForm_authors, Messages.ReviewForm_authorsTip);
        commit(authors, v -> set(paper, Literals.PAPER__AUTHORS, FormWidgets.split(v)));
        affiliations = FormWidgets.field(toolkit, c, Messages.ReviewForm_affiliations, Messages.ReviewForm_affiliationsTip);
        commit(affiliations, v -> set(paper, Literals.PAPER__AFFILIATIONS, FormWidgets.split(v)));
        year = FormWidgets.field(toolkit, c, Messages.ReviewForm_year, Messages.ReviewForm_yearTip);
        commit(year, v -> {
            if (v.isBlank()) {
                set(paper, Literals.PAPER__YEAR, null);
            } else if (v.strip().matches("\\d{4}")) {
                set(paper, Literals.PAPER__YEAR, Integer.valueOf(v.strip()));
                form.setMessage(null, IMessageProvider.NONE);
            } else {
                form.setMessage(NLS.bind(Messages.ReviewForm_badYear, v), IMessageProvider.ERROR);
            }
        });
        arxiv = FormWidgets.field(toolkit, c, "arXiv:", Messages.ReviewForm_arxivTip);
        commit(arxiv, v -> set(paper, Literals.PAPER__ARXIV, v.isBlank() ? null : v.strip()));
        doi = FormWidgets.field(toolkit, c, "DOI:", Messages.ReviewForm_doiTip);
        commit(doi, v -> set(paper, Literals.PAPER__DOI, v.isBlank() ? null : v.strip()));

        Label linksLabel = toolkit.createLabel(c, Messages.ReviewForm_links);
        linksLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Composite linksArea = toolkit.createComposite(c);
        GridLayout linksLayout = new GridLayout(2, false);
        linksLayout.marginWidth = 0;
        linksLayout.marginHeight = 0;
        linksArea.setLayout(linksLayout);
        linksArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Table table = toolkit.createTable(linksArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 120;
        data.widthHint = 200;
        table.setLayoutData(data);
        links = new TableViewer(table);
        links.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.ReviewForm_label, 120, Literals.LINK__LABEL);
        column("URL", 230, Literals.LINK__URL);
        kindColumn();
        Composite buttons = FormWidgets.buttons(toolkit, linksArea);
        FormWidgets.button(toolkit, buttons, Messages.Form_add, () -> {
            if (paper == null) {
                return;
            }
            Link link = RfyFactory.eINSTANCE.createLink();
            link.setLabel("Оригинал статьи");
            link.setUrl("https://");
            run(AddCommand.create(editor.domain(), paper, Literals.PAPER__LINKS, link));
            links.editElement(link, 1);
        });
        FormWidgets.button(toolkit, buttons, Messages.Form_remove, () -> {
            Object link = links.getStructuredSelection().getFirstElement();
            if (link != null) {
                run(RemoveCommand.create(editor.domain(), paper, Literals.PAPER__LINKS, link));
            }
        });
        FormWidgets.button(toolkit, buttons, Messages.Form_up, () -> moveLink(-1));
        FormWidgets.button(toolkit, buttons, Messages.Form_down, () -> moveLink(1));
    }

    private void column(String name, int width, EStructuralFeature feature) {
        FormWidgets.textColumn(links, name, width, feature,
                (link, text) -> set(link, feature, text.isBlank() ? null : text.strip()));
    }

    private static final String INFERRED = Messages.ReviewForm_inferred;

    private void kindColumn() {
        TableViewerColumn column = new TableViewerColumn(links, SWT.NONE);
        column.getColumn().setText(Messages.ReviewForm_kind);
        column.getColumn().setWidth(90);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Link l = (Link) element;
                return l.isSetKind() ? l.getKind().getLiteral() : l.getEffectiveKind().getLiteral() + " " + INFERRED;
            }
        });
        column.setEditingSupport(new EditingSupport(links) {
            @Override
            protected org.eclipse.jface.viewers.CellEditor getCellEditor(Object element) {
                ComboBoxViewerCellEditor combo = new ComboBoxViewerCellEditor(links.getTable(), SWT.READ_ONLY);
                combo.setContentProvider(ArrayContentProvider.getInstance());
                combo.setLabelProvider(new LabelProvider());
                List<String> values = new ArrayList<>(List.of(INFERRED));
                LinkKind.VALUES.forEach(k -> values.add(k.getLiteral()));
                combo.setInput(values);
                return combo;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                Link l = (Link) element;
                return l.isSetKind() ? l.getKind().getLiteral() : INFERRED;
            }

            @Override
            protected void setValue(Object element, Object value) {
                if (value == null) {
                    return;
                }
                Object kind = INFERRED.equals(value) ? SetCommand.UNSET_VALUE : LinkKind.get(value.toString());
                if (!Objects.equals(getValue(element), value)) {
                    run(SetCommand.create(editor.domain(), element, Literals.LINK__KIND, kind));
                }
            }
        });
    }

    /** Carries what is typed in the focused field into the model (Ctrl+S does not move the focus out first). */
    void commitPending() {
        if (form == null || review() == null) {
            return;
        }
        commitFields();
        commitReviewer();
    }

    private void commitReviewer() {
        if (!reviewer.isDisposed() && FormWidgets.edited(reviewer)) {
            String id = reviewer.getText();
            FormWidgets.committed(reviewer);
            setReviewer(id);
        }
    }

    private Review review() {
        return editor.review();
    }

    private void setReviewer(String id) {
        Review r = review();
        if (r == null || id == null || id.isBlank() || id.equals(Ids.of(r, Literals.REVIEW__REVIEWER))) {
            return;
        }
        Reviewer target = editor.reviewers().stream().filter(x -> id.equals(x.getId())).findFirst().orElseGet(() -> {
            Reviewer unknown = RfyFactory.eINSTANCE.createReviewer();
            unknown.setId(id.strip());
            return unknown;
        });
        run(SetCommand.create(editor.domain(), r, Literals.REVIEW__REVIEWER, target));
    }

    private void set(EObject owner, EStructuralFeature feature, Object value) {
        if (owner == null) {
            return;
        }
        Object current = owner.eGet(feature);
        if (Objects.equals(current, value) || feature.isMany() && current instanceof List<?> l && l.equals(value)) {
            return;
        }
        run(SetCommand.create(editor.domain(), owner, feature, value));
    }

    private void movePaper(int delta) {
        if (paper == null) {
            return;
        }
        int to = review().getPapers().indexOf(paper) + delta;
        if (to >= 0 && to < review().getPapers().size()) {
            run(MoveCommand.create(editor.domain(), review(), Literals.REVIEW__PAPERS, paper, to));
        }
    }

    private void moveLink(int delta) {
        Object link = links.getStructuredSelection().getFirstElement();
        if (paper == null || link == null) {
            return;
        }
        int to = paper.getLinks().indexOf(link) + delta;
        if (to >= 0 && to < paper.getLinks().size()) {
            run(MoveCommand.create(editor.domain(), paper, Literals.PAPER__LINKS, link, to));
        }
    }

    @Override
    void modelReplaced() {
        if (form == null || form.isDisposed()) {
            return;
        }
        Review r = review();
        paper = null;
        boolean readable = r != null && editor.resource().isWritable();
        setEnabled(form.getBody(), readable);
        if (!readable) {
            form.setMessage(NLS.bind(Messages.ReviewForm_unreadable, editor.readProblems().isEmpty() ? ""
                    : editor.readProblems().get(0)), IMessageProvider.ERROR);
        } else {
            form.setMessage(null, IMessageProvider.NONE);
        }
        papers.setInput(r == null ? List.of() : r.getPapers());
        if (r != null && !r.getPapers().isEmpty()) {
            papers.setSelection(new StructuredSelection(r.getPapers().get(0)));
        } else {
            showPaper(null);
        }
        replacing = true;
        try {
            modelChanged();
        } finally {
            replacing = false;
        }
    }

    /** While the model is replaced: every field shows the new model, typed or not. */
    private boolean replacing;

    private static void setEnabled(Control control, boolean enabled) {
        if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                setEnabled(child, enabled);
            }
        }
        if (control instanceof Text || control instanceof Combo || control instanceof Table
                || control instanceof org.eclipse.swt.widgets.Button) {
            control.setEnabled(enabled);
        }
    }

    /** A command ran, was undone or redone: show the model's values (leaving the field being typed in alone). */
    void modelChanged() {
        if (form == null || form.isDisposed()) {
            return;
        }
        Review r = review();
        if (r == null) {
            return;
        }
        form.setText(headline(r));
        location.setText(editor.file().getProjectRelativePath().toString());
        String reviewerId = Ids.of(r, Literals.REVIEW__REVIEWER);
        if (replacing || !FormWidgets.edited(reviewer)) {
            FormWidgets.setText(reviewer, reviewerId);
        }
        status.setText(r.getStatus() == null ? "" : r.getStatus().getLiteral());
        show(tags, FormWidgets.join(r.getTags()), replacing);
        papers.refresh();
        if (paper != null && !r.getPapers().contains(paper)) {
            papers.setSelection(r.getPapers().isEmpty() ? StructuredSelection.EMPTY
                    : new StructuredSelection(r.getPapers().get(0)));
        }
        showPaper(paper);
        form.reflow(true);
    }

    private static String headline(Review r) {
        List<String> names = r.getPapers().stream().map(p -> p.getShortName() == null ? "?" : p.getShortName()).toList();
        return (names.isEmpty() ? r.getId() : String.join("; ", names)) + (r.getPeriod() == null ? "" : "  ·  "
                + r.getPeriod()) + (r.getStatus() == null ? "" : "  ·  " + r.getStatus().getLiteral());
    }

    private void showPaper(Paper p) {
        // another paper (or a new model): what was typed belonged to the one shown before
        boolean other = p != paper || replacing;
        paper = p;
        boolean has = p != null;
        for (Text t : new Text[] {title, authors, affiliations, year, arxiv, doi}) {
            t.setEnabled(has && editor.resource().isWritable());
        }
        paperSection.setText(has ? NLS.bind(Messages.ReviewForm_paperOf, review().getPapers().indexOf(p) + 1,
                review().getPapers().size()) : Messages.ReviewForm_paper);
        if (!has) {
            for (Text t : new Text[] {title, authors, affiliations, year, arxiv, doi}) {
                FormWidgets.setText(t, "");
            }
            links.setInput(List.of());
            return;
        }
        show(title, p.getTitle(), other);
        show(authors, FormWidgets.join(p.getAuthors()), other);
        show(affiliations, FormWidgets.join(p.getAffiliations()), other);
        show(year, p.getYear() == null ? "" : p.getYear().toString(), other);
        show(arxiv, p.getArxiv(), other);
        show(doi, p.getDoi(), other);
        if (links.getInput() != p.getLinks()) {
            links.setInput(p.getLinks());
        } else {
            links.refresh();
        }
    }

    // for tests: the widgets a user types into
    public Text titleField() {
        return title;
    }

    public Text yearField() {
        return year;
    }

    public Combo reviewerCombo() {
        return reviewer;
    }

    public TableViewer linksViewer() {
        return links;
    }

    public ScrolledForm scrolledForm() {
        return form;
    }
}
