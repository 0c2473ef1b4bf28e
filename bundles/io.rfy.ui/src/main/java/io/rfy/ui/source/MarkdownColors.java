package io.rfy.ui.source;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** The few colours of the Markdown source page, kept in JFace's colour registry (disposed with the display). */
final class MarkdownColors {

    private MarkdownColors() {
    }

    static TextAttribute attr(String key, RGB rgb, int style) {
        if (!JFaceResources.getColorRegistry().hasValueFor(key)) {
            JFaceResources.getColorRegistry().put(key, rgb);
        }
        Color color = JFaceResources.getColorRegistry().get(key);
        return new TextAttribute(color, null, style);
    }

    static TextAttribute heading() {
        return attr("io.rfy.ui.heading", new RGB(0x1f, 0x4e, 0x9a), SWT.BOLD);
    }

    static TextAttribute strong() {
        return attr("io.rfy.ui.text", new RGB(0x20, 0x20, 0x20), SWT.BOLD);
    }

    static TextAttribute emphasis() {
        return attr("io.rfy.ui.text", new RGB(0x20, 0x20, 0x20), SWT.ITALIC);
    }

    static TextAttribute link() {
        return attr("io.rfy.ui.link", new RGB(0x00, 0x6a, 0x8e), TextAttribute.UNDERLINE);
    }

    /** Inline code and fenced code blocks: monospace is already the editor's font, so a colour of their own. */
    static TextAttribute code() {
        return attr("io.rfy.ui.code", new RGB(0x3f, 0x7f, 0x5f), SWT.NORMAL);
    }

    /** {@code ![caption](url)}: a figure, unlike a link, is a block of the post. */
    static TextAttribute figure() {
        return attr("io.rfy.ui.figure", new RGB(0x8a, 0x4b, 0x08), SWT.ITALIC);
    }

    static TextAttribute frontMatter() {
        return attr("io.rfy.ui.frontMatter", new RGB(0x5a, 0x5a, 0x5a), SWT.NORMAL);
    }

    static TextAttribute key() {
        return attr("io.rfy.ui.key", new RGB(0x7f, 0x00, 0x55), SWT.BOLD);
    }

    static TextAttribute string() {
        return attr("io.rfy.ui.string", new RGB(0x2a, 0x00, 0xff), SWT.NORMAL);
    }
}
