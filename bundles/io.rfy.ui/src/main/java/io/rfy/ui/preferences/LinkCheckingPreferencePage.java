package io.rfy.ui.preferences;

import io.rfy.ide.preferences.RfyPreferences;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.widgets.Composite;

/** RFY > Link Checking: the live link checker's options (Project > Check Links). */
public final class LinkCheckingPreferencePage extends RfyFieldEditorPage {

    public LinkCheckingPreferencePage() {
        super("Project > Check Links asks every web link of the workspace whether it answers (HEAD, then"
                + " GET), and reports broken and moved links as problems. Results that last are kept in"
                + " .rfy/link-check.tsv.");
    }

    @Override
    protected void createFieldEditors() {
        Composite p = getFieldEditorParent();
        addField(new BooleanFieldEditor(RfyPreferences.LINKS_ENABLED, "&Allow live link checks (sends requests to the"
                + " linked sites)", p));
        addField(integer(RfyPreferences.LINKS_TIMEOUT_S, "&Timeout per request (seconds):", 1, 600));
        addField(integer(RfyPreferences.LINKS_RETRIES, "&Retries on 429 and server errors:", 0, 10));
        addField(integer(RfyPreferences.LINKS_MAX_REDIRECTS, "Redirects &followed at most:", 0, 50));
        addField(integer(RfyPreferences.LINKS_CONCURRENCY, "Requests at a time, &overall:", 1, 256));
        addField(integer(RfyPreferences.LINKS_PER_HOST, "Requests at a time, per &host:", 1, 64));
        addField(integer(RfyPreferences.LINKS_PER_HOST_INTERVAL_MS, "&Pause between requests to a host (ms):", 0,
                60_000));
        addField(new CheckedStringFieldEditor(RfyPreferences.LINKS_ACCEPTED, "A&ccepted statuses (e.g. 403, 999, 200..=299):", p,
                RfyPreferences::statusesError));
        addField(integer(RfyPreferences.LINKS_CACHE_HOURS, "&Keep results for (hours, 0 = never reuse):", 0,
                24 * 365));
    }

    private IntegerFieldEditor integer(String key, String label, int min, int max) {
        return NumberFields.create(key, label, getFieldEditorParent(), min, max);
    }
}
