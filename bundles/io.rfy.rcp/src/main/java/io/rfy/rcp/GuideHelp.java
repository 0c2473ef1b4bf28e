package io.rfy.rcp;

import java.net.URL;

import org.eclipse.help.IContext;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The standalone workbench's help system (extension point org.eclipse.ui.helpSupport): Help > Help Contents, Search
 * and Dynamic Help show the user guide in the Guide view. The Eclipse help system itself (its browser, index and
 * search server) would need org.eclipse.help.ui, help.webapp and a Jetty; the guide is one page, shown directly.
 */
public final class GuideHelp extends AbstractHelpUI {

    @Override
    public void displayHelp() {
        guide(null);
    }

    @Override
    public void displaySearch() {
        GuideView view = guide(null);
        if (view != null) {
            view.focusSearch();
        }
    }

    @Override
    public void displayDynamicHelp() {
        guide(null);
    }

    @Override
    public void search(String searchQuery) {
        GuideView view = guide(null);
        if (view != null) {
            view.searchField().setText(searchQuery == null ? "" : searchQuery);
            view.focusSearch();
        }
    }

    @Override
    public void displayContext(IContext context, int x, int y) {
        guide(null);
    }

    @Override
    public void displayHelpResource(String href) {
        // "help/guide.html#batch" (the guide's own table of contents) or anything else: the guide, at that section
        int hash = href == null ? -1 : href.indexOf('#');
        guide(hash < 0 ? null : href.substring(hash + 1));
    }

    @Override
    public boolean isContextHelpDisplayed() {
        return false;
    }

    @Override
    public URL resolve(String href, boolean documentOnly) {
        return null;
    }

    /** Opens (or brings up) the Guide view, at {@code section} when given. */
    static GuideView guide(String section) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return null;
        }
        try {
            GuideView view = (GuideView) page.showView(GuideView.ID);
            if (section != null) {
                view.show(section);
            }
            return view;
        } catch (PartInitException e) {
            return null;
        }
    }
}
