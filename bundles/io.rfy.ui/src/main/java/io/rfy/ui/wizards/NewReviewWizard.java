package io.rfy.ui.wizards;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;

import io.rfy.ids.ArxivId;
import io.rfy.ide.MetadataServices;
import io.rfy.metadata.NewReview;
import io.rfy.metadata.PaperFill;
import io.rfy.metadata.PaperIdentifier;
import io.rfy.metadata.PaperRecord;
import io.rfy.model.Link;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.ReviewStatus;
import io.rfy.model.Reviewer;
import io.rfy.model.RfyFactory;
import io.rfy.store.ReviewResource;
import io.rfy.store.WorkspaceLayout;
import io.rfy.ui.editor.WorkspaceIds;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * New Review: writes reviews/<period>/<id>.md through the store (a draft with one paper) and opens it. Given an
 * identifier (an arXiv id or URL, a DOI, an OpenReview URL) in the first field, Finish asks the lookup
 * {@code rfy new review --from} uses, in the wizard's container with its progress bar and Cancel button, and the
 * record fills the fields left empty; what was typed stays.
 */
public final class NewReviewWizard extends RfyWizard implements INewWizard {

    private Page page;
    private IFile created;

    public NewReviewWizard() {
        super(Messages.NewReview_title);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.project();
        String id = page.id.getText().strip();
        String period = page.period.getText().strip();
        PaperRecord record = null;
        java.util.Optional<PaperIdentifier> from = page.fromId();
        if (from.isPresent()) {
            java.nio.file.Path root = WorkspaceIds.root(project);
            java.util.Optional<PaperRecord> found = inContainer(page, "Asking " + from.get().service() + " for "
                    + from.get(), 1, "Nothing was written", progress -> MetadataServices.lookup(root, from.get(), progress));
            if (found.isEmpty()) {
                return false;
            }
            record = found.get();
            if (id.isEmpty()) {
                id = NewReview.idFor(List.of(record));
                if (WorkspaceIds.reviewIds(project).contains(id)) {
                    page.setErrorMessage("A review '" + id + "' exists already; enter another id. Nothing was written.");
                    return false;
                }
            }
        }
        try {
            created = saveNew(project, WorkspaceLayout.reviewPath(period, id), ReviewResource::new,
                    review(id, period, record));
        } catch (IOException | CoreException e) {
            page.setErrorMessage(NLS.bind(Messages.NewBatch_notCreated, e.getMessage()));
            return false;
        }
        open(created);
        return true;
    }

    /**
     * The review the page describes: a draft of one paper with its title, authors, year and a link to the paper
     * (arXiv id, DOI or URL), the reviewer and the body typed, so the file is valid as written.
     */
    private Review review(String id, String period, PaperRecord record) {
        RfyFactory f = RfyFactory.eINSTANCE;
        Review review = f.createReview();
        review.setId(id);
        review.setPeriod(period);
        review.setStatus(ReviewStatus.DRAFT);
        Reviewer reviewer = f.createReviewer();
        reviewer.setId(page.reviewer.getText().strip());
        review.setReviewer(reviewer);
        Paper paper = f.createPaper();
        if (!page.title.getText().isBlank()) {
            paper.setTitle(page.title.getText().strip());
        }
        paper.getAuthors().addAll(Page.split(page.authors.getText()));
        if (!page.year.getText().isBlank() && (record == null || page.yearTyped)) {
            paper.setYear(Integer.valueOf(page.year.getText().strip()));
        }
        String link = page.arxiv.getText().strip();
        if (record != null && link.isEmpty()) {
            review.getPapers().add(paper);
            PaperFill.fill(paper, record); // the record's own links, with the rubric's labels
            review.setBody(page.body.getText().strip() + "\n");
            return review;
        }
        Link original = f.createLink();
        original.setLabel("Оригинал статьи");
        var arxivId = ArxivId.parse(link);
        var doi = io.rfy.ids.Doi.parse(link);
        if (arxivId.isPresent()) {
            paper.setArxiv(arxivId.get().id());
            original.setUrl("https://arxiv.org/abs/" + arxivId.get().id());
        } else if (doi.isPresent()) {
            paper.setDoi(doi.get().value());
            original.setUrl(doi.get().url());
        } else {
            original.setUrl(link);
        }
        paper.getLinks().add(original);
        review.getPapers().add(paper);
        if (record != null) {
            PaperFill.fill(paper, record); // only what was left empty
        }
        String body = page.body.getText().strip();
        review.setBody(body + "\n");
        return review;
    }

    /** The file the wizard wrote (after finishing). */
    public IFile created() {
        return created;
    }

    public Page page() {
        return page;
    }

    /**
     * The paper (title, authors, year, a link to it) and the review (reviewer, id, period, body). The id follows the
     * title (as rfy import names reviews) until the user types one.
     */
    public final class Page extends WizardPage {
        private ProjectChoice projects;
        public Combo projectCombo;
        public Text from;
        public Text title;
        public Text authors;
        public Text year;
        public Text arxiv;
        public Combo reviewer;
        public Text id;
        public Text period;
        public Text body;
        private boolean idTyped;
        private boolean settingId;
        private boolean yearTyped;

        Page() {
            super("review");
            setTitle(Messages.NewReview_title);
            setDescription(Messages.NewReview_description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            projects = new ProjectChoice(c, selection());
            projectCombo = projects.combo;
            from = WizardFields.text(c, "From identifier:", "",
                    "arXiv id or URL, DOI or OpenReview URL: Finish fills the paper from its record");
            title = WizardFields.text(c, Messages.NewReview_paperTitle, "", Messages.NewReview_paperTitleHint);
            authors = WizardFields.text(c, Messages.ReviewForm_authors, "", Messages.NewReview_authorsHint);
            year = WizardFields.text(c, Messages.ReviewForm_year, String.valueOf(YearMonth.now().getYear()), Messages.ReviewForm_yearTip);
            arxiv = WizardFields.text(c, Messages.NewReview_link, "", Messages.NewReview_linkHint);
            List<String> ids = projects.isEmpty() ? List.of() : WorkspaceIds.reviewers(project(), new ResourceSetImpl())
                    .stream().map(Reviewer::getId).filter(x -> x != null).sorted().toList();
            reviewer = WizardFields.combo(c, Messages.ReviewForm_reviewer, ids, SWT.DROP_DOWN);
            id = WizardFields.text(c, Messages.NewReview_id, "", Messages.NewReview_idHint);
            period = WizardFields.text(c, Messages.NewBatch_period, YearMonth.now().toString(), Messages.NewBatch_periodHint);
            new org.eclipse.swt.widgets.Label(c, SWT.NONE).setText(Messages.NewReview_review);
            body = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
            body.setMessage(Messages.NewReview_reviewHint);
            org.eclipse.swt.layout.GridData bodyData = new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true);
            bodyData.heightHint = 110;
            bodyData.widthHint = 300;
            body.setLayoutData(bodyData);
            title.addModifyListener(e -> {
                if (!idTyped) {
                    settingId = true;
                    id.setText(derivedId());
                    settingId = false;
                }
            });
            id.addModifyListener(e -> {
                if (!settingId) {
                    idTyped = !id.getText().isBlank();
                }
            });
            year.addModifyListener(e -> yearTyped = true);
            from.addModifyListener(e -> {
                if (fromId().isPresent() && !yearTyped && !year.getText().isEmpty()) {
                    year.setText(""); // the record's year, not this year's, unless one is typed
                    yearTyped = false;
                }
            });
            for (Text t : new Text[] {from, title, authors, year, arxiv, id, period, body}) {
                t.addModifyListener(e -> validate());
            }
            reviewer.addModifyListener(e -> validate());
            projectCombo.addModifyListener(e -> validate());
            setControl(c);
            validate();
            setErrorMessage(null); // no complaints before the user typed anything
        }

        /** The id rfy import would give a review of this paper (its short name as a slug). */
        private String derivedId() {
            if (title.getText().isBlank()) {
                return "";
            }
            Paper p = RfyFactory.eINSTANCE.createPaper();
            p.setTitle(title.getText().strip());
            return io.rfy.habr.ReviewIds.of(p);
        }

        IProject project() {
            return projects.project();
        }

        /** The identifier typed in the first field, if it is one. */
        java.util.Optional<PaperIdentifier> fromId() {
            return PaperIdentifier.parse(from.getText().strip());
        }

        static List<String> split(String text) {
            return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        }

        void validate() {
            String error = null;
            String i = id.getText().strip();
            String link = arxiv.getText().strip();
            // with an identifier, the record fills what is left empty: only what was typed is checked
            boolean fetch = fromId().isPresent();
            boolean yearLeft = fetch && (!yearTyped || year.getText().isBlank());
            if (projects.isEmpty()) {
                error = ProjectChoice.NONE;
            } else if (!from.getText().isBlank() && !fetch) {
                error = "'" + from.getText().strip() + "' is not an arXiv id or URL, a DOI or an OpenReview URL.";
            } else if (!fetch && title.getText().isBlank()) {
                error = Messages.NewReview_noTitle;
            } else if (!fetch && split(authors.getText()).isEmpty()) {
                error = Messages.NewReview_noAuthors;
            } else if (!yearLeft && !year.getText().strip().matches("(19|20)\\d\\d")) {
                error = Messages.NewReview_badYear;
            } else if (!fetch && link.isEmpty()) {
                error = Messages.NewReview_noLink;
            } else if (!link.isEmpty() && ArxivId.parse(link).isEmpty() && io.rfy.ids.Doi.parse(link).isEmpty()
                    && !link.matches("https?://\\S+\\.\\S+")) {
                error = NLS.bind(Messages.NewReview_badLink, link);
            } else if (reviewer.getText().isBlank()) {
                error = Messages.NewReview_noReviewer;
            } else if (!(fetch && i.isEmpty()) && !ReviewResource.ID.matcher(i).matches()) {
                error = i.isEmpty() ? Messages.NewReview_noId : Messages.NewReview_badId;
            } else if (WorkspaceIds.reviewIds(project()).contains(i)) {
                error = NLS.bind(Messages.NewReview_exists, i);
            } else if (!ReviewResource.PERIOD.matcher(period.getText().strip()).matches()) {
                error = Messages.NewBatch_badPeriod;
            } else if (body.getText().isBlank()) {
                error = Messages.NewReview_noBody;
            }
            setErrorMessage(error);
            setPageComplete(error == null);
        }
    }
}
