package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.corpus.CorpusAnchors;
import io.rfy.corpus.CorpusReader;
import io.rfy.model.CorpusCrossLink;
import io.rfy.model.CorpusDocument;
import io.rfy.model.CorpusItem;
import io.rfy.model.CrossLink;
import io.rfy.store.RfyWorkspace;
import io.rfy.ui.views.CorpusSnapshot;
import io.rfy.ui.views.CorpusView;
import io.rfy.ui.views.LinkOperation;

/** The Corpus view on the seed digests and channel pages: documents, items, highlights, and linking a passage. */
class CorpusViewUiTest {

    private static final CorpusView.ReviewChooser CHOOSE = CorpusView.chooseReview;

    @AfterEach
    void cleanUp() {
        CorpusView.chooseReview = CHOOSE;
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
    }

    static CorpusView open(IProject project) throws Exception {
        CorpusView view = (CorpusView) Ui.page().showView(CorpusView.ID);
        // the view may have been reading before the project was there: wait for a read that has it
        assertTrue(Ui.waitFor(() -> view.snapshots().stream().anyMatch(s -> s.project().equals(project)
                && s.docs().size() == 4), 30_000), "the project's corpus read");
        return view;
    }

    private static CorpusSnapshot.Item item(CorpusView view, String doc, java.util.function.Predicate<CorpusItem> which) {
        return view.snapshots().get(0).doc(doc).items().stream().filter(i -> which.test(i.item())).findFirst().orElseThrow();
    }

    @Test
    void listsTheSeedDocumentsAndTheirItemsWithMentionsHighlighted() throws Exception {
        // without the sample's cross-link to it, the MakeItTalk passage is an (unlinked) mention
        IProject project = SeedCorpus.project("corpus-view", dir -> {
            Path review = dir.resolve("reviews/2020-05/makeittalk.md");
            String text = Files.readString(review);
            Files.writeString(review, String.join("\n", text.lines().filter(l -> !l.contains("{corpus: ")).toList()) + "\n");
        });
        CorpusView view = open(project);
        List<Path> seeds = SeedCorpus.seeds();
        TreeItem[] docs = view.tree().getTree().getItems();
        assertEquals(4, docs.length, Arrays.toString(docs));
        for (int i = 0; i < seeds.size(); i++) {
            CorpusDocument expected = CorpusReader.read(seeds.get(i));
            String title = expected.getTitle() == null ? "" : expected.getTitle().strip();
            boolean titled = !title.isEmpty() && !title.equals(expected.getId());
            assertTrue(titled ? docs[i].getText().startsWith(title.substring(0, Math.min(40, title.length())))
                    && docs[i].getText().contains(expected.getId() + " · " + expected.getItems().size() + " items")
                    : docs[i].getText().startsWith(expected.getId() + "  " + expected.getItems().size() + " items"),
                    "named by its title: " + docs[i].getText());
            assertTrue(expected.getItems().size() > 3, expected.getId() + " has items");
            view.tree().expandToLevel(view.snapshots().get(0).doc(expected.getId()), 1);
            Ui.processEvents();
            TreeItem[] items = docs[i].getItems();
            assertEquals(expected.getItems().size(), items.length);
            assertTrue(items[0].getText().startsWith(expected.getItems().get(0).getTitle().strip().substring(0,
                    Math.min(40, expected.getItems().get(0).getTitle().strip().length()))), items[0].getText());
        }

        // the digest item naming MakeItTalk: its text, with the mention in yellow and bold
        CorpusSnapshot.Item talk = item(view, SeedCorpus.DIGEST, i -> i.getText().contains("MakeItTalk"));
        view.tree().setSelection(new StructuredSelection(talk), true);
        Ui.processEvents();
        assertEquals(talk.item().getText(), view.text().getText());
        int at = view.text().getText().indexOf("MakeItTalk");
        StyleRange style = Arrays.stream(view.text().getStyleRanges()).filter(r -> r.start <= at && at < r.start + r.length)
                .findFirst().orElse(null);
        assertNotNull(style, "the mention is highlighted");
        assertEquals(new org.eclipse.swt.graphics.RGB(255, 236, 150), style.background.getRGB(), "a mention: yellow");
        assertTrue((style.fontStyle & SWT.BOLD) != 0, "and bold");
        assertEquals(at, style.start, "exactly the name");
        assertEquals("MakeItTalk".length(), style.length, "exactly the name");
        assertTrue(view.text().getStyleRangeAtOffset(at + "MakeItTalk".length()) == null, "not what follows it");
        TreeItem digest = view.tree().getTree().getItems()[0];
        assertTrue(digest.getText().contains(" mention"), digest.getText());

        view.tree().setSelection(new StructuredSelection(talk), true);
        view.text().setSelection(at, at + "MakeItTalk".length());
        view.text().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()); // as a mouse selection does
        Ui.processEvents();
        assertTrue(view.linkAction().isEnabled());
        Ui.screenshot("corpus-view");
        // maximized, as one reads a long digest
        var ref = Ui.page().findViewReference(CorpusView.ID);
        Ui.page().setPartState(ref, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Ui.processEvents();
        Ui.screenshot("corpus-view-maximized");
        Ui.page().setPartState(ref, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);

        // "Link to review..." on the highlighted name suggests the review of its paper; cancelling writes nothing
        Path review = Path.of(project.getFile("reviews/2020-05/makeittalk.md").getLocation().toOSString());
        String unchanged = Files.readString(review);
        String[] suggested = {null};
        CorpusView.chooseReview = (shell, snapshot, s) -> {
            suggested[0] = s == null ? "none" : s.id();
            return null;
        };
        view.linkAction().run();
        assertEquals("makeittalk", suggested[0]);
        Ui.processEvents();
        assertEquals(unchanged, Files.readString(review), "cancelled: nothing written");

        // a document added to corpus/ is read without a manual refresh
        org.eclipse.core.resources.IFile added = project.getFile("corpus/005_added.txt");
        added.create(Files.newInputStream(seeds.get(2)), true, null);
        assertTrue(Ui.waitFor(() -> view.snapshots().stream().anyMatch(s -> s.docs().size() == 5
                && s.doc("005_added") != null), 20_000), "the new document is listed");
        assertEquals(view.snapshots().get(0).doc(expectedId(seeds.get(2))).document().getItems().size(),
                view.snapshots().get(0).doc("005_added").document().getItems().size());
    }

    @Test
    void linkingASelectedPassageWritesTheCrossLinkWithCodePointOffsetsAndUndoRemovesIt() throws Exception {
        IProject project = SeedCorpus.project("corpus-link");
        CorpusView view = open(project);
        Path jukebox = Path.of(project.getFile("reviews/2020-05/jukebox.md").getLocation().toOSString());
        String before = Files.readString(jukebox);

        // a post after two dozen emoji: char and code point offsets differ there
        CorpusSnapshot.Item post = item(view, SeedCorpus.CHANNEL, i -> i.getTitle() != null && i.getTitle().contains("MvM"));
        view.tree().setSelection(new StructuredSelection(post), true);
        Ui.processEvents();
        String shown = view.text().getText();
        String quote = "альтернативный GAN";
        int at = shown.indexOf(quote);
        assertTrue(at >= 0, shown);
        assertTrue(!view.linkAction().isEnabled(), "nothing selected, nothing to link");
        // a selection with blanks around it: they are not part of the quote
        view.text().setSelection(at - 1, at + quote.length());
        view.text().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertTrue(view.linkAction().isEnabled(), "a passage selected");
        // the chooser a user gets: every review, filtered as one types
        var dialog = CorpusView.reviewChooser(Ui.shell(), view.snapshots().get(0));
        dialog.setBlockOnOpen(false);
        dialog.setFilter("juke");
        dialog.open();
        Ui.processEvents();
        Ui.screenshot("corpus-link-dialog", dialog.getShell());
        dialog.close();
        CorpusView.chooseReview = (shell, snapshot, suggested) -> snapshot.choices().stream().filter(c -> c.id().equals("jukebox"))
                .findFirst().orElseThrow();
        view.linkAction().run();
        assertTrue(Ui.waitFor(() -> read(jukebox).contains(CHANNEL_LINK), 20_000), read(jukebox));

        String after = Files.readString(jukebox);
        String line = after.lines().filter(l -> l.contains(CHANNEL_LINK)).findFirst().orElseThrow();
        assertTrue(line.contains("quote: " + quote) || line.contains("quote: \"" + quote + "\""), line);
        assertTrue(line.startsWith("  - {corpus: "), "a flow entry under crosslinks: " + line);
        assertEquals(before.lines().count() + 1, after.lines().count(), "one line added, the rest kept");

        RfyWorkspace ws = RfyWorkspace.load(Path.of(project.getLocation().toOSString()));
        List<CrossLink> links = ws.review("jukebox").getCrossLinks();
        CorpusCrossLink link = (CorpusCrossLink) links.get(links.size() - 1);
        assertEquals(quote, link.getQuote());
        CorpusAnchors.Resolution r = CorpusAnchors.resolve(ws, link);
        assertEquals(CorpusAnchors.Status.EXACT, r.status(), "prefix + quote + suffix are in the document");
        String docText = view.snapshots().get(0).doc(SeedCorpus.CHANNEL).document().getText();
        int charStart = docText.indexOf(link.getPrefix() + quote) + link.getPrefix().length();
        assertEquals(docText.codePointCount(0, charStart), r.start(), "code point offset");
        assertTrue(r.start() < charStart, "emoji before it: code points < chars");
        assertTrue(link.getPrefix().length() > 10 && link.getSuffix().length() > 10, link.getPrefix() + "|" + link.getSuffix());

        // the view reads the change and shows the passage as linked
        assertTrue(Ui.waitFor(() -> view.snapshots().stream().anyMatch(s -> s.linked(SeedCorpus.CHANNEL).stream()
                .anyMatch(l -> l.review().equals("jukebox"))), 20_000), "linked passage shown");
        // and keeps its place: the document the passage is in is still open in the tree
        assertTrue(java.util.Arrays.stream(view.tree().getExpandedElements()).anyMatch(e -> e instanceof
                CorpusSnapshot.Doc d && d.id().equals(SeedCorpus.CHANNEL)), "the tree did not collapse after the link");

        // and, once read again, in green
        view.tree().setSelection(new StructuredSelection(post), true);
        Ui.processEvents();
        StyleRange green = view.text().getStyleRangeAtOffset(view.text().getText().indexOf(quote));
        assertNotNull(green, "the linked passage is highlighted");
        assertEquals(new org.eclipse.swt.graphics.RGB(190, 235, 190), green.background.getRGB());
        view.text().setSelection(view.text().getText().indexOf(quote), view.text().getText().indexOf(quote) + quote.length());
        Ui.screenshot("corpus-view-linked");

        // Edit > Undo of the view: the entry goes, the file is as before
        assertTrue(LinkOperation.history().canUndo(LinkOperation.CONTEXT));
        LinkOperation.history().undo(LinkOperation.CONTEXT, null, null);
        assertEquals(before, Files.readString(jukebox), "undo restores the file");
    }

    private static String expectedId(Path seed) {
        String name = seed.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static final String CHANNEL_LINK = "corpus: " + SeedCorpus.CHANNEL;

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
