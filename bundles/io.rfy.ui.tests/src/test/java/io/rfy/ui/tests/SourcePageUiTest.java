package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.rfy.ui.editor.ReviewEditor;

/** The Source page as a place to write prose: wrap, line numbers, colouring, key completion in the front matter. */
class SourcePageUiTest {

    @BeforeEach
    void window() {
        Ui.sizeWindow();
        Ui.shell().forceActive();
    }

    @AfterEach
    void closeEditors() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
    }

    @Test
    void longParagraphsWrapLinesAreNumberedAndTheBodyIsColoured() throws Exception {
        IProject project = Ui.sampleProject("source-prose");
        ReviewEditor editor = assertInstanceOf(ReviewEditor.class,
                IDE.openEditor(Ui.page(), project.getFile("reviews/2020-05/jukebox.md")));
        Ui.processEvents();
        Keys.clickTab(Ui.shell(), "Source");
        StyledText text = editor.sourceEditor().viewer().getTextWidget();
        assertTrue(text.getWordWrap(), "soft wrap is on by default");
        assertTrue(editor.sourceEditor().lineNumbersShown(), "line numbers are on by default");
        // the Russian paragraphs are longer than the window is wide: wrapped, nothing runs off to the right
        assertTrue(text.getHorizontalBar() == null || !text.getHorizontalBar().isVisible() || text.getHorizontalBar()
                .getMaximum() <= text.getClientArea().width + 1, "no horizontal scrolling");

        // typed at the end of the body: a heading, inline code and a figure, each coloured
        Keys.click(text);
        text.setSelection(text.getCharCount());
        Keys.type("\n## Results\nThe `vq-vae` codes ![Figure 1](https://habrastorage.org/x.png)\n");
        Ui.processEvents();
        String all = text.getText();
        StyleRange heading = text.getStyleRangeAtOffset(all.indexOf("## Results") + 3);
        StyleRange code = text.getStyleRangeAtOffset(all.indexOf("`vq-vae`") + 2);
        StyleRange figure = text.getStyleRangeAtOffset(all.indexOf("![Figure 1]") + 3);
        StyleRange plain = text.getStyleRangeAtOffset(all.indexOf("The `vq") + 1);
        assertTrue(heading != null && (heading.fontStyle & SWT.BOLD) != 0, "a heading is bold");
        assertTrue(code != null && code.foreground != null, "inline code has a colour");
        assertTrue(figure != null && (figure.fontStyle & SWT.ITALIC) != 0, "a figure is set apart");
        assertTrue(plain == null || plain.foreground == null || !plain.foreground.equals(code.foreground),
                "plain text is not coloured as code");
        Ui.screenshot("source-page-prose");
    }

    @Test
    void ctrlSpaceOnAnEmptyLineInsidePapersOffersThePapersKeys() throws Exception {
        IProject project = Ui.sampleProject("source-keys");
        IFile file = project.getFile("reviews/2020-05/jukebox.md");
        ReviewEditor editor = assertInstanceOf(ReviewEditor.class, IDE.openEditor(Ui.page(), file));
        Ui.processEvents();
        Keys.clickTab(Ui.shell(), "Source");
        StyledText text = editor.sourceEditor().viewer().getTextWidget();
        Keys.click(text);
        int at = text.getText().indexOf("    year: 2020") + "    year: 2020".length();
        text.setSelection(at);
        Keys.type("\n"); // a new line inside the paper: the editor indents it as the line above
        int line = text.getLineAtOffset(text.getCaretOffset());
        assertEquals("    ", text.getLine(line), "the keys' indentation");
        Keys.ctrl(' ');
        Table proposals = proposals();
        List<String> shown = new ArrayList<>();
        for (var item : proposals.getItems()) {
            shown.add(item.getText());
        }
        Ui.screenshotAsIs("source-page-key-completion");
        assertTrue(shown.contains("title  (key)") && shown.contains("aliases  (key)"), shown.toString());
        assertFalse(shown.stream().anyMatch(s -> s.contains("(reviewer)")), "no reviewer ids here: " + shown);
        // pick "aliases" (double-click), type its value, Ctrl+S: the paper has the alias on disk
        int doi = shown.indexOf("aliases  (key)");
        proposals.setSelection(doi);
        org.eclipse.swt.widgets.Event pick = new org.eclipse.swt.widgets.Event();
        pick.item = proposals.getItem(doi);
        proposals.notifyListeners(SWT.DefaultSelection, pick);
        Ui.processEvents();
        Keys.type("[Jukebox AI]");
        Keys.save(editor);
        String saved = Files.readString(Path.of(file.getLocation().toOSString()), StandardCharsets.UTF_8);
        assertTrue(saved.contains("    aliases: [Jukebox AI]\n"), saved);
        assertEquals(List.of("Jukebox AI"), editor.review().getPapers().get(0).getAliases());
    }

    /** The content assist pop-up's proposals. */
    private static Table proposals() {
        Table[] found = new Table[1];
        Ui.waitFor(() -> {
            for (Shell s : Ui.shell().getDisplay().getShells()) {
                if (s != Ui.shell() && s.isVisible()) {
                    for (Table t : Ui.find(Table.class, s)) {
                        if (t.getItemCount() > 0) {
                            found[0] = t;
                            return true;
                        }
                    }
                }
            }
            return false;
        }, 5_000);
        assertTrue(found[0] != null, "Ctrl+Space shows proposals");
        return found[0];
    }
}
