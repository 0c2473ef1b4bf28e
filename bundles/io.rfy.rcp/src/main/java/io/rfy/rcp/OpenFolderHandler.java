package io.rfy.rcp;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Open Workspace Folder...: the same as {@code rfy gui <folder>} from inside the workbench. The IDE's own
 * "Open Projects from File System" would make a plain project, without the RFY nature, builder and markers.
 */
public final class OpenFolderHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(Messages.OpenFolder_title);
        dialog.setMessage(Messages.OpenFolder_message);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path folder;
        try {
            folder = GuiArguments.folder(chosen);
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(shell, Messages.OpenFolder_title, e.getMessage());
            return null;
        }
        new OpenFolderJob(folder).schedule();
        return null;
    }
}
