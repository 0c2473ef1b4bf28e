package io.rfy.ui.wizards;

import java.util.function.BiConsumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

/** What a wizard says when it is done (where it wrote what); tests replace it to read the message. */
public final class WizardReport {

    /** Title and message; by default an information dialog. */
    public static BiConsumer<String, String> tell = (title, message) -> MessageDialog.openInformation(
            Display.getCurrent().getActiveShell(), title, message);

    private WizardReport() {
    }
}
