package io.rfy.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Keystrokes and mouse clicks as the display's own input (Display.post: the X server's test extension under xvfb),
 * so they reach the widget with the focus through the toolkit, the key bindings and the widgets' own listeners.
 */
final class Keys {

    private Keys() {
    }

    private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";

    /** Types {@code text} into the focused widget, one key at a time. */
    static void type(String text) {
        for (char c : text.toCharArray()) {
            boolean shift = Character.isUpperCase(c) || SHIFTED.indexOf(c) >= 0;
            if (shift) {
                post(SWT.KeyDown, SWT.SHIFT, (char) 0);
            }
            char key = Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
            if (c == '\n') {
                post(SWT.KeyDown, SWT.CR, '\r');
                post(SWT.KeyUp, SWT.CR, '\r');
            } else {
                post(SWT.KeyDown, 0, key);
                post(SWT.KeyUp, 0, key);
            }
            if (shift) {
                post(SWT.KeyUp, SWT.SHIFT, (char) 0);
            }
            settle();
        }
    }

    /** Ctrl+{@code key}, e.g. Ctrl+S. */
    static void ctrl(char key) {
        post(SWT.KeyDown, SWT.CTRL, (char) 0);
        post(SWT.KeyDown, 0, key);
        post(SWT.KeyUp, 0, key);
        post(SWT.KeyUp, SWT.CTRL, (char) 0);
        settle();
        Ui.sleep(200);
    }

    /**
     * Ctrl+S into {@code editor}'s window, then waits for the save: fails with where the keys went (active shell,
     * focus, active part) when the editor is still dirty, rather than leaving that to the assertion that follows.
     */
    static void save(org.eclipse.ui.IEditorPart editor) {
        Display display = Display.getCurrent();
        Ui.waitFor(() -> display.getActiveShell() == editor.getSite().getShell(), 2_000);
        ctrl('s');
        if (!Ui.waitFor(() -> !editor.isDirty(), 10_000)) {
            throw new AssertionError("Ctrl+S did not save " + editor.getTitle() + ": active shell " + display.getActiveShell()
                    + ", focus " + display.getFocusControl() + ", active part "
                    + editor.getSite().getPage().getActivePart());
        }
    }

    /** A key without a character: SWT.CR, SWT.ARROW_DOWN, SWT.END, SWT.ESC ... */
    static void press(int keyCode) {
        char character = keyCode == SWT.CR ? '\r' : keyCode == SWT.ESC ? (char) 27 : (char) 0;
        post(SWT.KeyDown, keyCode, character);
        post(SWT.KeyUp, keyCode, character);
        settle();
    }

    /** A left click at {@code (x, y)} of {@code control}. */
    static void click(Control control, int x, int y) {
        Point at = control.toDisplay(x, y);
        Display display = control.getDisplay();
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        display.post(move);
        Ui.sleep(60); // the pointer's enter and motion events first, as when a hand moves the mouse
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event e = new Event();
            e.type = type;
            e.button = 1;
            display.post(e);
            Ui.sleep(40);
        }
        Ui.sleep(150);
    }

    /** Puts the focus in a field, as clicking into it does. */
    static void click(Control control) {
        control.getShell().forceActive();
        control.setFocus();
        Ui.processEvents();
        Ui.sleep(50);
    }

    /** Clicks an editor's page tab ("Source", "Preview") as a user does. */
    static void clickTab(Control within, String label) {
        for (CTabFolder folder : Ui.find(CTabFolder.class, within)) {
            for (CTabItem item : folder.getItems()) {
                // an editor's tab reads "*name" while it is dirty
                if ((label.equals(item.getText()) || ("*" + label).equals(item.getText())) && item.isShowing()) {
                    Rectangle b = item.getBounds();
                    // CTabFolder draws its tabs itself and reads the mouse through its own listeners: the press and
                    // release sent to it take the path a click takes (posted pointer events are not reliable here
                    // once other shells such as hovers have been shown)
                    for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
                        Event e = new Event();
                        e.button = 1;
                        e.x = b.x + b.width / 2;
                        e.y = b.y + b.height / 2;
                        e.count = 1;
                        folder.notifyListeners(type, e);
                        settle();
                    }
                    if (!Ui.waitFor(() -> folder.getSelection() == item, 3_000)) {
                        throw new AssertionError("clicking the tab " + label + " did not select it");
                    }
                    Ui.sleep(100);
                    return;
                }
            }
        }
        throw new AssertionError("no tab " + label);
    }

    private static void post(int type, int keyCode, char character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        if (!Display.getCurrent().post(e)) {
            throw new AssertionError("the display refused the key event " + keyCode + "/" + (int) character);
        }
    }

    /** Lets the posted events come back from the X server and be dispatched. */
    static void settle() {
        Display display = Display.getCurrent();
        display.update();
        Ui.sleep(15);
    }
}
