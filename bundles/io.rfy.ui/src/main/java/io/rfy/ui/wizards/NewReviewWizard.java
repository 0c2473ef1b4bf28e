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
import io.rfy.model.Link;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.ReviewStatus;
import io.rfy.model.Reviewer;
import io.rfy.model.RfyFactory;
import io.rfy.store.ReviewResource;
import io.rfy.store.WorkspaceLayout;
import io.rfy.ui.editor.WorkspaceIds;

/** New Review: writes reviews/<period>/<id>.md through the store (a draft with one paper) and opens it. */
public final class NewReviewWizard extends RfyWizard implements INewWizard {

    private Page page;
    private IFile created;

    public NewReviewWizard() {
        super("New Review");
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
        try {
            created = saveNew(project, WorkspaceLayout.reviewPath(period, id), ReviewResource::new,
                    review(id, period));
        } catch (IOException | CoreException e) {
            page.setErrorMessage("Not created: " + e.getMessage());
            return false;
        }
        open(created);
        return true;
    }

    private Review review(String id, String period) {
        RfyFactory f = RfyFactory.eINSTANCE;
        Review review = f.createReview();
        review.setId(id);
        review.setPeriod(period);
        review.setStatus(ReviewStatus.DRAFT);
        Reviewer reviewer = f.createReviewer();
        reviewer.setId(page.reviewer.getText().strip());
        review.setReviewer(reviewer);
        Paper paper = f.createPaper();
        paper.setTitle(page.title.getText().strip());
        ArxivId.parse(page.arxiv.getText().strip()).ifPresent(a -> {
            paper.setArxiv(a.id());
            Link link = f.createLink();
            link.setLabel("Оригинал статьи");
            link.setUrl("https://arxiv.org/abs/" + a.id());
            paper.getLinks().add(link);
        });
        review.getPapers().add(paper);
        review.setBody("Текст обзора.\n");
        return review;
    }

    /** The file the wizard wrote (after finishing). */
    public IFile created() {
        return created;
    }

    public Page page() {
        return page;
    }

    /** Project, id, period, reviewer, paper title and (optional) arXiv id. */
    public final class Page extends WizardPage {
        private ProjectChoice projects;
        public Combo projectCombo;
        public Text id;
        public Text period;
        public Combo reviewer;
        public Text title;
        public Text arxiv;

        Page() {
            super("review");
            setTitle("New Review");
            setDescription("A review of one paper, as a draft: reviews/<yyyy-mm>/<id>.md");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            projects = new ProjectChoice(c, selection());
            projectCombo = projects.combo;
            id = WizardFields.text(c, "Id:", "", "lower-case words joined by '-', e.g. jukebox");
            period = WizardFields.text(c, "Period:", YearMonth.now().toString(), "yyyy-mm");
            List<String> ids = projects.isEmpty() ? List.of() : WorkspaceIds.reviewers(project(), new ResourceSetImpl())
                    .stream().map(Reviewer::getId).filter(x -> x != null).sorted().toList();
            reviewer = WizardFields.combo(c, "Reviewer:", ids, SWT.DROP_DOWN);
            title = WizardFields.text(c, "Paper title:", "", "e.g. Jukebox: A Generative Model for Music");
            arxiv = WizardFields.text(c, "arXiv id or URL:", "", "optional, e.g. 2005.00341");
            for (Text t : new Text[] {id, period, title, arxiv}) {
                t.addModifyListener(e -> validate());
            }
            reviewer.addModifyListener(e -> validate());
            projectCombo.addModifyListener(e -> validate());
            setControl(c);
            validate();
            setErrorMessage(null); // no complaints before the user typed anything
        }

        IProject project() {
            return projects.project();
        }

        void validate() {
            String error = null;
            String i = id.getText().strip();
            if (projects.isEmpty()) {
                error = ProjectChoice.NONE;
            } else if (!ReviewResource.ID.matcher(i).matches()) {
                error = i.isEmpty() ? "Enter the review id." : "The id must match [a-z0-9-]+.";
            } else if (WorkspaceIds.reviewIds(project()).contains(i)) {
                error = "A review '" + i + "' exists already.";
            } else if (!ReviewResource.PERIOD.matcher(period.getText().strip()).matches()) {
                error = "The period is yyyy-mm, e.g. 2020-05.";
            } else if (reviewer.getText().isBlank()) {
                error = "Choose the reviewer.";
            } else if (title.getText().isBlank()) {
                error = "Enter the paper's title.";
            } else if (!arxiv.getText().isBlank() && ArxivId.parse(arxiv.getText().strip()).isEmpty()) {
                error = "'" + arxiv.getText().strip() + "' is not an arXiv id or URL.";
            }
            setErrorMessage(error);
            setPageComplete(error == null);
        }
    }
}
