package io.rfy.ui.preferences;

import io.rfy.ide.preferences.RfyPreferences;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.swt.widgets.Composite;

import io.rfy.habr.CutRule;

/** RFY > Habr Rules: the policy limits of the validation (hubs, tags, image hosts, the cut check). */
public final class HabrRulesPreferencePage extends RfyFieldEditorPage {

    public HabrRulesPreferencePage() {
        super("Limits Habr applies to a post that it does not publish exactly; the validation (the builder"
                + " and Check Links) warns when a batch goes past them.");
    }

    @Override
    protected void createFieldEditors() {
        Composite p = getFieldEditorParent();
        addField(NumberFields.create(RfyPreferences.HABR_MAX_HUBS, "Hubs per post, at &most:", p, 1, 20));
        addField(NumberFields.create(RfyPreferences.HABR_MAX_TAG_LENGTH, "Longest &tag (characters):", p, 1, 200));
        addField(new CheckedStringFieldEditor(RfyPreferences.HABR_IMAGE_HOSTS, "&Image hosts (comma-separated):", p,
                RfyPreferences::hostsError));
        addField(new BooleanFieldEditor(RfyPreferences.HABR_CHECK_CUT, "Check the &cut: " + CutRule.MIN_BEFORE + "-"
                + CutRule.MAX_BEFORE + " characters before <cut/>, " + CutRule.MIN_AFTER + " after", p));
    }
}
