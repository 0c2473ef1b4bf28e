package io.rfy.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;

import io.rfy.chat.SlackCapture;
import io.rfy.chat.SlackExport;
import io.rfy.chat.SlackImport;
import io.rfy.model.Paper;
import io.rfy.ui.editor.WorkspaceIds;
import io.rfy.ui.internal.Messages;

/**
 * Import Slack export: one channel's reviews from a Slack workspace export (zip or folder) as draft reviews, through
 * io.rfy.chat ({@link SlackExport}, {@link SlackCapture}, {@link SlackImport}: all or nothing), as
 * {@code rfy import slack} does. The first page picks the export, the channel and the period; Next reads the channel
 * in the wizard's container and the second page lists the reviews that Finish writes and the messages skipped.
 */
public final class ImportSlackWizard extends RfyWizard implements IImportWizard {

    private SourcePage source;
    private PreviewPage preview;
    private SlackCapture.Result captured;
    private SlackImport.Outcome outcome;

    public ImportSlackWizard() {
        super(Messages.ImportSlack_title);
        setDefaultPageImageDescriptor(WizardImages.descriptor("icons/wizban/import-habr.png"));
    }

    @Override
    public void addPages() {
        source = new SourcePage();
        preview = new PreviewPage();
        addPage(source);
        addPage(preview);
    }

    @Override
    public boolean canFinish() {
        // only after the channel was read and the preview shown
        return getContainer().getCurrentPage() == preview && captured != null;
    }

    @Override
    public boolean performFinish() {
        IProject project = source.projects.project();
        Path into = WorkspaceIds.root(project);
        SlackCapture.Result capture = captured;
        Optional<SlackImport.Outcome> done = inContainer(preview, NLS.bind(Messages.Wizard_importing, project.getName()), 10,
                Messages.Wizard_nothingImported, progress -> {
                    // not cancellable in the middle: SlackImport moves its staged files in as one step
                    SlackImport.Outcome o = SlackImport.write(capture, into);
                    progress.worked(6);
                    project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(4));
                    return o;
                });
        if (done.isEmpty()) {
            return false;
        }
        outcome = done.get();
        return true;
    }

    /** Reads the channel in the wizard's container; on failure the first page says why and stays. */
    boolean read() {
        Path export = source.export.path();
        String channel = source.channel.getText();
        LocalDate from = source.date(source.from);
        LocalDate to = source.date(source.to);
        Optional<SlackCapture.Result> result = inContainer(source, NLS.bind(Messages.ImportSlack_reading, channel), 10, null, progress -> {
            try (SlackExport e = SlackExport.open(export)) {
                return SlackCapture.read(e, channel, from, to, progress.split(10));
            }
        });
        if (result.isEmpty()) {
            return false;
        }
        captured = result.get();
        preview.show(captured);
        return true;
    }

    public SourcePage sourcePage() {
        return source;
    }

    public PreviewPage previewPage() {
        return preview;
    }

    /** What was read (after Next). */
    public SlackCapture.Result captured() {
        return captured;
    }

    /** What the import wrote (after Finish). */
    public SlackImport.Outcome outcome() {
        return outcome;
    }

    /** The workspace, the export, its channel and the period. */
    public final class SourcePage extends PreparingPage {
        ProjectChoice projects;
        FileField export;
        public Combo channel;
        public Text from;
        public Text to;
        /** The export the channel list was read from, so typing elsewhere does not reopen it. */
        private Path listed;
        private String exportError;

        SourcePage() {
            super("source");
            setTitle(Messages.ImportSlack_pageTitle);
            setDescription(Messages.ImportSlack_pageDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            projects = new ProjectChoice(c, selection());
            export = new FileField(c, Messages.ImportSlack_export, Messages.ImportSlack_exportHint, SWT.OPEN,
                    new String[] {"*.zip", "*.*"}, new String[] {Messages.ImportSlack_filterExports, Messages.Wizard_allFiles});
            new Label(c, SWT.NONE);
            Button folder = new Button(c, SWT.PUSH);
            folder.setText(Messages.ImportSlack_folder);
            folder.addListener(SWT.Selection, e -> {
                String chosen = new DirectoryDialog(c.getShell()).open();
                if (chosen != null) {
                    export.text.setText(chosen);
                }
            });
            channel = WizardFields.combo(c, Messages.ImportSlack_channel, List.of(), SWT.READ_ONLY);
            from = WizardFields.text(c, Messages.ImportSlack_from, "", Messages.ImportSlack_dateHint);
            to = WizardFields.text(c, Messages.ImportSlack_to, "", Messages.ImportSlack_dateHint);
            Label hint = new Label(c, SWT.WRAP);
            hint.setText(Messages.ImportSlack_hint);
            GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
            hintData.widthHint = 420;
            hint.setLayoutData(hintData);
            export.text.addModifyListener(e -> {
                listChannels();
                validate();
            });
            channel.addModifyListener(e -> validate());
            from.addModifyListener(e -> validate());
            to.addModifyListener(e -> validate());
            projects.combo.addModifyListener(e -> validate());
            setControl(c);
            validate();
            setErrorMessage(null);
        }

        /** The export path field's text, for tests and for typing a path instead of browsing. */
        public void setExport(String path) {
            export.text.setText(path);
        }

        /** Fills the channel combo from the export's channels.json (small: read here, not in the container). */
        private void listChannels() {
            Path p = export.path();
            if (Objects.equals(p, listed)) {
                return;
            }
            listed = p;
            exportError = null;
            channel.removeAll();
            if (p == null || !Files.exists(p)) {
                return;
            }
            try (SlackExport e = SlackExport.open(p)) {
                e.channels().forEach(ch -> channel.add(ch.name()));
                if (channel.getItemCount() > 0) {
                    channel.select(0);
                } else {
                    exportError = NLS.bind(Messages.ImportSlack_noChannels, p.getFileName());
                }
            } catch (IOException | RuntimeException e) {
                exportError = e.getMessage() == null ? e.toString() : e.getMessage();
            }
        }

        /** The date typed, or null when empty or not a date (validate says which). */
        LocalDate date(Text field) {
            String s = field.getText().strip();
            try {
                return s.isEmpty() ? null : LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        private boolean isDate(Text field) {
            return field.getText().isBlank() || date(field) != null;
        }

        void validate() {
            captured = null;
            Path p = export.path();
            String error = null;
            if (projects.isEmpty()) {
                error = ProjectChoice.NONE;
            } else if (p == null) {
                error = Messages.ImportSlack_noExport;
            } else if (!Files.exists(p)) {
                error = NLS.bind(Messages.ImportSlack_missing, p);
            } else if (exportError != null) {
                error = exportError;
            } else if (channel.getText().isEmpty()) {
                error = Messages.ImportSlack_noChannel;
            } else if (!isDate(from)) {
                error = Messages.ImportSlack_badFrom;
            } else if (!isDate(to)) {
                error = Messages.ImportSlack_badTo;
            } else if (date(from) != null && date(to) != null && date(to).isBefore(date(from))) {
                error = Messages.ImportSlack_toBeforeFrom;
            }
            setErrorMessage(error);
            setPageComplete(error == null);
        }

        @Override
        boolean prepare() {
            return read();
        }
    }

    /** The reviews Finish writes and the messages skipped, with why. */
    public final class PreviewPage extends WizardPage {
        private Label summary;
        public TableViewer reviews;
        private Label skippedLabel;
        public TableViewer skipped;

        PreviewPage() {
            super("preview");
            setTitle(Messages.Wizard_willWrite);
            setDescription(Messages.ImportSlack_previewDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(1, false));
            summary = new Label(c, SWT.WRAP);
            summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            reviews = table(c, 150);
            this.<SlackCapture.Captured>column(reviews, Messages.ImportSlack_review, 170,
                    r -> r.review().getPeriod() + "/" + r.review().getId());
            this.<SlackCapture.Captured>column(reviews, Messages.ImportSlack_paperTitle, 360, r -> r.review().getPapers().stream()
                    .map(Paper::getTitle).filter(Objects::nonNull).collect(Collectors.joining("; ")));
            this.<SlackCapture.Captured>column(reviews, Messages.ImportSlack_reviewer, 200,
                    r -> r.reviewer() == null ? "" : r.reviewer().getName());
            skippedLabel = new Label(c, SWT.WRAP);
            skippedLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            skipped = table(c, 130);
            this.<SlackCapture.Skipped>column(skipped, Messages.ImportSlack_date, 90, SlackCapture.Skipped::date);
            this.<SlackCapture.Skipped>column(skipped, Messages.ImportSlack_author, 160, SlackCapture.Skipped::author);
            this.<SlackCapture.Skipped>column(skipped, Messages.ImportSlack_firstWords, 300, SlackCapture.Skipped::firstWords);
            this.<SlackCapture.Skipped>column(skipped, Messages.ImportSlack_why, 300, SlackCapture.Skipped::why);
            // the first words and reasons are long: the whole line shows on hover
            ColumnViewerToolTipSupport.enableFor(reviews);
            ColumnViewerToolTipSupport.enableFor(skipped);
            setControl(c);
        }

        private TableViewer table(Composite c, int height) {
            TableViewer t = new TableViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
            t.getTable().setHeaderVisible(true);
            t.getTable().setLinesVisible(true);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.heightHint = height;
            t.getTable().setLayoutData(data);
            t.setContentProvider(ArrayContentProvider.getInstance());
            return t;
        }

        private <T> void column(TableViewer table, String title, int width, Function<T, String> text) {
            TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
            column.getColumn().setText(title);
            column.getColumn().setWidth(width);
            column.setLabelProvider(new ColumnLabelProvider() {
                @SuppressWarnings("unchecked")
                @Override
                public String getText(Object element) {
                    String s = text.apply((T) element);
                    return s == null ? "" : s;
                }

                @Override
                public String getToolTipText(Object element) {
                    return element.toString();
                }
            });
        }

        void show(SlackCapture.Result read) {
            summary.setText(NLS.bind(Messages.ImportSlack_summary, new Object[] {read.channel().name(), read.messages(),
                read.dayFiles(), read.reviews().size()}));
            reviews.setInput(read.reviews());
            skippedLabel.setText(read.skipped().isEmpty() ? Messages.ImportSlack_noneSkipped
                    : NLS.bind(Messages.ImportSlack_skipped, read.skipped().size()));
            skipped.setInput(read.skipped());
            long notes = read.reviews().stream().mapToLong(r -> r.notes().size()).sum();
            setErrorMessage(null);
            if (read.reviews().isEmpty()) {
                setMessage(Messages.ImportSlack_noReviews, WARNING);
            } else if (notes > 0) {
                setMessage(NLS.bind(Messages.ImportSlack_notes, notes), INFORMATION);
            } else {
                setMessage(null);
            }
            summary.getParent().layout(true, true);
        }
    }
}
