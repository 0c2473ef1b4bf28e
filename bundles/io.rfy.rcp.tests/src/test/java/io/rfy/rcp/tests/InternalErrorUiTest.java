package io.rfy.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.junit.jupiter.api.Test;

/**
 * An error thrown out of RFY code on the UI thread reaches the workbench advisor's event-loop handler: it must land
 * in the Error Log with its trace (and open an error dialog, which automated mode answers at once).
 */
class InternalErrorUiTest {

    @SuppressWarnings("restriction")
    private static WorkbenchAdvisor advisor() throws Exception {
        // the advisor the workbench runs with: what its event loop hands uncaught errors to
        Method m = org.eclipse.ui.internal.Workbench.class.getDeclaredMethod("getAdvisor");
        m.setAccessible(true);
        return (WorkbenchAdvisor) m.invoke(org.eclipse.ui.internal.Workbench.getInstance());
    }

    @Test
    void anErrorFromRfyCodeGoesToTheErrorLogWithADialog() throws Exception {
        List<IStatus> logged = new ArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        boolean automated = ErrorDialog.AUTOMATED_MODE;
        ErrorDialog.AUTOMATED_MODE = true;
        try {
            IllegalStateException thrown = new IllegalStateException("the batch has no reviews"); // thrown here: io.rfy code
            advisor().eventLoopException(thrown);
            List<IStatus> ours = logged.stream().filter(s -> s.getPlugin().equals("io.rfy.rcp")).toList();
            assertEquals(1, ours.size(), logged.toString());
            assertEquals(IStatus.ERROR, ours.get(0).getSeverity());
            assertTrue(ours.get(0).getMessage().contains("IllegalStateException: the batch has no reviews"),
                    ours.get(0).getMessage());
            assertEquals(thrown, ours.get(0).getException(), "the trace is kept");
        } finally {
            ErrorDialog.AUTOMATED_MODE = automated;
            Platform.removeLogListener(listener);
        }
    }
}
