package io.rfy.rcp;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The workbench's counterpart of the rfy command's internal error report: an error thrown out of RFY code on the UI
 * thread is never silent. It goes to the Error Log (the platform log, {@code .metadata/.log}) with its trace, and the
 * user sees a dialog naming it; errors from other plug-ins are left to the platform's own handling.
 */
final class InternalErrorHandler {

    static final String BUNDLE = "io.rfy.rcp";

    private InternalErrorHandler() {
    }

    /** Whether the error was thrown by RFY code (a frame of an {@code io.rfy.} class anywhere in its causes). */
    static boolean fromRfy(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            for (StackTraceElement e : c.getStackTrace()) {
                if (e.getClassName().startsWith("io.rfy.")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "StackOverflowError in RubricLayout.tocEntry" or "IllegalStateException: the message". */
    static String describe(Throwable t) {
        String name = t.getClass().getSimpleName();
        if (t.getMessage() != null && !t.getMessage().isBlank()) {
            String m = t.getMessage().strip();
            return name + ": " + (m.indexOf('\n') < 0 ? m : m.substring(0, m.indexOf('\n')));
        }
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("io.rfy.")) {
                return name + " in " + e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "."
                        + e.getMethodName();
            }
        }
        return name;
    }

    /** Logs the error and, when a display is there, tells the user; never throws. */
    static IStatus handle(Throwable t) {
        IStatus status = new Status(IStatus.ERROR, BUNDLE, NLS.bind(Messages.InternalError_status, describe(t)), t);
        try {
            ILog.of(Platform.getBundle(BUNDLE)).log(status);
        } catch (RuntimeException e) {
            t.printStackTrace(); // no platform log: stderr at least
        }
        Display display = Display.getCurrent();
        if (display != null && !display.isDisposed()) {
            Shell shell = display.getActiveShell();
            ErrorDialog.openError(shell, "RFY Workbench", NLS.bind(Messages.InternalError_message, describe(t)), status);
        }
        return status;
    }
}
