package io.rfy.rcp;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The first start of the workbench (per Eclipse workspace, ~/.rfy-workbench): the guide opens at "Start here", the
 * three things to do first. Afterwards it opens only from Help > Help Contents.
 */
public final class FirstStart {

    private static final String KEY = "firstStartShown";

    private FirstStart() {
    }

    /** Shows the start page if it was never shown in this Eclipse workspace; whether it did. */
    public static boolean showIfFirst() {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode("io.rfy.rcp");
        if (prefs.getBoolean(KEY, false)) {
            return false;
        }
        if (GuideHelp.guide("start") == null) {
            return false;
        }
        prefs.putBoolean(KEY, true);
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // shown again next time: harmless
        }
        return true;
    }
}
