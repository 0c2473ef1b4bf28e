package io.rfy.ui.views;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.ViewPart;

import io.rfy.ide.WorkspaceModels;
import io.rfy.store.RfyWorkspace;
import io.rfy.corpus.Mention;
import io.rfy.ui.editor.ReviewEditor;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Mentions &amp; Backlinks of the review in the active review editor: where its papers are named but not yet linked
 * (ranked; "Link" on each writes the cross-link), the cross-links it has, and the reviews that link to it.
 * Double-click a mention to see it in the Corpus view. Read from the saved files in a background job; read again
 * when the review, another review or the corpus changes on disk.
 */
public final class MentionsView extends ViewPart {

    public static final String ID = "io.rfy.ui.mentionsView";
    private static final int LINK_COLUMN = 2;

    private final Job reload = new Job(Messages.MentionsView_reading) {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            return read(monitor);
        }
    };
    private final WorkspaceModels.Listener listener = this::modelChanged;
    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            follow(ref.getPart(false));
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            follow(ref.getPart(false));
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                follow(null);
            }
        }

        @Override
        public void partInputChanged(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                editor = null;
                follow(ref.getPart(false));
            }
        }
    };

    private final org.eclipse.ui.IPropertyListener dirtyListener = this::editorChanged;
    private TreeViewer viewer;
    private org.eclipse.jface.layout.TreeColumnLayout columns;
    private org.eclipse.swt.custom.StyledText preview;
    private Label header;
    private ReviewEditor editor;
    /** The review file followed; set on the UI thread, read by the job. */
    private volatile IFile file;
    private MentionsSnapshot snapshot;
    private Action linkAction;
    private Action showAction;

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        body.setLayout(layout);
        header = new Label(body, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // columns share the view's width, so the "Link" cells stay in sight however narrow the view is
        Composite table = new Composite(body, SWT.NONE);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        columns = new org.eclipse.jface.layout.TreeColumnLayout();
        table.setLayout(columns);
        viewer = new TreeViewer(table, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(false);
        viewer.setContentProvider(new Content());
        column(Messages.MentionsView_passage, new org.eclipse.jface.viewers.ColumnWeightData(68, 120), new MainLabels());
        column(Messages.MentionsView_where, new org.eclipse.jface.viewers.ColumnWeightData(32, 60), new WhereLabels());
        column("", new org.eclipse.jface.viewers.ColumnPixelData(40), new ActionLabels());
        viewer.setUseHashlookup(true);
        viewer.setAutoExpandLevel(2);
        // double-click or Enter
        viewer.addOpenListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
        viewer.addSelectionChangedListener(e -> {
            updateActions();
            showPreview(viewer.getStructuredSelection().getFirstElement());
        });
        // the "Link" column works like a hyperlink on each unlinked mention's row
        viewer.getTree().addListener(SWT.MouseDown, e -> {
            TreeItem item = viewer.getTree().getItem(new Point(e.x, e.y));
            if (e.button == 1 && item != null && item.getData() instanceof Mention m
                    && item.getBounds(LINK_COLUMN).contains(e.x, e.y)) {
                link(m);
            }
        });
        // the selected row in full: its whole context, and where it is
        preview = new org.eclipse.swt.custom.StyledText(body, SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
        GridData previewData = new GridData(SWT.FILL, SWT.END, true, false);
        previewData.heightHint = 3 * preview.getLineHeight() + 6;
        preview.setLayoutData(previewData);
        preview.setMargins(4, 2, 4, 2);
        preview.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        makeActions();
        getSite().getPage().addPartListener(parts);
        WorkspaceModels.get().addListener(listener);
        follow(getSite().getPage().getActiveEditor());
        if (editor == null) {
            show(null);
        }
    }

    private void column(String title, org.eclipse.jface.viewers.ColumnLayoutData width, IStyledLabelProvider labels) {
        TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        columns.setColumnData(c.getColumn(), width);
        c.getColumn().setResizable(true);
        c.setLabelProvider(new DelegatingStyledCellLabelProvider(labels));
    }

    private void makeActions() {
        linkAction = new Action(Messages.MentionsView_link) {
            @Override
            public void run() {
                if (viewer.getStructuredSelection().getFirstElement() instanceof Mention m) {
                    link(m);
                }
            }
        };
        linkAction.setToolTipText(Messages.MentionsView_linkTip);
        showAction = new Action(Messages.MentionsView_show) {
            @Override
            public void run() {
                open(viewer.getStructuredSelection().getFirstElement());
            }
        };
        Action refresh = new Action(Messages.MentionsView_refresh) {
            @Override
            public void run() {
                schedule(0);
            }
        };
        refresh.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        refresh.setToolTipText(Messages.MentionsView_refreshTip);
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        bar.add(linkAction);
        bar.add(refresh);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener((IMenuManager m) -> {
            m.add(linkAction);
            m.add(showAction);
            m.add(refresh);
        });
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(),
                new UndoActionHandler(getSite(), LinkOperation.CONTEXT));
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(),
                new RedoActionHandler(getSite(), LinkOperation.CONTEXT));
        updateActions();
    }

    private void updateActions() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        linkAction.setEnabled(selected instanceof Mention);
        showAction.setEnabled(selected instanceof Mention || selected instanceof MentionsSnapshot.Linked l
                && (l.document() != null && l.start() >= 0 || l.file() != null) || selected instanceof MentionsSnapshot.Backlink);
        showAction.setText(selected instanceof Mention m && !m.document().startsWith("review:")
                || selected instanceof MentionsSnapshot.Linked l && l.document() != null ? Messages.MentionsView_show : Messages.MentionsView_open);
    }

    private void showPreview(Object element) {
        java.util.List<org.eclipse.swt.custom.StyleRange> styles = new java.util.ArrayList<>();
        StringBuilder b = new StringBuilder();
        if (element instanceof Mention m) {
            String pre = flat(m.prefix()).stripLeading();
            int space = pre.indexOf(' ');
            if (m.prefix().length() >= Passage.CONTEXT && space > 0 && space < pre.length() - 1) {
                pre = "…" + pre.substring(space + 1); // the context was cut mid-word: start at the next word
            }
            b.append(pre);
            int at = b.length();
            b.append(m.quote());
            org.eclipse.swt.custom.StyleRange bold = new org.eclipse.swt.custom.StyleRange(at, m.quote().length(), null,
                    null, SWT.BOLD);
            styles.add(bold);
            String suf = flat(m.suffix()).stripTrailing();
            int last = suf.lastIndexOf(' ');
            if (m.suffix().length() >= Passage.CONTEXT && last > 0) {
                suf = suf.substring(0, last) + "…";
            }
            b.append(suf).append('\n');
            int where = b.length();
            b.append(NLS.bind(Messages.MentionsView_names, m.paper(),
                    (m.item() == null ? "" : flat(m.item()).strip() + " › ") + m.document()));
            org.eclipse.swt.custom.StyleRange grey = new org.eclipse.swt.custom.StyleRange(where, b.length() - where,
                    preview.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY), null);
            styles.add(grey);
        } else if (element instanceof MentionsSnapshot.Linked l) {
            b.append(kind(l.kind())).append(": ").append(l.target());
            if (!l.detail().isEmpty()) {
                b.append('\n').append(l.detail());
            }
            if (l.status() != null) {
                String status = l.status().name().toLowerCase(java.util.Locale.ROOT);
                b.append('\n').append(l.start() >= 0
                        ? NLS.bind(Messages.MentionsView_anchorAt, new Object[] {status, l.start(), l.end()})
                        : NLS.bind(Messages.MentionsView_anchor, status));
            } else if (l.file() != null) {
                b.append('\n').append(NLS.bind(Messages.MentionsView_doubleClickOpen, l.file().getProjectRelativePath()));
            }
        } else if (element instanceof MentionsSnapshot.Backlink bl) {
            b.append(bl.label()).append('\n').append(bl.how());
        } else if (element instanceof MentionsSnapshot.Section sec) {
            b.append(switch (sec.key()) {
                case "unlinked" -> Messages.MentionsView_aboutUnlinked;
                case "linked" -> Messages.MentionsView_aboutLinked;
                default -> Messages.MentionsView_aboutBacklinks;
            });
        }
        if (b.length() == 0 && snapshot != null) {
            b.append(Messages.MentionsView_selectRow);
        }
        preview.setText(b.toString());
        preview.setStyleRanges(styles.toArray(org.eclipse.swt.custom.StyleRange[]::new));
    }

    /** Starts following a review editor (other parts leave the view as it is). */
    private void follow(IWorkbenchPart part) {
        if (part == null) {
            editor = null;
            file = null;
            reload.cancel();
            show(null);
            return;
        }
        if (!(part instanceof ReviewEditor e) || e == editor) {
            return;
        }
        if (editor != null) {
            editor.removePropertyListener(dirtyListener);
        }
        editor = e;
        file = e.file();
        e.addPropertyListener(dirtyListener);
        header.setText(NLS.bind(Messages.MentionsView_looking, file.getName()));
        reload.cancel();
        schedule(0);
    }

    private void editorChanged(Object source, int property) {
        if (property == IEditorPart.PROP_DIRTY) {
            updateHeader();
        }
    }

    private IStatus read(IProgressMonitor monitor) {
        IFile followed = file;
        if (followed == null) {
            return Status.OK_STATUS;
        }
        String id = followed.getFullPath().removeFileExtension().lastSegment();
        MentionsSnapshot read = MentionsSnapshot.read(followed.getProject(), id, monitor);
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        if (!viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed() && followed.equals(file)) {
                    show(read);
                }
            });
        }
        return Status.OK_STATUS;
    }

    private void show(MentionsSnapshot read) {
        snapshot = read;
        viewer.setInput(read == null ? List.of() : read.sections());
        showPreview(viewer.getStructuredSelection().getFirstElement());
        updateHeader();
        updateActions();
    }

    private void updateHeader() {
        if (header.isDisposed()) {
            return;
        }
        String text;
        if (snapshot == null) {
            text = Messages.MentionsView_openReview;
        } else if (snapshot.problem() != null && snapshot.file() == null) {
            text = snapshot.problem();
        } else {
            text = snapshot.reviewId() + (snapshot.title.isEmpty() ? "" : " — " + snapshot.title) + ":  "
                    + NLS.bind(Messages.MentionsView_counts, new Object[] {snapshot.unlinked().size(),
                            count(snapshot.linked().size(), Messages.MentionsView_crossLink, Messages.MentionsView_crossLinks),
                            count(snapshot.backlinks().size(), Messages.MentionsView_backlink, Messages.MentionsView_backlinks)})
                    + (snapshot.problem() != null ? ". " + snapshot.problem() : "")
                    + (editor != null && editor.isDirty() ? Messages.MentionsView_asSaved : "");
        }
        header.setText(text);
        header.getParent().layout(true);
    }

    /** Writes the mention into the followed review's cross-links (undoable); the view reloads when the file changes. */
    public Job link(Mention m) {
        if (snapshot == null || snapshot.file() == null) {
            return null;
        }
        return CorpusView.run(new LinkOperation(snapshot.project(), snapshot.reviewId(), snapshot.file(), m),
                getSite().getShell());
    }

    private void open(Object element) {
        try {
            if (element instanceof Mention m) {
                if (m.document().startsWith("review:")) {
                    openFile(snapshot.reviewFile(m.document().substring("review:".length())));
                } else {
                    CorpusView corpus = (CorpusView) getSite().getPage().showView(CorpusView.ID);
                    corpus.reveal(snapshot.project(), m.document(), m.start(), m.end());
                }
            } else if (element instanceof MentionsSnapshot.Linked l) {
                if (l.document() != null && l.start() >= 0) {
                    CorpusView corpus = (CorpusView) getSite().getPage().showView(CorpusView.ID);
                    corpus.reveal(snapshot.project(), l.document(), l.start(), l.end());
                } else {
                    openFile(l.file());
                }
            } else if (element instanceof MentionsSnapshot.Backlink b) {
                openFile(b.file());
            } else if (element instanceof MentionsSnapshot.Section s) {
                viewer.setExpandedState(s, !viewer.getExpandedState(s));
            }
        } catch (PartInitException e) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
        }
    }

    private void openFile(IFile target) throws PartInitException {
        if (target != null) {
            IDE.openEditor(getSite().getPage(), target);
        }
    }

    /** Any review (cross-links and names are everywhere) or corpus document of the followed review's project. */
    private void modelChanged(WorkspaceModels.Change change) {
        IFile followed = file;
        if (followed != null && followed.getProject().equals(change.project())
                && (change.touches(RfyWorkspace.REVIEWS) || change.touches(RfyWorkspace.CORPUS))) {
            reload.cancel();
            schedule(300);
        }
    }

    /** Through the site's progress service, so the view's tab shows it is busy while the job runs. */
    private void schedule(long delay) {
        org.eclipse.ui.progress.IWorkbenchSiteProgressService progress = getSite()
                .getService(org.eclipse.ui.progress.IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(reload, delay, true);
        } else {
            reload.schedule(delay);
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(parts);
        WorkspaceModels.get().removeListener(listener);
        if (editor != null) {
            editor.removePropertyListener(dirtyListener);
        }
        reload.cancel();
        super.dispose();
    }

    // for tests

    public TreeViewer viewer() {
        return viewer;
    }

    public MentionsSnapshot snapshot() {
        return snapshot;
    }

    public Action linkAction() {
        return linkAction;
    }

    /** "Show in Corpus" / "Open review" on the selected row, as double-click does. */
    public Action showAction() {
        return showAction;
    }

    /** The full-context preview of the selected row. */
    public String previewText() {
        return preview.getText();
    }

    public String headerText() {
        return header.getText();
    }

    /** Waits until the background read is done. */
    public void join() throws InterruptedException {
        reload.join();
    }

    private static String count(int n, String one, String many) {
        return NLS.bind(n == 1 ? one : many, n);
    }

    /** A cross-link's kind as the preview names it. */
    private static String kind(String kind) {
        return switch (kind) {
            case "review" -> Messages.MentionsView_kindReview;
            case "paper" -> Messages.MentionsView_kindPaper;
            case "corpus" -> Messages.MentionsView_kindCorpus;
            default -> kind;
        };
    }

    private static String flat(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }

    /** The quote with a little of its context, the way a search result shows it. */
    static StyledString inContext(Mention m) {
        String pre = flat(m.prefix());
        String suf = flat(m.suffix());
        // little before the quote (from a word start), so the quote itself stays in sight in a narrow column
        if (pre.length() > 12) {
            String tail = pre.substring(pre.length() - 12);
            int space = tail.indexOf(' ');
            pre = "…" + (space >= 0 && space < tail.length() - 1 ? tail.substring(space + 1) : tail);
        }
        suf = suf.length() > 30 ? suf.substring(0, 30) + "…" : suf;
        StyledString s = new StyledString(pre.stripLeading(), StyledString.QUALIFIER_STYLER);
        s.append(flat(m.quote()), BOLD);
        s.append(suf.stripTrailing(), StyledString.QUALIFIER_STYLER);
        return s;
    }

    private static final StyledString.Styler BOLD = new StyledString.Styler() {
        @Override
        public void applyStyles(TextStyle style) {
            style.font = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        }
    };

    private static final StyledString.Styler LINK = new StyledString.Styler() {
        @Override
        public void applyStyles(TextStyle style) {
            style.foreground = JFaceResources.getColorRegistry().get(JFacePreferences.HYPERLINK_COLOR);
            style.underline = true;
        }
    };

    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof MentionsSnapshot.Section s ? s.rows().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof MentionsSnapshot.Section s && !s.rows().isEmpty();
        }
    }

    private final class MainLabels extends LabelProvider implements IStyledLabelProvider {
        @Override
        public StyledString getStyledText(Object element) {
            if (element instanceof MentionsSnapshot.Section s) {
                return new StyledString(s.title(), BOLD).append("  (" + s.rows().size() + ")", StyledString.COUNTER_STYLER);
            }
            if (element instanceof Mention m) {
                int rank = snapshot == null ? 0 : snapshot.unlinked().indexOf(m) + 1;
                return new StyledString(rank + ". ", StyledString.COUNTER_STYLER).append(inContext(m));
            }
            if (element instanceof MentionsSnapshot.Linked l) {
                StyledString s = new StyledString(l.kind() + ": ", StyledString.QUALIFIER_STYLER).append(l.target());
                if (!l.detail().isEmpty()) {
                    s.append("  " + l.detail(), l.status() == io.rfy.corpus.CorpusAnchors.Status.BROKEN
                            || MentionsSnapshot.NO_SUCH_REVIEW.equals(l.detail()) ? StyledString.COUNTER_STYLER : StyledString.DECORATIONS_STYLER);
                }
                return s;
            }
            if (element instanceof MentionsSnapshot.Backlink b) {
                return new StyledString(b.label()).append("  " + b.how(), StyledString.DECORATIONS_STYLER);
            }
            return new StyledString(String.valueOf(element));
        }

        @Override
        public Image getImage(Object element) {
            ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
            if (element instanceof MentionsSnapshot.Section) {
                return images.getImage(ISharedImages.IMG_OBJ_FOLDER);
            }
            if (element instanceof Mention) {
                return images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
            }
            if (element instanceof MentionsSnapshot.Linked l) {
                return images.getImage(l.status() == io.rfy.corpus.CorpusAnchors.Status.BROKEN
                        || MentionsSnapshot.NO_SUCH_REVIEW.equals(l.detail()) ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJ_FILE);
            }
            return images.getImage(ISharedImages.IMG_OBJ_FILE);
        }
    }

    private static final class WhereLabels extends LabelProvider implements IStyledLabelProvider {
        @Override
        public StyledString getStyledText(Object element) {
            if (element instanceof Mention m) {
                // the item's title says more than a document id: it comes first
                String doc = m.document().startsWith("review:") ? NLS.bind(Messages.MentionsView_inReview, m.document().substring(7))
                        : m.document();
                if (m.item() == null) {
                    return new StyledString(doc);
                }
                String item = flat(m.item()).strip();
                return new StyledString(item.length() > 50 ? item.substring(0, 49) + "…" : item)
                        .append("  " + doc, StyledString.QUALIFIER_STYLER);
            }
            return new StyledString("");
        }
    }

    private static final class ActionLabels extends LabelProvider implements IStyledLabelProvider {
        @Override
        public StyledString getStyledText(Object element) {
            return element instanceof Mention ? new StyledString(Messages.MentionsView_link, LINK) : new StyledString("");
        }
    }
}
