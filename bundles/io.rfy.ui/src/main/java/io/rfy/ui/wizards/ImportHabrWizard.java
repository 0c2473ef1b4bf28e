package io.rfy.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import io.rfy.habr.HabrHtmlImporter;
import io.rfy.habr.HabrTextImporter;
import io.rfy.habr.ImportNote;
import io.rfy.habr.ImportedBatch;
import io.rfy.habr.WorkspaceImport;
import io.rfy.store.StoreProblem.Severity;
import io.rfy.store.WorkspaceLayout;
import io.rfy.ui.editor.WorkspaceIds;
import io.rfy.ui.internal.Messages;

/**
 * Import Habr post: a published batch, from its plain-text scrape or a saved page, into a workspace project, through
 * io.rfy.habr's importers and {@link WorkspaceImport} (all or nothing), as {@code rfy import} does. The first page
 * picks the file; Next reads it and the second page shows what was read and the importer's notes with their lines.
 */
public final class ImportHabrWizard extends RfyWizard implements IImportWizard {

    private SourcePage source;
    private NotesPage notes;
    private ImportedBatch imported;
    private Path importedFrom;
    private List<String> written;

    public ImportHabrWizard() {
        super(Messages.ImportHabr_title);
        setDefaultPageImageDescriptor(WizardImages.descriptor("icons/wizban/import-habr.png"));
    }

    @Override
    public void addPages() {
        source = new SourcePage();
        notes = new NotesPage();
        addPage(source);
        addPage(notes);
    }

    @Override
    public boolean canFinish() {
        // only after the file was read and its notes shown: the user sees what the scrape lost before importing
        return getContainer().getCurrentPage() == notes && imported != null;
    }

    @Override
    public boolean performFinish() {
        Path into = source.target();
        IProject chosen = source.newFolder.getSelection() ? null : source.projects.project();
        ImportedBatch batch = imported;
        IProject[] project = {chosen};
        Optional<List<String>> done = inContainer(notes, NLS.bind(Messages.Wizard_importing, into.getFileName()), 10,
                Messages.Wizard_nothingImported,
                progress -> {
                    // not cancellable in the middle: WorkspaceImport moves its staged files in as one step; it
                    // creates the folder when it is new
                    List<String> files = WorkspaceImport.write(batch, into);
                    progress.worked(6);
                    if (project[0] == null) {
                        // a new workspace folder becomes an RFY project, as File > Open Workspace Folder makes it
                        project[0] = io.rfy.ide.WorkspaceProject.open(into, progress.split(4));
                    } else {
                        project[0].refreshLocal(IResource.DEPTH_INFINITE, progress.split(4));
                    }
                    return files;
                });
        if (done.isEmpty()) {
            return false;
        }
        written = done.get();
        open(project[0].getFile(WorkspaceLayout.batchPath(batch.batch().getId())));
        return true;
    }

    /** Reads the chosen file in the wizard's container; on failure the first page says why and stays. */
    boolean read() {
        Path file = source.file.path();
        boolean html = source.html.getSelection();
        Path into = source.target();
        Optional<ImportedBatch> result = inContainer(source, NLS.bind(Messages.ImportHabr_reading, file.getFileName()), 3, null, progress -> {
            String text = StrictUtf8.read(file);
            progress.worked(1);
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            ImportedBatch read = html ? HabrHtmlImporter.read(text) : HabrTextImporter.read(text);
            progress.worked(1);
            if (!read.reviews().isEmpty() && Files.isDirectory(into)) {
                // the same checks Finish makes, now: a clash with the workspace's files is told before the notes
                WorkspaceImport.check(read, into);
            }
            return read;
        });
        if (result.isEmpty()) {
            return false;
        }
        ImportedBatch read = result.get();
        if (read.reviews().isEmpty()) {
            source.setErrorMessage(NLS.bind(html ? Messages.ImportHabr_notAPostHtml : Messages.ImportHabr_notAPostText,
                    file.getFileName()));
            return false;
        }
        imported = read;
        importedFrom = file;
        notes.show(read, file);
        return true;
    }

    public SourcePage sourcePage() {
        return source;
    }

    public NotesPage notesPage() {
        return notes;
    }

    /** The batch read from the file (after Next). */
    public ImportedBatch imported() {
        return imported;
    }

    /** The workspace-relative paths the import wrote (after Finish). */
    public List<String> written() {
        return written;
    }

    /** The workspace, the file, and whether it is a text scrape or a saved page. */
    public final class SourcePage extends PreparingPage {
        ProjectChoice projects;
        /** Import into a new folder (made a workspace project) instead of an open project. */
        public Button newFolder;
        public Text folder;
        FileField file;
        public Button text;
        public Button html;

        SourcePage() {
            super("source");
            setTitle(Messages.ImportHabr_pageTitle);
            setDescription(Messages.ImportHabr_pageDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            projects = new ProjectChoice(c, selection());
            newFolder = new Button(c, SWT.CHECK);
            newFolder.setText(Messages.ImportHabr_newFolder);
            folder = new Text(c, SWT.BORDER | SWT.SINGLE);
            folder.setMessage(Messages.ImportHabr_newFolderHint);
            folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            folder.setEnabled(false);
            newFolder.setSelection(projects.isEmpty());
            folder.setEnabled(projects.isEmpty());
            projects.combo.setEnabled(!projects.isEmpty());
            newFolder.addListener(SWT.Selection, e -> {
                folder.setEnabled(newFolder.getSelection());
                projects.combo.setEnabled(!newFolder.getSelection());
                validate();
            });
            folder.addModifyListener(e -> validate());
            file = new FileField(c, Messages.ImportHabr_file, Messages.ImportHabr_fileHint, SWT.OPEN,
                    new String[] {"*.txt;*.html;*.htm", "*.*"},
                    new String[] {Messages.ImportHabr_filterPosts, Messages.Wizard_allFiles});
            new Label(c, SWT.NONE).setText(Messages.Wizard_format);
            Composite kinds = new Composite(c, SWT.NONE);
            kinds.setLayout(new GridLayout(1, false));
            text = new Button(kinds, SWT.RADIO);
            text.setText(Messages.ImportHabr_text);
            text.setSelection(true);
            html = new Button(kinds, SWT.RADIO);
            html.setText(Messages.ImportHabr_html);
            Label hint = new Label(c, SWT.WRAP);
            hint.setText(Messages.ImportHabr_hint);
            GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
            hintData.widthHint = 420;
            hint.setLayoutData(hintData);
            file.text.addModifyListener(e -> {
                Path p = file.path();
                if (p != null && p.getFileName() != null) { // "/" while the path is typed has no file name
                    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    boolean page = name.endsWith(".html") || name.endsWith(".htm");
                    html.setSelection(page);
                    text.setSelection(!page);
                }
                validate();
            });
            projects.combo.addModifyListener(e -> validate());
            setControl(c);
            validate();
            setErrorMessage(null);
        }

        /** Where the import writes: the new folder, or the chosen project's folder; null when not given. */
        Path target() {
            if (newFolder.getSelection()) {
                String typed = folder.getText().strip();
                if (typed.startsWith("~/")) {
                    typed = System.getProperty("user.home") + typed.substring(1);
                }
                try {
                    return typed.isEmpty() ? null : Path.of(typed).toAbsolutePath().normalize();
                } catch (java.nio.file.InvalidPathException e) {
                    return null;
                }
            }
            return projects.isEmpty() ? null : WorkspaceIds.root(projects.project());
        }

        private static boolean isEmptyFolder(Path dir) {
            try (var list = Files.list(dir)) {
                return list.findAny().isEmpty();
            } catch (java.io.IOException e) {
                return false;
            }
        }

        /** The path field's text, for tests and for typing a path instead of browsing. */
        public void setFile(String path) {
            file.text.setText(path);
        }

        void validate() {
            imported = null;
            Path p = file.path();
            String error = null;
            Path target = target();
            if (newFolder.getSelection() && target == null) {
                error = Messages.ImportHabr_noFolder;
            } else if (newFolder.getSelection() && Files.exists(target) && !isEmptyFolder(target)) {
                error = NLS.bind(Messages.ImportHabr_notEmpty, target);
            } else if (!newFolder.getSelection() && projects.isEmpty()) {
                error = ProjectChoice.NONE;
            } else if (p == null) {
                error = Messages.ImportHabr_noFile;
            } else if (!Files.isRegularFile(p)) {
                error = NLS.bind(Messages.ImportCorpus_isNotAFile, p);
            }
            setErrorMessage(error);
            setPageComplete(error == null);
        }

        @Override
        boolean prepare() {
            return read();
        }
    }

    /** What was read and the importer's notes, each at its line of the file. */
    public final class NotesPage extends WizardPage {
        private Label summary;
        private org.eclipse.swt.widgets.List reviews;
        private Label notesLabel;
        public TableViewer table;

        NotesPage() {
            super("notes");
            setTitle(Messages.Wizard_willWrite);
            setDescription(Messages.ImportHabr_notesDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(1, false));
            summary = new Label(c, SWT.WRAP);
            summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            reviews = new org.eclipse.swt.widgets.List(c, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
            GridData reviewsData = new GridData(SWT.FILL, SWT.TOP, true, false);
            reviewsData.heightHint = 90;
            reviews.setLayoutData(reviewsData);
            notesLabel = new Label(c, SWT.WRAP);
            notesLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            table = new TableViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
            table.getTable().setHeaderVisible(true);
            table.getTable().setLinesVisible(true);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.heightHint = 200;
            table.getTable().setLayoutData(data);
            table.setContentProvider(ArrayContentProvider.getInstance());
            column(Messages.ImportHabr_line, 64, n -> n.line() > 0 ? Integer.toString(n.line()) : "", true);
            column(Messages.ImportHabr_code, 130, ImportNote::code, false);
            column(Messages.ImportHabr_note, 900, ImportNote::message, false);
            // the notes are long sentences: the whole one shows on hover
            ColumnViewerToolTipSupport.enableFor(table);
            setControl(c);
        }

        private void column(String title, int width, java.util.function.Function<ImportNote, String> text,
                boolean icon) {
            TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
            column.getColumn().setText(title);
            column.getColumn().setWidth(width);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return text.apply((ImportNote) element);
                }

                @Override
                public Image getImage(Object element) {
                    return icon ? severityImage(((ImportNote) element).severity()) : null;
                }

                @Override
                public String getToolTipText(Object element) {
                    ImportNote n = (ImportNote) element;
                    return NLS.bind(Messages.ImportHabr_lineNote, n.line(), n.message());
                }
            });
        }

        void show(ImportedBatch read, Path file) {
            long errors = read.notes().stream().filter(n -> n.severity() == Severity.ERROR).count();
            long warnings = read.notes().stream().filter(n -> n.severity() == Severity.WARNING).count();
            summary.setText(NLS.bind(Messages.ImportHabr_summary, new Object[] {read.batch().getTitle(),
                read.batch().getId(), read.reviews().size(), read.reviewers().size()}));
            reviews.removeAll();
            int n = 1;
            for (io.rfy.model.Review r : read.reviews()) {
                reviews.add(n++ + ". " + r.getId() + "  —  " + r.getPapers().stream().map(io.rfy.model.Paper::getTitle)
                        .filter(t -> t != null).collect(java.util.stream.Collectors.joining("; ")));
            }
            notesLabel.setText(read.notes().isEmpty() ? Messages.ImportHabr_nothingLost
                    : NLS.bind(Messages.ImportHabr_notes, new Object[] {read.notes().size(), errors, warnings,
                        read.notes().size() - errors - warnings, file.getFileName()}));
            ((GridData) table.getTable().getLayoutData()).exclude = read.notes().isEmpty();
            table.getTable().setVisible(!read.notes().isEmpty());
            table.setInput(read.notes());
            table.getTable().deselectAll();
            setErrorMessage(null);
            if (read.hasErrors()) {
                setMessage(Messages.ImportHabr_someUnread, WARNING);
            } else {
                setMessage(null);
            }
            summary.getParent().layout(true, true);
        }
    }

    static Image severityImage(Severity s) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return images.getImage(switch (s) {
            case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
        });
    }

    Path importedFrom() {
        return importedFrom;
    }
}
