package io.rfy.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IImportWizard;

import io.rfy.corpus.CorpusFiles;
import io.rfy.corpus.CorpusReader;
import io.rfy.model.CorpusDocument;
import io.rfy.store.RfyWorkspace;
import io.rfy.ui.editor.WorkspaceIds;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Import corpus documents: copies files into the project's {@code corpus/} as given, through {@link CorpusFiles}
 * (what {@code rfy corpus add} uses): plain-text scrapes, saved pages, Telegram Desktop exports. Every file is checked
 * before any is copied.
 */
public final class ImportCorpusWizard extends RfyWizard implements IImportWizard {

    private Page page;
    private List<String> written;

    public ImportCorpusWizard() {
        super(Messages.ImportCorpus_title);
        setDefaultPageImageDescriptor(WizardImages.descriptor("icons/wizban/import-corpus.png"));
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.projects.project();
        List<Path> files = List.copyOf(page.files);
        Path into = WorkspaceIds.root(project);
        Optional<List<String>> done = inContainer(page, NLS.bind(Messages.ImportCorpus_adding, files.size()), 10, Messages.ImportCorpus_nothingAdded,
                progress -> {
                    List<String> copied = CorpusFiles.add(files, into); // checks all, then copies: none on a refusal
                    progress.worked(7);
                    project.getFolder(RfyWorkspace.CORPUS).refreshLocal(IResource.DEPTH_ONE, progress.split(3));
                    return copied;
                });
        done.ifPresent(w -> written = w);
        return done.isPresent();
    }

    public Page page() {
        return page;
    }

    /** The workspace-relative paths written (after Finish); a document already there unchanged is not listed. */
    public List<String> written() {
        return written;
    }

    /** The workspace and the documents to add. */
    public final class Page extends WizardPage {
        ProjectChoice projects;
        final List<Path> files = new ArrayList<>();
        private final Map<Path, String> readings = new HashMap<>();
        private TableViewer list;

        Page() {
            super("corpus");
            setTitle(Messages.ImportCorpus_pageTitle);
            setDescription(Messages.ImportCorpus_pageDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            projects = new ProjectChoice(c, selection());
            Label l = new Label(c, SWT.NONE);
            l.setText(Messages.ImportCorpus_documents);
            l.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            Composite box = new Composite(c, SWT.NONE);
            GridLayout boxLayout = new GridLayout(2, false);
            boxLayout.marginWidth = 0;
            boxLayout.marginHeight = 0;
            box.setLayout(boxLayout);
            box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            list = new TableViewer(box, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.heightHint = 180;
            data.widthHint = 380;
            list.getTable().setLayoutData(data);
            list.getTable().setHeaderVisible(true);
            list.setContentProvider(ArrayContentProvider.getInstance());
            column(Messages.ImportCorpus_document, 240, p -> p.getFileName().toString());
            column(Messages.ImportCorpus_asRead, 260, p -> readings.getOrDefault(p, ""));
            column(Messages.ImportCorpus_folder, 300, p -> p.getParent() == null ? "" : p.getParent().toString());
            ColumnViewerToolTipSupport.enableFor(list);
            list.setInput(files);
            Composite buttons = new Composite(box, SWT.NONE);
            buttons.setLayout(new GridLayout(1, true));
            buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
            Button add = button(buttons, Messages.ImportCorpus_add);
            Button remove = button(buttons, Messages.ImportCorpus_remove);
            add.addListener(SWT.Selection, e -> browse());
            remove.addListener(SWT.Selection, e -> {
                for (Object o : ((IStructuredSelection) list.getSelection()).toList()) {
                    files.remove(o);
                    readings.remove(o);
                }
                list.refresh();
                validate();
            });
            Label hint = new Label(c, SWT.WRAP);
            hint.setText(Messages.ImportCorpus_hint);
            GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
            hintData.widthHint = 420;
            hint.setLayoutData(hintData);
            projects.combo.addModifyListener(e -> validate());
            setControl(c);
            validate();
            setErrorMessage(null);
        }

        private void column(String title, int width, java.util.function.Function<Path, String> text) {
            TableViewerColumn column = new TableViewerColumn(list, SWT.LEFT);
            column.getColumn().setText(title);
            column.getColumn().setWidth(width);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return text.apply((Path) element);
                }

                @Override
                public String getToolTipText(Object element) {
                    return ((Path) element) + "\n" + readings.getOrDefault(element, "");
                }
            });
        }

        /**
         * What the corpus reader makes of a file, before anything is copied: its format and how many items
         * (posts, sections) it splits into, or why it cannot be read.
         */
        private String reading(Path p) {
            try {
                CorpusDocument doc = CorpusReader.read(p);
                String title = doc.getTitle() == null || doc.getTitle().isBlank() ? "" : ": «" + doc.getTitle() + "»";
                return NLS.bind(Messages.ImportCorpus_reading, doc.getFormat(), doc.getItems().size()) + title;
            } catch (IOException | RuntimeException e) {
                return NLS.bind(Messages.ImportCorpus_notReadable, e.getMessage());
            }
        }

        private Button button(Composite parent, String text) {
            Button b = new Button(parent, SWT.PUSH);
            b.setText(text);
            b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            return b;
        }

        private void browse() {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
            dialog.setFilterExtensions(new String[] {"*.txt;*.html;*.htm;*.json", "*.*"});
            dialog.setFilterNames(new String[] {Messages.ImportCorpus_filterDocuments, Messages.ImportCorpus_filterAll});
            if (dialog.open() != null) {
                List<Path> chosen = new ArrayList<>();
                for (String name : dialog.getFileNames()) {
                    chosen.add(Path.of(dialog.getFilterPath(), name));
                }
                add(chosen);
            }
        }

        /** Adds files to the list (what the Add... dialog does; public for tests). */
        public void add(List<Path> chosen) {
            for (Path p : chosen) {
                Path abs = p.toAbsolutePath().normalize();
                if (!files.contains(abs)) {
                    files.add(abs);
                    // small documents (a digest, a channel page): read at once, so a bad one shows before Finish
                    readings.put(abs, Files.isRegularFile(abs) ? reading(abs) : Messages.ImportCorpus_notAFile);
                }
            }
            list.refresh();
            validate();
        }

        void validate() {
            String error = null;
            if (projects.isEmpty()) {
                error = ProjectChoice.NONE;
            } else if (files.isEmpty()) {
                error = Messages.ImportCorpus_none;
            } else {
                for (Path p : files) {
                    if (!Files.isRegularFile(p)) {
                        error = NLS.bind(Messages.ImportCorpus_isNotAFile, p);
                        break;
                    }
                }
            }
            setErrorMessage(error);
            setPageComplete(error == null);
        }
    }
}
