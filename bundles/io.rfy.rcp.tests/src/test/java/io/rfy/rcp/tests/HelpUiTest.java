package io.rfy.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.rcp.FirstStart;
import io.rfy.rcp.GuideView;

/** Help > Help Contents and Search show the user guide; the first start shows its "Start here" section. */
class HelpUiTest {

    @AfterEach
    void closeGuide() {
        var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        var guide = page.findView(GuideView.ID);
        if (guide != null) {
            page.hideView(guide);
        }
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /** Chooses a menu item by its labels, as a click does (the item's selection). */
    private static void choose(String menu, String item) {
        Menu bar = shell().getMenuBar();
        for (MenuItem top : bar.getItems()) {
            if (top.getText().replace("&", "").equals(menu)) {
                Menu sub = top.getMenu();
                sub.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event()); // as when the menu opens
                List<String> labels = new ArrayList<>();
                for (MenuItem i : sub.getItems()) {
                    String label = i.getText().replace("&", "").split("\t")[0];
                    labels.add(label);
                    if (label.equals(item)) {
                        i.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                        sub.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
                        return;
                    }
                }
                throw new AssertionError(item + " not in " + menu + ": " + labels);
            }
        }
        throw new AssertionError("no menu " + menu);
    }

    private static GuideView guide() {
        Screens.waitFor(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .findView(GuideView.ID) != null, 5_000);
        var view = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(GuideView.ID);
        assertTrue(view instanceof GuideView, "the guide is shown");
        return (GuideView) view;
    }

    @Test
    void helpContentsShowsTheUserGuide() throws Exception {
        choose("Help", "Help Contents");
        GuideView guide = guide();
        String text = guide.shownText();
        assertTrue(text.contains("RFY Workbench: user guide"), text);
        assertTrue(text.contains("Start here: three things to do first"), text);
        Screens.shot("help-guide", shell());
    }

    @Test
    void helpSearchPutsTheCursorInTheGuidesSearchField() throws Exception {
        choose("Help", "Search");
        GuideView guide = guide();
        Screens.waitFor(() -> guide.searchField().isFocusControl(), 3_000);
        assertTrue(guide.searchField().isFocusControl(), "ready for typing the words to find");
    }

    @Test
    void theFirstStartShowsTheThreeThingsToDoFirstOnce() throws Exception {
        var prefs = InstanceScope.INSTANCE.getNode("io.rfy.rcp");
        prefs.remove("firstStartShown");
        assertTrue(FirstStart.showIfFirst(), "shown at the first start");
        String text = guide().shownText();
        assertTrue(text.contains("Open your workspace folder") && text.contains("Write a review")
                && text.contains("Check and publish a batch"), text);
        Screens.shot("first-start", shell());
        closeGuide();
        assertFalse(FirstStart.showIfFirst(), "not again");
    }
}
