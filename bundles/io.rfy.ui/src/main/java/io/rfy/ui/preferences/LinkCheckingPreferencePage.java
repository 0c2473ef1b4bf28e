package io.rfy.ui.preferences;

import io.rfy.ide.preferences.RfyPreferences;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.widgets.Composite;
import io.rfy.ui.internal.Messages;

/** RFY > Link Checking: the live link checker's options (Project > Check Links). */
public final class LinkCheckingPreferencePage extends RfyFieldEditorPage {

    public LinkCheckingPreferencePage() {
        super(Messages.LinkChecking_description);
    }

    @Override
    protected void createFieldEditors() {
        Composite p = getFieldEditorParent();
        addField(new BooleanFieldEditor(RfyPreferences.LINKS_ENABLED, Messages.LinkChecking_enabled, p));
        addField(integer(RfyPreferences.LINKS_TIMEOUT_S, Messages.LinkChecking_timeout, 1, 600));
        addField(integer(RfyPreferences.LINKS_RETRIES, Messages.LinkChecking_retries, 0, 10));
        addField(integer(RfyPreferences.LINKS_MAX_REDIRECTS, Messages.LinkChecking_redirects, 0, 50));
        addField(integer(RfyPreferences.LINKS_CONCURRENCY, Messages.LinkChecking_concurrency, 1, 256));
        addField(integer(RfyPreferences.LINKS_PER_HOST, Messages.LinkChecking_perHost, 1, 64));
        addField(integer(RfyPreferences.LINKS_PER_HOST_INTERVAL_MS, Messages.LinkChecking_pause, 0,
                60_000));
        addField(new CheckedStringFieldEditor(RfyPreferences.LINKS_ACCEPTED, Messages.LinkChecking_accepted, p,
                RfyPreferences::statusesError));
        addField(integer(RfyPreferences.LINKS_CACHE_HOURS, Messages.LinkChecking_cache, 0,
                24 * 365));
    }

    private IntegerFieldEditor integer(String key, String label, int min, int max) {
        return NumberFields.create(key, label, getFieldEditorParent(), min, max);
    }
}
