package io.rfy.ui.source;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** Papers, links and cross-links of the front matter, headings and figures of the body; selecting one shows it in the source page. */
public final class MarkdownOutlinePage extends ContentOutlinePage {

    private final IDocument document;
    private final BiConsumer<Integer, Integer> reveal;
    private boolean refreshPending;

    public MarkdownOutlinePage(IDocument document, BiConsumer<Integer, Integer> reveal) {
        this.document = document;
        this.reveal = reveal;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new org.eclipse.jface.viewers.ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return false;
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                MarkdownOutline.Entry e = (MarkdownOutline.Entry) element;
                return "  ".repeat(Math.max(0, e.level() - 1)) + e;
            }

            @Override
            public Image getImage(Object element) {
                return PlatformUI.getWorkbench().getSharedImages().getImage(switch (((MarkdownOutline.Entry) element).kind()) {
                    case FIGURE -> ISharedImages.IMG_OBJ_FILE;
                    case PAPER -> ISharedImages.IMG_OBJ_FOLDER;
                    case LINK, CROSSLINK -> ISharedImages.IMG_TOOL_FORWARD;
                    case HEADING -> ISharedImages.IMG_OBJ_ELEMENT;
                });
            }
        });
        viewer.setInput(entries());
        viewer.addSelectionChangedListener(event -> {
            if (event.getStructuredSelection().getFirstElement() instanceof MarkdownOutline.Entry e) {
                reveal.accept(e.offset(), e.length());
            }
        });
        document.addDocumentListener(new org.eclipse.jface.text.IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(org.eclipse.jface.text.DocumentEvent event) {
            }

            @Override
            public void documentChanged(org.eclipse.jface.text.DocumentEvent event) {
                scheduleRefresh();
            }
        });
    }

    /** Re-reads the outline after typing pauses, not on every keystroke. */
    private void scheduleRefresh() {
        if (refreshPending || getTreeViewer() == null) {
            return;
        }
        refreshPending = true;
        getControl().getDisplay().timerExec(500, () -> {
            refreshPending = false;
            if (getControl() != null && !getControl().isDisposed()) {
                getTreeViewer().setInput(entries());
            }
        });
    }

    private List<MarkdownOutline.Entry> entries() {
        return MarkdownOutline.of(document.get());
    }

    public IStructuredSelection entriesForTest() {
        return new org.eclipse.jface.viewers.StructuredSelection(entries());
    }
}
