package io.rfy.rcp;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.internal.ide.application.IDEWorkbenchAdvisor;
import org.eclipse.ui.internal.ide.application.IDEWorkbenchWindowAdvisor;

/**
 * The IDE's window advisor (title, menus, toolbars), with a first window that fills most of the screen: the
 * default 1024x768 leaves the Corpus and Mentions views too small to read on a large display.
 */
@SuppressWarnings("restriction")
class RfyWindowAdvisor extends IDEWorkbenchWindowAdvisor {

    RfyWindowAdvisor(IDEWorkbenchAdvisor advisor, IWorkbenchWindowConfigurer configurer) {
        super(advisor, configurer);
    }

    @Override
    public void preWindowOpen() {
        super.preWindowOpen();
        // only used when there is no saved window state: a restored window keeps the size the user gave it
        getWindowConfigurer().setInitialSize(initialSize(Display.getCurrent().getPrimaryMonitor().getClientArea()));
    }

    /** The whole work area up to 1920x1200 (beyond that a window is easier to handle when it does not fill it). */
    static Point initialSize(Rectangle workArea) {
        return new Point(Math.min(workArea.width, 1920), Math.min(workArea.height, 1200));
    }
}
