package io.rfy.ui.editor;

import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

/** The question asked when the store refuses a save because the file changed on disk since it was read. */
public final class FileChangedPrompt {

    public enum Answer { OVERWRITE, RELOAD, CANCEL }

    /** How the user is asked (by file name); tests replace it with a fixed answer. */
    public static Function<String, Answer> ask = FileChangedPrompt::dialog;

    private FileChangedPrompt() {
    }

    private static Answer dialog(String name) {
        MessageDialog dialog = new MessageDialog(Display.getCurrent().getActiveShell(), "File changed on disk", null,
                name + " was changed on disk (by another program, a quick fix or a Git operation) since it was opened.\n\n"
                        + "Overwrite it with your version, or reload it and lose your unsaved changes?",
                MessageDialog.WARNING, 2, "&Overwrite", "&Reload from disk", "Cancel");
        return switch (dialog.open()) {
            case 0 -> Answer.OVERWRITE;
            case 1 -> Answer.RELOAD;
            default -> Answer.CANCEL;
        };
    }
}
