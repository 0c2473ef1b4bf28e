package io.rfy.ui.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** A grid of field editors over the RFY preference store, with a description on top. */
abstract class RfyFieldEditorPage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    RfyFieldEditorPage(String description) {
        super(GRID);
        setDescription(description);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(RfyPreferenceStore.get());
    }
}
