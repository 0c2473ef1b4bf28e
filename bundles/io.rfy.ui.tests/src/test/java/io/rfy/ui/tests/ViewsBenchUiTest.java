package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.corpus.Mention;
import io.rfy.ui.editor.ReviewEditor;
import io.rfy.ui.views.CorpusView;
import io.rfy.ui.views.MentionsView;
import io.rfy.ui.views.ReviewsTree;
import io.rfy.store.FolderCopy;

/**
 * Figures for the views on a larger project, printed (the machine is shared) with only loose sanity checks: 1,000
 * reviews and 200 corpus documents (the four seeds, 50 times each, about 5.7 MB).
 */
class ViewsBenchUiTest {

    @AfterEach
    void cleanUp() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /** Closes a view another test left open, so its first read is measured here. */
    private static void close(String id) {
        var view = Ui.page().findView(id);
        if (view != null) {
            Ui.page().hideView(view);
        }
        Ui.processEvents();
    }

    @Test
    void viewsOnAThousandReviewsAndTwoHundredDocuments() throws Exception {
        close(CorpusView.ID);
        close(MentionsView.ID);
        Path root = Files.createTempDirectory("rfy-ui-views-bench-").resolve("views-bench");
        FolderCopy.copy(Ui.repo().resolve("examples/sample-ws"), root);
        String template = Files.readString(root.resolve("reviews/2020-05/jukebox.md"));
        for (int n = 0; n < 993; n++) {
            // distinct papers that the seeds do not name, so the mentions are the sample's own
            String text = template.replace("{review: flowtron}", "{review: makeittalk}")
                    .replace("title: \"Jukebox: A Generative Model for Music\"", "title: \"Synthetic Study " + n + "\"")
                    .replaceAll("2005\\.00341", "1901." + String.format("%05d", n));
            String folder = String.format("%04d-%02d", 2012 + n / 120, 1 + n / 10 % 12);
            Files.createDirectories(root.resolve("reviews/" + folder));
            Files.writeString(root.resolve("reviews/" + folder + "/synthetic-" + n + ".md"), text);
        }
        long bytes = 0;
        for (Path seed : SeedCorpus.seeds()) {
            String name = seed.getFileName().toString();
            for (int copy = 0; copy < 50; copy++) {
                Path target = root.resolve("corpus/" + (copy == 0 ? name : name.replace(".txt", "-copy" + copy + ".txt")));
                Files.copy(seed, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                bytes += Files.size(target);
            }
        }
        long t = System.nanoTime();
        IProject project = Ui.open(root);
        System.out.printf("BENCH views: project of 1,000 reviews, 200 documents (%.1f MB): opened and built in %d ms%n",
                bytes / 1e6, ms(t));

        t = System.nanoTime();
        CommonNavigator explorer = (CommonNavigator) Ui.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().expandToLevel(project, 1);
        ITreeContentProvider content = (ITreeContentProvider) explorer.getCommonViewer().getContentProvider();
        assertTrue(Ui.waitFor(() -> Arrays.stream(content.getChildren(project))
                .anyMatch(c -> c instanceof ReviewsTree.Node n && n.label().equals("Reviews by period")), 60_000));
        System.out.printf("BENCH views: Project Explorer groups of 1,000 reviews shown in %d ms%n", ms(t));

        t = System.nanoTime();
        CorpusView corpus = (CorpusView) Ui.page().showView(CorpusView.ID);
        assertTrue(Ui.waitFor(() -> corpus.snapshots().stream().anyMatch(s -> s.project().equals(project)
                && s.docs().size() == 200), 120_000), "200 documents read");
        System.out.printf("BENCH views: Corpus view read 200 documents with mentions in %d ms%n", ms(t));
        t = System.nanoTime();
        corpus.tree().expandToLevel(2);
        Ui.processEvents();
        System.out.printf("BENCH views: Corpus tree expanded (%d items) in %d ms%n",
                corpus.snapshots().get(0).docs().stream().mapToInt(d -> d.items().size()).sum(), ms(t));

        IFile file = project.getFile("reviews/2020-05/makeittalk.md");
        ReviewEditor editor = (ReviewEditor) IDE.openEditor(Ui.page(), file);
        t = System.nanoTime();
        MentionsView mentions = (MentionsView) Ui.page().showView(MentionsView.ID);
        Ui.page().activate(editor);
        assertTrue(Ui.waitFor(() -> mentions.snapshot() != null && mentions.snapshot().reviewId().equals("makeittalk"),
                120_000));
        System.out.printf("BENCH views: Mentions & Backlinks of makeittalk: %d unlinked, %d backlinks, read in %d ms%n",
                mentions.snapshot().unlinked().size(), mentions.snapshot().backlinks().size(), ms(t));
        // the 49 copies of the digest name MakeItTalk unlinked; the original is linked
        assertEquals(49, mentions.snapshot().unlinked().stream().filter(m -> m.quote().equals("MakeItTalk")).count());
        assertEquals(993, mentions.snapshot().backlinks().size(), "every synthetic review links to makeittalk");

        Mention first = mentions.snapshot().unlinked().get(0);
        mentions.viewer().setSelection(new StructuredSelection(first), true);
        t = System.nanoTime();
        mentions.linkAction().run();
        Path path = Path.of(file.getLocation().toOSString());
        assertTrue(Ui.waitFor(() -> {
            try {
                return Files.readString(path).contains("corpus: " + first.document() + ",");
            } catch (java.io.IOException e) {
                return false;
            }
        }, 60_000));
        System.out.printf("BENCH views: Link (fresh read of the workspace + atomic save) in %d ms%n", ms(t));
        t = System.nanoTime();
        assertTrue(Ui.waitFor(() -> mentions.snapshot().unlinked().stream().noneMatch(m -> m.equals(first)), 120_000));
        System.out.printf("BENCH views: Mentions view read again after the link in %d ms%n", ms(t));
    }
}
