package io.rfy.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.ViewPart;

import io.rfy.corpus.Mention;
import io.rfy.model.CorpusDocument;
import io.rfy.model.CorpusItem;
import io.rfy.ide.WorkspaceModels;
import io.rfy.store.RfyWorkspace;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The corpus of the RFY projects: documents and their items (digest sections, channel posts) on the left, the
 * selected one's text on the right with the workspace's papers highlighted where they are named (yellow) and the
 * passages reviews already link to (green). Select a passage and "Link to review..." writes it into a review's
 * {@code crosslinks}. Read in a background job; read again when corpus files or reviews change.
 */
public final class CorpusView extends ViewPart {

    public static final String ID = "io.rfy.ui.corpusView";

    /** Asks which review a passage is linked to. */
    @FunctionalInterface
    public interface ReviewChooser {
        /**
         * @param suggested the review whose paper the passage names, preselected; or null
         * @return the review chosen, or null when the user cancelled
         */
        CorpusSnapshot.Choice choose(Shell shell, CorpusSnapshot snapshot, CorpusSnapshot.Choice suggested);
    }

    /** Picks the review to link a passage to; replaced in tests (a modal dialog cannot be driven there). */
    public static ReviewChooser chooseReview = CorpusView::openChooser;

    private final Job reload = new Job(Messages.CorpusView_reading) {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            return read(monitor);
        }
    };
    private final WorkspaceModels.Listener listener = this::modelChanged;
    private TreeViewer tree;
    private Label header;
    private Label legend;
    private StyledText text;
    private Color mentionColor;
    private Color linkedColor;
    private Action linkAction;
    private List<CorpusSnapshot> snapshots = List.of();
    /** What the text pane shows: a document or an item, and where its text starts in the document (chars). */
    private Object shown;
    private int shownBase;
    private String shownText = "";
    /** A reveal asked for before the corpus was read; done when it is. */
    private Runnable pendingReveal;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        tree = new TreeViewer(sash, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        tree.setContentProvider(new Content());
        tree.setLabelProvider(new DelegatingStyledCellLabelProvider(new Labels()));
        tree.setUseHashlookup(true);
        tree.addSelectionChangedListener(e -> show(((IStructuredSelection) e.getSelection()).getFirstElement()));

        Composite right = new Composite(sash, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        right.setLayout(layout);
        header = new Label(right, SWT.NONE);
        header.setFont(JFaceResources.getBannerFont());
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        legend = new Label(right, SWT.WRAP);
        legend.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text = new StyledText(right, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setLeftMargin(6);
        text.setRightMargin(6);
        text.addListener(SWT.Selection, e -> updateActions());
        text.addListener(SWT.MouseUp, e -> updateActions());
        text.addListener(SWT.KeyUp, e -> updateActions());
        text.addListener(SWT.MouseHover, e -> hover(e.x, e.y));
        sash.setWeights(32, 68);
        // side by side, unless the view is docked tall and narrow: then the list above the text
        sash.addListener(SWT.Resize, e -> {
            Point size = sash.getSize();
            int orientation = size.x < 560 && size.y > size.x * 1.2 ? SWT.VERTICAL : SWT.HORIZONTAL;
            if (sash.getOrientation() != orientation) {
                sash.setOrientation(orientation);
            }
        });

        mentionColor = new Color(parent.getDisplay(), 255, 236, 150);
        linkedColor = new Color(parent.getDisplay(), 190, 235, 190);
        makeActions();
        WorkspaceModels.get().addListener(listener);
        reload.setUser(false);
        // re-reads after every saved review: let the builder and the editor go first
        reload.setPriority(Job.DECORATE);
        schedule(0);
        show(null);
    }

    private void makeActions() {
        linkAction = new Action(Messages.CorpusView_link) {
            @Override
            public void run() {
                linkSelection();
            }
        };
        linkAction.setToolTipText(Messages.CorpusView_linkTip);
        linkAction.setEnabled(false);
        Action refresh = new Action(Messages.MentionsView_refresh) {
            @Override
            public void run() {
                schedule(0);
            }
        };
        refresh.setToolTipText(Messages.CorpusView_refreshTip);
        refresh.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        bar.add(linkAction);
        bar.add(refresh);
        MenuManager menu = new MenuManager();
        menu.add(linkAction);
        menu.add(new Action(Messages.CorpusView_copy) {
            @Override
            public void run() {
                text.copy();
            }
        });
        text.setMenu(menu.createContextMenu(text));
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(),
                new UndoActionHandler(getSite(), LinkOperation.CONTEXT));
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(),
                new RedoActionHandler(getSite(), LinkOperation.CONTEXT));
    }

    private void updateActions() {
        Point sel = text.getSelection();
        linkAction.setEnabled(shown != null && sel.y > sel.x && !shownText.substring(sel.x, sel.y).isBlank());
    }

    private IStatus read(IProgressMonitor monitor) {
        List<IProject> projects = WorkspaceModels.projects();
        org.eclipse.core.runtime.SubMonitor progress = org.eclipse.core.runtime.SubMonitor.convert(monitor,
                Messages.CorpusView_reading, projects.size());
        List<CorpusSnapshot> read = new ArrayList<>();
        try {
            for (IProject p : projects) {
                read.add(CorpusSnapshot.read(p, progress.split(1)));
            }
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS; // the view keeps what it showed
        }
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        if (tree != null && !tree.getControl().isDisposed()) {
            tree.getControl().getDisplay().asyncExec(() -> install(read));
        }
        return Status.OK_STATUS;
    }

    private void install(List<CorpusSnapshot> read) {
        if (tree.getControl().isDisposed()) {
            return;
        }
        Object selected = tree.getStructuredSelection().getFirstElement();
        int top = text.getTopIndex();
        // the tree keeps its place (after a link was written the corpus is read again): the new snapshot's nodes
        // equal the old ones by project, document id and item index
        Object[] expanded = tree.getExpandedElements();
        snapshots = read;
        tree.setInput(read);
        tree.setExpandedElements(expanded);
        if (selected != null) {
            tree.setSelection(new StructuredSelection(selected), true);
            if (!tree.getStructuredSelection().isEmpty()) {
                text.setTopIndex(top);
            }
        }
        if (tree.getStructuredSelection().isEmpty()) {
            show(null);
        }
        if (pendingReveal != null) {
            Runnable r = pendingReveal;
            pendingReveal = null;
            r.run();
        }
    }

    private void show(Object element) {
        shown = null;
        shownBase = 0;
        shownText = "";
        List<StyleRange> ranges = new ArrayList<>();
        String title;
        String info;
        if (element instanceof CorpusSnapshot.Item it) {
            CorpusItem item = it.item();
            CorpusDocument doc = it.doc().document();
            shown = it;
            shownText = item.getText() == null ? "" : item.getText();
            shownBase = Passage.charOffset(doc.getText(), item.getStart());
            title = label(item);
            info = (item.getDate() == null ? "" : item.getDate() + " · ")
                    + describe(it.doc(), item.getStart(), item.getEnd(), ranges);
        } else if (element instanceof CorpusSnapshot.Doc d && d.document() != null) {
            shown = d;
            shownText = d.document().getText() == null ? "" : d.document().getText();
            title = d.id() + (d.document().getTitle() == null ? "" : " — " + d.document().getTitle());
            info = describe(d, 0, Integer.MAX_VALUE, ranges);
        } else if (element instanceof CorpusSnapshot.Doc d) {
            title = d.file;
            info = NLS.bind(Messages.CorpusView_cannotRead, d.error());
        } else if (snapshots.isEmpty()) {
            title = Messages.CorpusView_title;
            info = reload.getState() == Job.NONE ? Messages.CorpusView_noProject : Messages.CorpusView_readingCorpus;
        } else {
            title = Messages.CorpusView_title;
            // a project's problem (its mentions could not be read) shows on its node only with several projects
            String problems = String.join(" · ", snapshots.stream().map(CorpusSnapshot::problem)
                    .filter(java.util.Objects::nonNull).toList());
            info = problems.isEmpty() ? Messages.CorpusView_select : problems;
        }
        header.setText(title);
        legend.setText(info);
        text.setText(shownText);
        text.setStyleRanges(ranges.toArray(StyleRange[]::new));
        header.getParent().layout(true);
        updateActions();
    }

    /** Collects the highlights of [from, to) code points of a document and says what they mean. */
    private String describe(CorpusSnapshot.Doc d, int from, int to, List<StyleRange> ranges) {
        String docText = d.document().getText();
        int baseChar = Passage.charOffset(docText, from);
        int mentions = 0;
        for (Mention m : d.owner().mentions(d.id())) {
            if (m.start() >= from && m.end() <= to) {
                ranges.add(range(docText, baseChar, m.start(), m.end(), mentionColor, SWT.BOLD));
                mentions++;
            }
        }
        int linked = 0;
        for (CorpusSnapshot.Linked l : d.owner().linked(d.id())) {
            if (l.start() >= from && l.end() <= to) {
                ranges.add(range(docText, baseChar, l.start(), l.end(), linkedColor, SWT.NORMAL));
                linked++;
            }
        }
        // StyledText wants ranges in order and not overlapping: a linked mention shows as linked
        ranges.sort(java.util.Comparator.comparingInt((StyleRange r) -> r.start));
        List<StyleRange> clean = new ArrayList<>();
        for (StyleRange r : ranges) {
            StyleRange last = clean.isEmpty() ? null : clean.get(clean.size() - 1);
            if (last != null && r.start < last.start + last.length) {
                if (r.background == linkedColor) {
                    clean.set(clean.size() - 1, r);
                }
                continue;
            }
            clean.add(r);
        }
        ranges.clear();
        ranges.addAll(clean);
        return NLS.bind(Messages.CorpusView_legend, plural(mentions, Messages.CorpusView_mention, Messages.CorpusView_mentions),
                plural(linked, Messages.CorpusView_passage, Messages.CorpusView_passages));
    }

    private static StyleRange range(String docText, int baseChar, int start, int end, Color background, int style) {
        int from = Passage.charOffset(docText, start) - baseChar;
        int to = Passage.charOffset(docText, end) - baseChar;
        StyleRange r = new StyleRange(from, to - from, null, background, style);
        return r;
    }

    private static String plural(int n, String one, String many) {
        return NLS.bind(n == 1 ? one : many, n);
    }

    private void hover(int x, int y) {
        int offset = text.getOffsetAtPoint(new Point(x, y));
        String tip = null;
        if (offset >= 0 && shown != null) {
            CorpusSnapshot.Doc d = shown instanceof CorpusSnapshot.Item it ? it.doc() : (CorpusSnapshot.Doc) shown;
            String docText = d.document().getText();
            int cp = docText.codePointCount(0, shownBase + offset);
            for (Mention m : d.owner().mentions(d.id())) {
                if (m.start() <= cp && cp < m.end()) {
                    tip = NLS.bind(Messages.CorpusView_namesTip, m.paper(), m.review());
                }
            }
            for (CorpusSnapshot.Linked l : d.owner().linked(d.id())) {
                if (l.start() <= cp && cp < l.end()) {
                    tip = l.status() == io.rfy.corpus.CorpusAnchors.Status.EXACT ? NLS.bind(Messages.CorpusView_linkedTip, l.review())
                            : NLS.bind(Messages.CorpusView_linkedAnchorTip, l.review(),
                                    l.status().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        text.setToolTipText(tip);
    }

    /** Asks for a review and links the selected passage to it, in the background. */
    public void linkSelection() {
        if (shown == null) {
            return;
        }
        Point sel = text.getSelection();
        if (sel.y <= sel.x) {
            return;
        }
        CorpusSnapshot.Doc d = shown instanceof CorpusSnapshot.Item it ? it.doc() : (CorpusSnapshot.Doc) shown;
        String item = shown instanceof CorpusSnapshot.Item it ? it.item().getTitle() : null;
        // a selection on a highlighted name most likely belongs to the review of that paper
        String docText = d.document().getText();
        int fromCp = docText.codePointCount(0, shownBase + sel.x);
        int toCp = docText.codePointCount(0, shownBase + sel.y);
        String suggestedId = d.owner().mentions(d.id()).stream().filter(m -> m.start() < toCp && fromCp < m.end())
                .map(Mention::review).findFirst().orElse(null);
        CorpusSnapshot.Choice suggested = d.owner().choices().stream().filter(c -> c.id().equals(suggestedId)).findFirst()
                .orElse(null);
        CorpusSnapshot.Choice choice = chooseReview.choose(getSite().getShell(), d.owner(), suggested);
        if (choice == null) {
            return;
        }
        Mention passage;
        try {
            passage = Passage.of(d.document().getText(), shownBase + sel.x, shownBase + sel.y, d.id(), item, choice.id(),
                    choice.paper() == null ? choice.id() : choice.paper());
        } catch (IllegalArgumentException e) {
            MessageDialog.openInformation(getSite().getShell(), Messages.CorpusView_linkTitle, Messages.CorpusView_selectWords);
            return;
        }
        run(new LinkOperation(d.owner().project(), choice.id(), choice.file(), passage), getSite().getShell());
    }

    /** Executes a link operation in a job (reading the workspace can take a while), errors shown in a dialog. */
    static Job run(LinkOperation op, Shell shell) {
        String refusal = op.refusal();
        if (refusal != null) {
            MessageDialog.openError(shell, op.getLabel(), refusal);
            return null;
        }
        Job job = Job.create(op.getLabel(), (IProgressMonitor monitor) -> {
            try {
                IStatus status = LinkOperation.history().execute(op, monitor, null);
                if (!status.isOK() && status.getSeverity() != IStatus.CANCEL) {
                    shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, op.getLabel(), status.getMessage()));
                }
                return Status.OK_STATUS;
            } catch (ExecutionException e) {
                shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, op.getLabel(), e.getMessage()));
                return Status.OK_STATUS;
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static CorpusSnapshot.Choice openChooser(Shell shell, CorpusSnapshot snapshot, CorpusSnapshot.Choice suggested) {
        ElementListSelectionDialog dialog = reviewChooser(shell, snapshot);
        if (suggested != null) {
            dialog.setInitialSelections(suggested);
        }
        return dialog.open() == Window.OK ? (CorpusSnapshot.Choice) dialog.getFirstResult() : null;
    }

    /** The filtered list of the project's reviews "Link to review..." asks with. */
    public static ElementListSelectionDialog reviewChooser(Shell shell, CorpusSnapshot snapshot) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public Image getImage(Object element) {
                return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FILE);
            }
        });
        dialog.setTitle(Messages.CorpusView_linkTitle);
        dialog.setMessage(Messages.CorpusView_chooseReview);
        dialog.setElements(snapshot.choices().toArray());
        dialog.setMultipleSelection(false);
        dialog.setMatchEmptyString(true);
        dialog.setIgnoreCase(true);
        dialog.setSize(60, 18);
        return dialog;
    }

    /**
     * Shows the passage [start, end) (code points) of a document: selects the item holding it and the passage in the
     * text. When the corpus is still being read, it is shown once it is.
     */
    public void reveal(IProject project, String document, int start, int end) {
        Runnable r = () -> {
            CorpusSnapshot s = snapshots.stream().filter(x -> x.project().equals(project)).findFirst().orElse(null);
            CorpusSnapshot.Doc d = s == null ? null : s.doc(document);
            if (d == null || d.document() == null) {
                legend.setText(NLS.bind(Messages.CorpusView_notInCorpus, document, project.getName()));
                return;
            }
            Object target = d;
            for (CorpusSnapshot.Item it : d.items()) {
                if (it.item().getStart() <= start && end <= it.item().getEnd()) {
                    target = it;
                    break;
                }
            }
            tree.setSelection(new StructuredSelection(target), true);
            show(target); // the selection event may not come when the target was selected already
            String docText = d.document().getText();
            int from = Passage.charOffset(docText, start) - shownBase;
            int to = Passage.charOffset(docText, end) - shownBase;
            if (from >= 0 && to <= shownText.length()) {
                text.setSelection(from, to);
                text.showSelection();
            }
            updateActions();
        };
        if (reload.getState() != Job.NONE || snapshots.isEmpty()) {
            pendingReveal = r;
            if (reload.getState() == Job.NONE) {
                schedule(0);
            }
        } else {
            r.run();
        }
    }

    /** Corpus documents or reviews changed (they define the papers looked for and the passages linked). */
    private void modelChanged(WorkspaceModels.Change change) {
        if (change.touches(RfyWorkspace.CORPUS) || change.touches(RfyWorkspace.REVIEWS)) {
            reload.cancel();
            schedule(400);
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

    private static String label(CorpusItem item) {
        String t = item.getTitle() == null || item.getTitle().isBlank() ? Messages.CorpusView_untitled : item.getTitle().strip();
        return t.length() > 90 ? t.substring(0, 89) + "…" : t;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        WorkspaceModels.get().removeListener(listener);
        reload.cancel();
        if (mentionColor != null) {
            mentionColor.dispose();
            linkedColor.dispose();
        }
        super.dispose();
    }

    // for tests and for the Mentions view

    public TreeViewer tree() {
        return tree;
    }

    public StyledText text() {
        return text;
    }

    public Action linkAction() {
        return linkAction;
    }

    /** Waits until the background read is done. */
    public void join() throws InterruptedException {
        reload.join();
    }

    public List<CorpusSnapshot> snapshots() {
        return snapshots;
    }

    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            // one project: its documents at the top; several: a node per project
            return snapshots.size() == 1 ? snapshots.get(0).docs().toArray() : snapshots.toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof CorpusSnapshot s) {
                return s.docs().toArray();
            }
            if (parent instanceof CorpusSnapshot.Doc d) {
                return d.items().toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof CorpusSnapshot.Item it) {
                return it.doc();
            }
            if (element instanceof CorpusSnapshot.Doc d && snapshots.size() > 1) {
                return d.owner();
            }
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof CorpusSnapshot s ? !s.docs().isEmpty()
                    : element instanceof CorpusSnapshot.Doc d && d.document() != null && !d.document().getItems().isEmpty();
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    private static final class Labels extends LabelProvider implements IStyledLabelProvider {
        @Override
        public StyledString getStyledText(Object element) {
            if (element instanceof CorpusSnapshot s) {
                return new StyledString(s.project().getName()).append("  " + plural(s.docs().size(), Messages.CorpusView_document,
                        Messages.CorpusView_documents) + (s.problem() == null ? "" : " · " + s.problem()), StyledString.DECORATIONS_STYLER);
            }
            if (element instanceof CorpusSnapshot.Doc d) {
                if (d.document() == null) {
                    return new StyledString(d.file).append("  " + d.error(), StyledString.COUNTER_STYLER);
                }
                // named by its title, as a reader knows it; the id (the file name) after it
                String title = d.document().getTitle();
                boolean titled = title != null && !title.isBlank() && !title.strip().equals(d.id());
                StyledString s = new StyledString(titled ? shorten(title.strip(), 70) : d.id());
                int n = d.owner().mentions(d.id()).size();
                s.append("  " + (titled ? d.id() + " · " : "") + plural(d.document().getItems().size(), Messages.CorpusView_item, Messages.CorpusView_items)
                        + (n == 0 ? "" : " · " + plural(n, Messages.CorpusView_mentionCount, Messages.CorpusView_mentionsCount)), StyledString.DECORATIONS_STYLER);
                return s;
            }
            if (element instanceof CorpusSnapshot.Item it) {
                CorpusItem item = it.item();
                StyledString s = new StyledString(label(item));
                long n = it.doc().owner().mentions(it.doc().id()).stream()
                        .filter(m -> m.start() >= item.getStart() && m.end() <= item.getEnd()).count();
                String date = item.getDate() == null ? "" : item.getDate();
                String extra = date + (n == 0 ? "" : (date.isEmpty() ? "" : " · ") + plural((int) n, Messages.CorpusView_mentionCount, Messages.CorpusView_mentionsCount));
                if (!extra.isEmpty()) {
                    s.append("  " + extra, n == 0 ? StyledString.DECORATIONS_STYLER : StyledString.COUNTER_STYLER);
                }
                return s;
            }
            return new StyledString(String.valueOf(element));
        }

        @Override
        public Image getImage(Object element) {
            ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
            if (element instanceof CorpusSnapshot) {
                return images.getImage(org.eclipse.ui.ide.IDE.SharedImages.IMG_OBJ_PROJECT);
            }
            if (element instanceof CorpusSnapshot.Doc d) {
                return images.getImage(d.document() == null ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJ_FILE);
            }
            return images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
        }
    }
}
