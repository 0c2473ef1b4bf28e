package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.rfy.ui.editor.BatchEditor;
import io.rfy.ui.editor.ReviewEditor;

/**
 * The Preview pages of the review and batch editors, reached by clicking their tab, read as a reader sees them:
 * the browser's rendered text (or the text fallback where no browser engine is installed).
 */
class PreviewUiTest {

    /** Where Debian installs WebKitGTK: if it is there, the preview must use it, not the fallback. */
    private static final boolean WEBKIT = Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libwebkit2gtk-4.1.so.0"));

    @BeforeEach
    void window() {
        Ui.sizeWindow();
    }

    @AfterEach
    void closeEditors() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
    }

    @Test
    void theReviewPreviewShowsHeadingsWithoutHabrsAnchorNames() throws Exception {
        IProject project = Ui.sampleProject("preview-review");
        ReviewEditor editor = assertInstanceOf(ReviewEditor.class,
                IDE.openEditor(Ui.page(), project.getFile("reviews/2020-05/jukebox.md")));
        Ui.processEvents();
        Keys.clickTab(Ui.shell(), "Preview");
        String text = editor.previewText();
        assertTrue(text.contains("1. Jukebox"), text);
        assertFalse(text.contains("1-jukebox"), "the <anchor> name is not text:\n" + text);
        if (WEBKIT) {
            assertTrue(editor.previewEvaluate("return 1;") != null, "WebKitGTK is installed: the preview renders HTML");
            assertEquals(1.0, ((Number) editor.previewEvaluate(
                    "return document.querySelectorAll('a.anchor').length;")).doubleValue(), "one anchor target");
            String heading = (String) editor.previewEvaluate("return document.querySelector('h2').innerText;");
            assertTrue(heading.strip().startsWith("1. Jukebox"), heading);
        }
        Ui.screenshot("review-editor-preview");
    }

    @Test
    void theBatchPreviewShowsTheWholePostAsHabrDoes() throws Exception {
        IProject project = Ui.sampleProject("preview-batch");
        BatchEditor editor = assertInstanceOf(BatchEditor.class,
                IDE.openEditor(Ui.page(), project.getFile("batches/2020-05-part-1.md")));
        editor.join();
        Keys.clickTab(Ui.shell(), "Preview");
        String text = editor.previewText();
        assertTrue(text.startsWith("Рубрика Читаем статьи за вас. Май 2020. Часть 1"), text.substring(0, 80));
        assertTrue(text.contains("Привет, Хабр!"), "the intro");
        for (String heading : new String[] {"1. Efficient Document Re-Ranking", "3. Jukebox", "7. Flowtron"}) {
            assertTrue(text.contains(heading), heading + " in\n" + text);
        }
        assertFalse(text.contains("<anchor>") || text.contains("3-jukebox") || text.contains("<cut"),
                "Habr's tags are rendered, not shown:\n" + text);
        assertTrue(text.contains("Cut: the feed shows the text above it"), "where the <cut/> is");
        if (WEBKIT) {
            assertEquals(7.0, ((Number) editor.previewEvaluate("return document.querySelectorAll('h2').length;"))
                    .doubleValue(), "one heading per review");
            assertEquals(8.0, ((Number) editor.previewEvaluate("return document.querySelectorAll('a.anchor').length;"))
                    .doubleValue(), "top and one per review, as link targets");
            assertEquals(0.0, ((Number) editor.previewEvaluate(
                    "return document.querySelectorAll('img:not([src]), img[src=\"\"]').length;")).doubleValue());
            // the table of contents' links lead to the reviews' anchors
            assertEquals(true, editor.previewEvaluate("var a = document.querySelector('ol a[href^=\"#\"]');"
                    + " return a != null && document.getElementById(a.getAttribute('href').substring(1)) != null;"));
        }
        Ui.screenshot("batch-editor-preview");
    }
}
