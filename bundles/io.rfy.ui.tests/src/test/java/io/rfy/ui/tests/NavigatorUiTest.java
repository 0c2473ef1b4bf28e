package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.ui.editor.BatchEditor;
import io.rfy.ui.editor.ReviewEditor;
import io.rfy.ui.views.ReviewsTree;

/** The Project Explorer shows an RFY project's reviews by batch (publication order) and by period. */
class NavigatorUiTest {

    @AfterEach
    void cleanUp() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
    }

    private static Object[] children(CommonViewer viewer, Object parent) {
        return ((ITreeContentProvider) viewer.getContentProvider()).getChildren(parent);
    }

    private static ReviewsTree.Node child(CommonViewer viewer, Object parent, String label) {
        return Arrays.stream(children(viewer, parent)).filter(ReviewsTree.Node.class::isInstance)
                .map(ReviewsTree.Node.class::cast).filter(n -> n.label().equals(label)).findFirst().orElse(null);
    }

    /** The review ids of the sample batch, in the order its file lists them. */
    private static List<String> batchOrder(IProject project) throws Exception {
        String text = Files.readString(Path.of(project.getFile("batches/2020-05-part-1.md").getLocation().toOSString()));
        String line = text.lines().filter(l -> l.startsWith("reviews:")).findFirst().orElseThrow();
        return Arrays.stream(line.substring(line.indexOf('[') + 1, line.indexOf(']')).split(",")).map(String::strip).toList();
    }

    private static TreeItem item(TreeItem[] items, String prefix) {
        for (TreeItem i : items) {
            if (i.getText().startsWith(prefix)) {
                return i;
            }
        }
        return null;
    }

    @Test
    void theSampleBatchAndItsReviewsInPublicationOrder() throws Exception {
        IProject project = Ui.sampleProject("navigator");
        CommonNavigator explorer = (CommonNavigator) Ui.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        CommonViewer viewer = explorer.getCommonViewer();
        viewer.expandToLevel(project, 1);
        assertTrue(Ui.waitFor(() -> child(viewer, project, "Habr posts") != null, 20_000), "Batches under the project: "
                + Arrays.toString(children(viewer, project)));
        ReviewsTree.Node batches = child(viewer, project, "Habr posts");
        assertNotNull(child(viewer, project, "Reviews by period"));
        // the project's folders are still there beside the RFY groups
        assertTrue(Arrays.stream(children(viewer, project)).anyMatch(c -> c instanceof org.eclipse.core.resources.IFolder f
                && f.getName().equals("reviews")), "the resource content stays");

        assertEquals(1, batches.children().size(), batches.children().toString());
        ReviewsTree.Node batch = batches.children().get(0);
        assertTrue(batch.label().endsWith("Читаем статьи за вас. Май 2020. Часть 1"), batch.label());
        List<String> expected = batchOrder(project);
        assertEquals(7, expected.size(), expected.toString());
        List<ReviewsTree.Node> reviews = batch.children();
        assertEquals(expected, reviews.stream().map(n -> n.file().getName().replace(".md", "")).toList(),
                "reviews in publication order");
        for (int i = 0; i < reviews.size(); i++) {
            assertTrue(reviews.get(i).label().startsWith((i + 1) + ". "), reviews.get(i).label());
            assertTrue(reviews.get(i).detail().startsWith(expected.get(i) + " · "), reviews.get(i).detail());
        }
        ReviewsTree.Node period = child(viewer, child(viewer, project, "Reviews by period"), "2020-05");
        assertNotNull(period, "the sample's period");
        assertEquals(7, period.children().size());

        // what the user sees: the labels in the tree, the makeittalk review with its status (a re-read after the
        // project's first build may refresh the tree meanwhile: expand until the rows are there)
        TreeItem[] rows = new TreeItem[3];
        assertTrue(Ui.waitFor(() -> {
            // expanded through the rows' own elements: the explorer re-reads the workspace after builds, and a node
            // asked of the content provider meanwhile may not be the one its tree shows
            viewer.expandToLevel(project, 1);
            rows[0] = item(viewer.getTree().getItems(), project.getName());
            rows[1] = rows[0] == null ? null : item(rows[0].getItems(), "Habr posts");
            if (rows[1] == null) {
                return false;
            }
            viewer.expandToLevel(rows[1].getData(), 1);
            rows[2] = Arrays.stream(rows[1].getItems()).filter(i -> i.getText().contains("Читаем статьи за вас"))
                    .findFirst().orElse(null);
            if (rows[2] == null) {
                return false;
            }
            viewer.expandToLevel(rows[2].getData(), 1);
            return rows[2].getItems().length == expected.size() && !rows[2].getItems()[0].getText().isEmpty();
        }, 60_000), "the batch row with its reviews"); // the explorer re-reads after each build: slow when busy
        viewer.expandToLevel(period, 1);
        TreeItem batchItem = rows[2];
        int n = expected.indexOf("makeittalk") + 1;
        TreeItem makeItTalk = item(batchItem.getItems(), n + ". MakeItTalk");
        assertNotNull(makeItTalk, Arrays.toString(batchItem.getItems()));
        assertTrue(makeItTalk.getText().contains("makeittalk · published"), makeItTalk.getText());
        Ui.screenshot("navigator");

        // double-click (an SWT default selection) opens the review in the review editor
        ReviewsTree.Node node = reviews.get(n - 1);
        viewer.setSelection(new StructuredSelection(node), true);
        Event e = new Event();
        e.item = makeItTalk;
        viewer.getTree().notifyListeners(SWT.DefaultSelection, e);
        IFile file = project.getFile("reviews/2020-05/makeittalk.md");
        assertTrue(Ui.waitFor(() -> Ui.page().getActiveEditor() instanceof ReviewEditor r && r.file().equals(file), 10_000),
                "makeittalk.md open: " + Ui.page().getActiveEditor());

        // Enter / the Open action on a batch: the batch editor
        viewer.setSelection(new StructuredSelection(batch), true);
        Ui.processEvents();
        org.eclipse.jface.action.IAction open = explorer.getViewSite().getActionBars()
                .getGlobalActionHandler(org.eclipse.ui.navigator.ICommonActionConstants.OPEN);
        assertNotNull(open, "an Open action for RFY nodes");
        open.run();
        assertTrue(Ui.waitFor(() -> Ui.page().getActiveEditor() instanceof BatchEditor, 10_000), "the batch editor");
        assertInstanceOf(BatchEditor.class, Ui.page().getActiveEditor());
    }

    @Test
    void aChangedBatchFileIsShownAfterTheRefresh() throws Exception {
        IProject project = Ui.sampleProject("navigator-refresh");
        CommonNavigator explorer = (CommonNavigator) Ui.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        CommonViewer viewer = explorer.getCommonViewer();
        viewer.expandToLevel(project, 1);
        assertTrue(Ui.waitFor(() -> child(viewer, project, "Habr posts") != null, 20_000));
        IFile batchFile = project.getFile("batches/2020-05-part-1.md");
        String text = Files.readString(Path.of(batchFile.getLocation().toOSString()));
        List<String> order = batchOrder(project);
        List<String> reversed = new java.util.ArrayList<>(order);
        java.util.Collections.reverse(reversed);
        String changed = text.replace("reviews: [" + String.join(", ", order) + "]", "reviews: [" + String.join(", ", reversed) + "]");
        assertTrue(!changed.equals(text), "the reviews line was found");
        batchFile.setContents(new java.io.ByteArrayInputStream(changed.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                org.eclipse.core.resources.IResource.FORCE, null);
        assertTrue(Ui.waitFor(() -> {
            ReviewsTree.Node b = child(viewer, project, "Habr posts");
            return b != null && b.children().get(0).children().get(0).file().getName().equals(reversed.get(0) + ".md");
        }, 20_000), "the new order is shown");
    }
}
