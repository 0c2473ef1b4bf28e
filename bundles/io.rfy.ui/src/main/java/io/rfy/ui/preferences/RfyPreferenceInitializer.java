package io.rfy.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

import io.rfy.ide.preferences.RfyPreferences;

/**
 * Registered for the preference node {@value RfyPreferences#QUALIFIER} (this bundle's name, which is how the
 * platform finds an initializer); the defaults themselves are io.rfy.ide's, which the builder also reads headless.
 */
public final class RfyPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        RfyPreferences.setDefaults();
    }
}
