package io.rfy.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;

import io.rfy.chat.PeriodBatch;
import io.rfy.habr.Rubric;
import io.rfy.model.Batch;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.RfyFactory;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.BatchResource;
import io.rfy.ide.WorkspaceModels;
import io.rfy.store.WorkspaceLayout;
import io.rfy.ui.editor.WorkspaceIds;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** New Batch: batches/<period>-part-<n>.md with the rubric's title and the period's reviews not yet in a batch. */
public final class NewBatchWizard extends RfyWizard implements INewWizard {

    private Page page;
    private IFile created;

    public NewBatchWizard() {
        super(Messages.NewBatch_title);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** The rubric's title for a period and part: «Читаем статьи за вас. Май 2020. Часть 1». */
    public static String title(String period, int part) {
        return Rubric.title(period, part);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.project();
        String period = page.period.getText().strip();
        int part = Integer.parseInt(page.part.getText().strip());
        String path = WorkspaceLayout.batchPath(WorkspaceLayout.batchId(period, part));
        String title = page.title.getText().strip();
        Set<String> chosen = new HashSet<>();
        for (Object r : page.reviews.getCheckedElements()) {
            chosen.add(((Review) r).getId());
        }
        try {
            if (chosen.isEmpty()) {
                // PeriodBatch makes batches of reviews only: an empty one (to fill in the batch editor) is made here
                Batch batch = RfyFactory.eINSTANCE.createBatch();
                batch.setTitle(title);
                batch.setPeriod(period);
                batch.setPart(part);
                batch.getHubs().addAll(PeriodBatch.HUBS);
                batch.getTags().addAll(PeriodBatch.TAGS);
                batch.setIntro(PeriodBatch.INTRO);
                created = saveNew(project, path, BatchResource::new, batch);
            } else {
                // the same batch as rfy new batch: the period's free reviews in the order they were posted, less
                // the ones unchecked, written as a new file (never over one)
                WorkspaceModels.get().write(project, List.of(path), null, ws -> {
                    PeriodBatch.Made made = PeriodBatch.make(ws, period, part);
                    made.batch().getReviews().removeIf(r -> !chosen.contains(r.getId()));
                    made.batch().setTitle(title);
                    return PeriodBatch.write(ws, made);
                });
                created = project.getFile(path);
                created.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
            }
        } catch (IOException | CoreException | IllegalArgumentException e) {
            page.setErrorMessage(NLS.bind(Messages.NewBatch_notCreated, e.getMessage()));
            return false;
        }
        open(created);
        return true;
    }

    public IFile created() {
        return created;
    }

    public Page page() {
        return page;
    }

    /** Project, period, part, title and the reviews to include. */
    public final class Page extends WizardPage {
        private ProjectChoice projects;
        /** Whether the project's workspace model could be read (its reviews and batches are read on each change). */
        private boolean readable;
        public Combo projectCombo;
        public Text period;
        public Text part;
        public Text title;
        public CheckboxTableViewer reviews;

        Page() {
            super("batch");
            setTitle(Messages.NewBatch_title);
            setDescription(Messages.NewBatch_description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            projects = new ProjectChoice(c, selection());
            projectCombo = projects.combo;
            period = WizardFields.text(c, Messages.NewBatch_period, "", Messages.NewBatch_periodHint);
            part = WizardFields.text(c, Messages.NewBatch_part, "1", "1, 2, ...");
            title = WizardFields.text(c, Messages.NewBatch_batchTitle, "", "");
            Label l = new Label(c, SWT.NONE);
            l.setText(Messages.NewBatch_reviews);
            l.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            reviews = CheckboxTableViewer.newCheckList(c, SWT.BORDER);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.heightHint = 160;
            data.widthHint = 420;
            reviews.getTable().setLayoutData(data);
            reviews.setContentProvider(ArrayContentProvider.getInstance());
            reviews.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    Review r = (Review) element;
                    return r.getId() + "  —  " + String.join("; ", r.getPapers().stream().map(Paper::getShortName)
                            .filter(s -> s != null).toList()) + "  (" + (r.getStatus() == null ? "?" : r.getStatus()) + ")";
                }
            });
            projectCombo.addModifyListener(e -> loadWorkspace());
            period.addModifyListener(e -> periodChanged());
            part.addModifyListener(e -> {
                updateTitle();
                validate();
            });
            title.addModifyListener(e -> validate());
            setControl(c);
            loadWorkspace();
        }

        IProject project() {
            return projects.project();
        }

        private void loadWorkspace() {
            if (projects.isEmpty()) {
                validate();
                return;
            }
            String latest;
            try {
                // default: the latest period that has reviews
                latest = WorkspaceModels.get().read(project(), null, ws -> ws.reviews().stream().map(Review::getPeriod)
                        .filter(p -> p != null).max(String::compareTo).orElse(YearMonth.now().toString()));
            } catch (IOException e) {
                readable = false;
                setErrorMessage(e.getMessage());
                return;
            }
            readable = true;
            period.setText(latest);
        }

        private void periodChanged() {
            String p = period.getText().strip();
            Candidates found = readable && WorkspaceLayout.isPeriod(p) ? candidates(p) : null;
            if (found != null) {
                // the reviews stay in the list after the read: a reload replaces a changed file's objects, it never
                // changes the old ones, so their ids and titles can still be shown and saved into the new batch
                reviews.setInput(found.reviews());
                reviews.setAllChecked(true);
                part.setText(Integer.toString(found.parts() + 1));
            } else {
                reviews.setInput(List.of());
            }
            updateTitle();
            validate();
        }

        private record Candidates(List<Review> reviews, int parts) {
        }

        /** The period's reviews in no batch yet, and the highest part of its batches; null if unreadable. */
        private Candidates candidates(String p) {
            try {
                return WorkspaceModels.get().read(project(), null, workspace -> {
                    Set<Review> batched = new HashSet<>();
                    int parts = 0;
                    for (Batch b : workspace.batches()) {
                        @SuppressWarnings("unchecked")
                        List<Review> listed = (List<Review>) b.eGet(Literals.BATCH__REVIEWS, false);
                        batched.addAll(listed);
                        if (p.equals(b.getPeriod()) && b.getPart() != null) {
                            parts = Math.max(parts, b.getPart());
                        }
                    }
                    if (workspace.reviews().stream().noneMatch(r -> p.equals(r.getPeriod()) && !batched.contains(r))) {
                        return new Candidates(List.of(), parts);
                    }
                    // listed as rfy new batch orders them: by the time they were posted
                    return new Candidates(PeriodBatch.make(workspace, p, parts + 1).reviews(), parts);
                });
            } catch (IOException | IllegalArgumentException e) {
                setErrorMessage(e.getMessage());
                return null;
            }
        }

        private void updateTitle() {
            String p = period.getText().strip();
            if (WorkspaceLayout.isPeriod(p) && part.getText().strip().matches("\\d{1,3}")) {
                title.setText(NewBatchWizard.title(p, Integer.parseInt(part.getText().strip())));
            }
        }

        void validate() {
            String error = null;
            String p = period.getText().strip();
            if (projects.isEmpty()) {
                error = ProjectChoice.NONE;
            } else if (!WorkspaceLayout.isPeriod(p)) {
                error = Messages.NewBatch_badPeriod;
            } else if (!WorkspaceLayout.isPart(part.getText().strip())) {
                error = Messages.NewBatch_badPart;
            } else if (Files.exists(WorkspaceIds.root(project()).resolve(WorkspaceLayout.batchPath(
                    WorkspaceLayout.batchId(p, Integer.parseInt(part.getText().strip())))))) {
                error = NLS.bind(Messages.NewBatch_exists, part.getText().strip(), p);
            } else if (title.getText().isBlank()) {
                error = Messages.NewBatch_noTitle;
            }
            setErrorMessage(error);
            setPageComplete(error == null);
        }
    }
}
