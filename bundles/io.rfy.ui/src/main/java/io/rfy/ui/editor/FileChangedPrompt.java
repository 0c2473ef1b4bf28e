package io.rfy.ui.editor;

import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import io.rfy.ui.internal.Messages;

/** The question asked when the store refuses a save because the file changed on disk since it was read. */
public final class FileChangedPrompt {

    public enum Answer { OVERWRITE, RELOAD, CANCEL }

    /** How the user is asked (by file name); tests replace it with a fixed answer. */
    public static Function<String, Answer> ask = FileChangedPrompt::dialog;

    /**
     * Asked when a dirty editor is activated and its file changed on disk meanwhile: true replaces the editor's
     * contents with the file's. Tests replace it with a fixed answer.
     */
    public static java.util.function.Predicate<String> replace = FileChangedPrompt::replaceDialog;

    private FileChangedPrompt() {
    }

    private static boolean replaceDialog(String name) {
        // the platform's text editors ask the same question in the same words
        return MessageDialog.openQuestion(Display.getCurrent().getActiveShell(), Messages.FileChanged_title,
                NLS.bind(Messages.FileChanged_replace, name));
    }

    private static Answer dialog(String name) {
        MessageDialog dialog = new MessageDialog(Display.getCurrent().getActiveShell(), Messages.FileChanged_conflictTitle,
                null, NLS.bind(Messages.FileChanged_conflict, name), MessageDialog.WARNING, 2,
                Messages.FileChanged_overwrite, Messages.FileChanged_reload, IDialogConstants.CANCEL_LABEL);
        return switch (dialog.open()) {
            case 0 -> Answer.OVERWRITE;
            case 1 -> Answer.RELOAD;
            default -> Answer.CANCEL;
        };
    }
}
