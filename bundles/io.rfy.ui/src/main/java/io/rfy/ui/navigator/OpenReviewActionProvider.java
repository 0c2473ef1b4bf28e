package io.rfy.ui.navigator;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;

import io.rfy.ui.views.ReviewsTree;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** "Open" (double-click, Enter, context menu) on a review or batch node: its file in the RFY editor. */
public final class OpenReviewActionProvider extends CommonActionProvider {

    private OpenAction open;

    @Override
    public void init(ICommonActionExtensionSite site) {
        if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
            open = new OpenAction(workbenchSite);
        }
    }

    @Override
    public void fillActionBars(IActionBars bars) {
        if (open != null && open.update()) {
            bars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
        }
    }

    @Override
    public void fillContextMenu(IMenuManager menu) {
        if (open != null && open.update()) {
            menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
        }
    }

    private final class OpenAction extends Action {
        private final ICommonViewerWorkbenchSite site;
        private ReviewsTree.Node node;

        OpenAction(ICommonViewerWorkbenchSite site) {
            super(Messages.OpenReview_open);
            this.site = site;
        }

        boolean update() {
            node = getContext() != null && getContext().getSelection() instanceof IStructuredSelection s
                    && s.size() == 1 && s.getFirstElement() instanceof ReviewsTree.Node n && n.file() != null ? n : null;
            setEnabled(node != null);
            return node != null;
        }

        @Override
        public void run() {
            if (node == null) {
                return;
            }
            IWorkbenchPage page = site.getPage();
            try {
                IDE.openEditor(page, node.file());
            } catch (PartInitException e) {
                site.getActionBars().getStatusLineManager().setErrorMessage(NLS.bind(Messages.OpenReview_cannotOpen,
                        node.file().getName(), e.getMessage()));
            }
        }
    }
}
