package io.rfy.ui.preferences;

import io.rfy.ide.preferences.RfyPreferences;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.swt.widgets.Composite;

import io.rfy.habr.CutRule;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** RFY > Habr Rules: the policy limits of the validation (hubs, tags, image hosts, the cut check). */
public final class HabrRulesPreferencePage extends RfyFieldEditorPage {

    public HabrRulesPreferencePage() {
        super(Messages.HabrRules_description);
    }

    @Override
    protected void createFieldEditors() {
        Composite p = getFieldEditorParent();
        addField(NumberFields.create(RfyPreferences.HABR_MAX_HUBS, Messages.HabrRules_hubs, p, 1, 20));
        addField(NumberFields.create(RfyPreferences.HABR_MAX_TAG_LENGTH, Messages.HabrRules_tagLength, p, 1, 200));
        addField(new CheckedStringFieldEditor(RfyPreferences.HABR_IMAGE_HOSTS, Messages.HabrRules_imageHosts, p,
                RfyPreferences::hostsError));
        addField(new BooleanFieldEditor(RfyPreferences.HABR_CHECK_CUT, NLS.bind(Messages.HabrRules_cut,
                new Object[] {CutRule.MIN_BEFORE, CutRule.MAX_BEFORE, CutRule.MIN_AFTER}), p));
    }
}
