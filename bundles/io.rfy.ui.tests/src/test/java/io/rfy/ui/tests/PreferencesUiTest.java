package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.ide.preferences.RfyPreferences;
import io.rfy.ui.preferences.RfyPreferenceStore;
import io.rfy.validation.LinkCheckSettings;
import io.rfy.validation.ValidationSettings;

/** The RFY preference pages open under "RFY", store what is typed, refuse what is wrong, and map onto the core settings. */
class PreferencesUiTest {

    private static final List<String> KEYS = List.of(RfyPreferences.LINKS_ENABLED, RfyPreferences.LINKS_TIMEOUT_S,
            RfyPreferences.LINKS_PER_HOST, RfyPreferences.LINKS_ACCEPTED, RfyPreferences.LINKS_CACHE_HOURS,
            RfyPreferences.HABR_MAX_HUBS, RfyPreferences.HABR_IMAGE_HOSTS, RfyPreferences.HABR_CHECK_CUT);
    private static final String[] PAGES = {"io.rfy.ui.preferences", "io.rfy.ui.preferences.links",
            "io.rfy.ui.preferences.habr"};

    private PreferenceDialog dialog;

    @AfterEach
    void restore() {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        KEYS.forEach(RfyPreferenceStore.get()::setToDefault);
    }

    private PreferenceDialog open(String page) {
        dialog = PreferencesUtil.createPreferenceDialogOn(Ui.shell(), page, PAGES, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().setSize(900, 600);
        Ui.processEvents();
        return dialog;
    }

    /** The control right after the label (or check box) whose text starts with {@code label}, mnemonics ignored. */
    @SuppressWarnings("unchecked")
    private static <T extends Control> T after(Composite root, String label, Class<T> type) {
        ArrayDeque<Control> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Control c = todo.poll();
            if (c instanceof Composite comp) {
                Control[] children = comp.getChildren();
                for (int i = 0; i < children.length; i++) {
                    String text = children[i] instanceof Label l ? l.getText()
                            : children[i] instanceof Button b ? b.getText() : null;
                    if (text != null && text.replace("&", "").startsWith(label)) {
                        if (type.isInstance(children[i])) {
                            return (T) children[i];
                        }
                        if (i + 1 < children.length && type.isInstance(children[i + 1])) {
                            return (T) children[i + 1];
                        }
                    }
                }
                todo.addAll(List.of(children));
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " after '" + label + "'");
    }

    /** Types into a field editor: the text, then the key release its validation listens to. */
    private static void type(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.KeyUp, new Event());
        text.notifyListeners(SWT.KeyDown, new Event());
        Ui.processEvents();
    }

    @Test
    void linkCheckingStoresAndMapsOntoTheChecker() throws Exception {
        IPreferenceStore store = RfyPreferenceStore.get();
        assertEquals(LinkCheckSettings.defaults().timeout(), RfyPreferences.linkCheckSettings().timeout(),
                "the defaults are the checker's");
        assertFalse(RfyPreferences.linkCheckingEnabled(), "off until asked for");
        open("io.rfy.ui.preferences.links");
        PreferencePage page = (PreferencePage) dialog.getSelectedPage();
        assertNotNull(page);
        Composite root = (Composite) page.getControl();
        Ui.screenshot("preferences-link-checking", dialog.getShell());

        Text accepted = after(root, "Accepted statuses", Text.class);
        type(accepted, "403, 099");
        assertFalse(page.isValid(), "099 is not a status");
        type(accepted, "403, 40x");
        assertFalse(page.isValid(), "40x is not a status");
        assertTrue(page.getErrorMessage().contains("'40x'"), page.getErrorMessage());
        Ui.screenshot("preferences-link-checking-error", dialog.getShell());
        type(accepted, "403, 999, 200..=201");
        assertTrue(page.isValid(), "a range as rfy validate --accept takes it: " + page.getErrorMessage());
        Text timeout = after(root, "Timeout per request", Text.class);
        type(timeout, "0");
        assertFalse(page.isValid(), "a timeout of 0 s");
        type(timeout, "7");
        type(after(root, "Requests at a time, per host", Text.class), "3");
        type(after(root, "Keep results for", Text.class), "48");
        Button enabled = after(root, "Allow live link checks", Button.class);
        enabled.setSelection(true);
        enabled.notifyListeners(SWT.Selection, new Event());
        assertTrue(page.isValid(), String.valueOf(page.getErrorMessage()));
        assertTrue(page.performOk());
        dialog.close();

        assertTrue(store.getBoolean(RfyPreferences.LINKS_ENABLED));
        assertEquals(7, store.getInt(RfyPreferences.LINKS_TIMEOUT_S));
        LinkCheckSettings settings = RfyPreferences.linkCheckSettings();
        assertEquals(Duration.ofSeconds(7), settings.timeout());
        assertEquals(3, settings.perHostConcurrency());
        assertEquals(Duration.ofHours(48), settings.cacheTtl());
        assertEquals(Set.of(200, 201, 403, 999), settings.acceptedStatuses());
        assertEquals(LinkCheckSettings.defaults().maxConcurrency(), settings.maxConcurrency(), "untouched stays default");
    }

    @Test
    void habrRulesStoreAndMapOntoTheValidation() throws Exception {
        open("io.rfy.ui.preferences.habr");
        PreferencePage page = (PreferencePage) dialog.getSelectedPage();
        Composite root = (Composite) page.getControl();
        Ui.screenshot("preferences-habr-rules", dialog.getShell());
        Text hosts = after(root, "Image hosts", Text.class);
        type(hosts, "habrastorage.org, not a host");
        assertFalse(page.isValid());
        type(hosts, "habrastorage.org, hsto.org");
        type(after(root, "Hubs per post", Text.class), "4");
        Button cut = after(root, "Check the cut", Button.class);
        cut.setSelection(false);
        cut.notifyListeners(SWT.Selection, new Event());
        assertTrue(page.isValid(), String.valueOf(page.getErrorMessage()));
        assertTrue(page.performOk());
        dialog.close();

        ValidationSettings rules = RfyPreferences.validationSettings();
        assertEquals(4, rules.maxHubs());
        assertEquals(List.of("habrastorage.org", "hsto.org"), rules.imageHosts());
        assertFalse(rules.checkCut());
        assertEquals(ValidationSettings.defaults().maxTagLength(), rules.maxTagLength());
    }

    @Test
    void theRfyNodeDescribesItsPages() throws Exception {
        open("io.rfy.ui.preferences");
        assertNotNull(dialog.getSelectedPage());
        Ui.screenshot("preferences-rfy", dialog.getShell());
    }
}
