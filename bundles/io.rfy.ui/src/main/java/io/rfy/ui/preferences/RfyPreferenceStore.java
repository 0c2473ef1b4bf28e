package io.rfy.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.rfy.ide.preferences.RfyPreferences;

/** The JFace view of the RFY preference node, for the preference pages: they write what io.rfy.ide reads. */
public final class RfyPreferenceStore {

    private static ScopedPreferenceStore store;

    private RfyPreferenceStore() {
    }

    /** The instance-scope store of {@value RfyPreferences#QUALIFIER} (one per workbench, saved with its metadata). */
    public static synchronized IPreferenceStore get() {
        if (store == null) {
            RfyPreferences.setDefaults();
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, RfyPreferences.QUALIFIER);
        }
        return store;
    }
}
