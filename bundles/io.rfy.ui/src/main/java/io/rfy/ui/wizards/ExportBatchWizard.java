package io.rfy.ui.wizards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;

import io.rfy.habr.HabrExport;
import io.rfy.habr.HabrExport.Result;
import io.rfy.model.Batch;
import io.rfy.store.AtomicFile;
import io.rfy.ide.WorkspaceModels;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.StoreProblem.Severity;
import io.rfy.store.WorkspaceLayout;
import io.rfy.ui.editor.WorkspaceIds;
import io.rfy.ui.internal.Messages;

/**
 * Export batch for Habr: a batch in the rubric's layout, as HTML for Habr's classic editor or as Markdown, written
 * by io.rfy.habr's writers exactly as {@code rfy export} writes it. Next exports into memory and shows the writer's
 * warnings and the text; Finish saves it (atomically) to the output file.
 */
public final class ExportBatchWizard extends RfyWizard implements IExportWizard {

    /** The two formats as the wizard offers them; the writing is {@link HabrExport}'s, as in {@code rfy export}. */
    public enum Format {
        HTML(HabrExport.Format.HTML, Messages.ExportBatch_formatHtml),
        MARKDOWN(HabrExport.Format.MARKDOWN, Messages.ExportBatch_formatMarkdown);

        public final HabrExport.Format habr;
        public final String cliName;
        final String extension;
        final String label;

        Format(HabrExport.Format habr, String label) {
            this.habr = habr;
            this.cliName = habr.cliName;
            this.extension = habr.extension;
            this.label = label;
        }
    }

    private OptionsPage options;
    private ResultPage resultPage;
    private Result result;
    private Path output;

    public ExportBatchWizard() {
        super(Messages.ExportBatch_title);
        setDefaultPageImageDescriptor(WizardImages.descriptor("icons/wizban/export-habr.png"));
    }

    @Override
    public void addPages() {
        options = new OptionsPage();
        resultPage = new ResultPage();
        addPage(options);
        addPage(resultPage);
    }

    /** The batch written as {@code rfy export} writes it. */
    public static Result export(Batch batch, Format format) {
        return HabrExport.write(batch, format.habr);
    }

    @Override
    public boolean canFinish() {
        // as rfy export: a post with a part that could not be exported is not written
        return getContainer().getCurrentPage() == resultPage && result != null && result.errors().isEmpty();
    }

    @Override
    public boolean performFinish() {
        Path target = options.file.path().toAbsolutePath().normalize();
        byte[] bytes = result.text().getBytes(StandardCharsets.UTF_8);
        Path workspace = WorkspaceIds.root(options.projects.project()); // widgets: on the UI thread
        boolean saved = inContainer(resultPage, NLS.bind(Messages.ExportBatch_writing, target.getFileName()), 2,
                Messages.ExportBatch_notWritten, progress -> {
            String refusal = HabrExport.refusal(target, workspace);
            if (refusal != null) {
                throw new java.io.IOException(refusal);
            }
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            AtomicFile.write(target, bytes);
            progress.worked(1);
            // the file may be inside a project (the default is <ws>/exports/): let the workbench see it
            for (IContainer c : ResourcesPlugin.getWorkspace().getRoot()
                    .findContainersForLocationURI(target.getParent().toUri())) {
                c.refreshLocal(IResource.DEPTH_ONE, null);
            }
            return Boolean.TRUE;
        }).isPresent();
        if (!saved) {
            return false;
        }
        output = target;
        String size = String.format(Locale.ROOT, "%,d", bytes.length);
        WizardReport.tell.accept(Messages.ExportBatch_title, result.warnings().isEmpty()
                ? NLS.bind(Messages.ExportBatch_wrote, target, size)
                : NLS.bind(Messages.ExportBatch_wroteWarnings, new Object[] {target, size, result.warnings().size()}));
        return true;
    }

    /** Exports the chosen batch into memory, in the container (loading the workspace can take a while). */
    boolean run() {
        IProject project = options.projects.project();
        Path root = WorkspaceIds.root(project);
        String batchName = options.batch.getText();
        Path batchFile = root.resolve(RfyWorkspace.BATCHES).resolve(batchName);
        Format format = options.format();
        Optional<Result> exported = inContainer(options, NLS.bind(Messages.ExportBatch_exporting, batchFile.getFileName()), 3, null,
                progress -> WorkspaceModels.get().read(project, List.of(RfyWorkspace.BATCHES + "/" + batchName),
                        progress.split(2), ws -> {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Batch batch = WorkspaceLayout.batchAt(ws, batchFile).orElse(null);
            if (batch != null) {
                // its reviews as they are on disk now too
                List<Path> reviews = new ArrayList<>();
                for (Object r : batch.getReviews()) {
                    if (r instanceof io.rfy.model.Review review && !review.eIsProxy() && review.eResource() != null) {
                        reviews.add(Path.of(ws.relative(review.eResource())));
                    }
                }
                ws.reload(reviews);
                batch = WorkspaceLayout.batchAt(ws, batchFile).orElse(null);
            }
            if (batch == null) {
                String why = ws.problems().stream().filter(p -> p.severity() == Severity.ERROR)
                        .filter(p -> batchFile.endsWith(Path.of(p.file()))).findFirst()
                        .map(p -> p.file() + ":" + p.getLine() + ": " + p.getMessage()).orElse(Messages.ExportBatch_notReadable);
                throw new IOException(NLS.bind(Messages.ExportBatch_couldNotRead,
                        RfyWorkspace.BATCHES + "/" + batchFile.getFileName(), why));
            }
            return export(batch, format);
        }));
        if (exported.isEmpty()) {
            return false;
        }
        result = exported.get();
        resultPage.show(result, format);
        return true;
    }

    public OptionsPage optionsPage() {
        return options;
    }

    public ResultPage resultPage() {
        return resultPage;
    }

    public Result result() {
        return result;
    }

    /** The file written (after Finish). */
    public Path output() {
        return output;
    }

    /** The workspace, the batch, the format and the output file. */
    public final class OptionsPage extends PreparingPage {
        ProjectChoice projects;
        public Combo batch;
        public Button html;
        public Button markdown;
        FileField file;
        /** Whether the user typed the output path; until then it follows the batch and the format. */
        private boolean fileEdited;
        private boolean settingFile;

        OptionsPage() {
            super("export");
            setTitle(Messages.ExportBatch_pageTitle);
            setDescription(Messages.ExportBatch_pageDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            projects = new ProjectChoice(c, selection());
            batch = WizardFields.combo(c, Messages.ExportBatch_batch, List.of(), SWT.READ_ONLY);
            new Label(c, SWT.NONE).setText(Messages.Wizard_format);
            Composite formats = new Composite(c, SWT.NONE);
            formats.setLayout(new GridLayout(1, false));
            html = new Button(formats, SWT.RADIO);
            html.setText(NLS.bind(Messages.ExportBatch_htmlHint, Format.HTML.label));
            html.setSelection(true);
            markdown = new Button(formats, SWT.RADIO);
            markdown.setText(Format.MARKDOWN.label);
            file = new FileField(c, Messages.ExportBatch_file, Messages.ExportBatch_fileHint, SWT.SAVE,
                    new String[] {"*.html;*.md;*.txt", "*.*"},
                    new String[] {Messages.ExportBatch_filterPosts, Messages.Wizard_allFiles});
            projects.combo.addModifyListener(e -> {
                listBatches();
                suggestFile();
            });
            batch.addModifyListener(e -> suggestFile());
            html.addListener(SWT.Selection, e -> suggestFile());
            markdown.addListener(SWT.Selection, e -> suggestFile());
            file.text.addModifyListener(e -> {
                if (!settingFile) {
                    fileEdited = true;
                }
                validate();
            });
            setControl(c);
            listBatches();
            preselectBatch();
            suggestFile();
            validate();
        }

        private void listBatches() {
            batch.removeAll();
            IProject project = projects.project();
            if (project == null) {
                return;
            }
            Path dir = WorkspaceIds.root(project).resolve(RfyWorkspace.BATCHES);
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(p -> WorkspaceLayout.kindOf(WorkspaceIds.root(project), p) == WorkspaceLayout.Kind.BATCH)
                            .map(p -> p.getFileName().toString())
                            .sorted(Comparator.comparing(WorkspaceLayout::idOf, WorkspaceLayout.PUBLICATION_ORDER))
                            .forEach(names::add);
                } catch (IOException e) {
                    // an unreadable folder lists no batches; validate() says there are none
                }
            }
            names.forEach(batch::add);
            // the newest batch (latest period, highest part) is the one about to be published
            WorkspaceLayout.newestBatchName(names).ifPresent(n -> batch.select(names.indexOf(n)));
        }

        /** Started on a batch file, or with a batch open in the active editor: that batch. */
        private void preselectBatch() {
            IResource chosen = WizardFields.selectedFile(selection());
            if (chosen != null && chosen.getProject().equals(projects.project())) {
                int i = batch.indexOf(chosen.getName());
                if (i >= 0) {
                    batch.select(i);
                }
            }
        }

        private void suggestFile() {
            IProject project = projects.project();
            if (fileEdited || project == null || batch.getText().isEmpty()) {
                validate();
                return;
            }
            String id = WorkspaceLayout.idOf(batch.getText());
            IPath suggested = project.getLocation().append("exports").append(id + "." + format().extension);
            settingFile = true;
            file.text.setText(suggested.toOSString());
            settingFile = false;
            validate();
        }

        Format format() {
            return markdown.getSelection() ? Format.MARKDOWN : Format.HTML;
        }

        /** The output path (typed by tests, or instead of browsing). */
        public void setFile(String path) {
            file.text.setText(path);
        }

        /** The workspace project chosen. */
        public org.eclipse.swt.widgets.Combo projectCombo() {
            return projects.combo;
        }

        public Text fileText() {
            return file.text;
        }

        void validate() {
            result = null;
            String error = null;
            Path out = file == null ? null : file.path();
            if (projects.isEmpty()) {
                error = ProjectChoice.NONE;
            } else if (batch.getItemCount() == 0) {
                error = Messages.ExportBatch_noBatch;
            } else if (out == null) {
                error = Messages.ExportBatch_noFile;
            } else if (Files.isDirectory(out)) {
                error = NLS.bind(Messages.ExportBatch_isFolder, out);
            } else if (out.getFileName().toString().endsWith(".md") && out.toAbsolutePath().normalize()
                    .startsWith(WorkspaceIds.root(projects.project()).resolve(RfyWorkspace.REVIEWS))) {
                error = Messages.ExportBatch_notIntoReviews;
            }
            setErrorMessage(error);
            setPageComplete(error == null);
            if (error == null && out != null && Files.exists(out)) {
                setMessage(NLS.bind(Messages.ExportBatch_replaced, out.getFileName()), WARNING);
            } else {
                setMessage(null);
            }
        }

        @Override
        boolean prepare() {
            return ExportBatchWizard.this.run();
        }
    }

    /** The writer's warnings (each naming its review) and the text that will be saved. */
    public final class ResultPage extends WizardPage {
        private Label summary;
        private Label target;
        public TableViewer warnings;
        public Text preview;

        ResultPage() {
            super("result");
            setTitle(Messages.ExportBatch_resultTitle);
            setDescription(Messages.ExportBatch_resultDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(1, false));
            summary = new Label(c, SWT.WRAP);
            summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            warnings = new TableViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
            GridData w = new GridData(SWT.FILL, SWT.FILL, true, true);
            w.heightHint = 110;
            warnings.getTable().setLayoutData(w);
            warnings.setContentProvider(ArrayContentProvider.getInstance());
            warnings.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public Image getImage(Object element) {
                    return ImportHabrWizard.severityImage(Severity.WARNING);
                }

                @Override
                public String getToolTipText(Object element) {
                    return element.toString();
                }
            });
            ColumnViewerToolTipSupport.enableFor(warnings);
            Composite row = new Composite(c, SWT.NONE);
            GridLayout rowLayout = new GridLayout(2, false);
            rowLayout.marginWidth = 0;
            rowLayout.marginHeight = 0;
            row.setLayout(rowLayout);
            row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            target = new Label(row, SWT.NONE);
            target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Button copy = new Button(row, SWT.PUSH);
            copy.setText(Messages.ExportBatch_copy);
            copy.setToolTipText(Messages.ExportBatch_copyTip);
            copy.addListener(SWT.Selection, e -> {
                Clipboard clipboard = new Clipboard(getShell().getDisplay());
                try {
                    clipboard.setContents(new Object[] {preview.getText()}, new Transfer[] {TextTransfer.getInstance()});
                } finally {
                    clipboard.dispose();
                }
            });
            preview = new Text(c, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
            GridData p = new GridData(SWT.FILL, SWT.FILL, true, true);
            p.heightHint = 150;
            preview.setLayoutData(p);
            setControl(c);
        }

        void show(Result r, Format format) {
            summary.setText(NLS.bind(Messages.ExportBatch_summary, new Object[] {format.label, r.text().length(),
                r.text().lines().count()}) + " " + (r.warnings().isEmpty() ? Messages.ExportBatch_noWarnings
                        : NLS.bind(Messages.ExportBatch_warnings, r.warnings().size())));
            java.util.List<String> lines = new java.util.ArrayList<>();
            r.errors().forEach(e -> lines.add(NLS.bind(Messages.ExportBatch_error, e)));
            lines.addAll(r.warnings());
            warnings.setInput(lines);
            warnings.getTable().deselectAll();
            setErrorMessage(r.errors().isEmpty() ? null : NLS.bind(Messages.ExportBatch_notExported, r.errors().size()));
            target.setText(NLS.bind(Messages.ExportBatch_target, options.file.path().getFileName()));
            preview.setText(r.text());
            summary.getParent().layout(true, true);
        }
    }
}
