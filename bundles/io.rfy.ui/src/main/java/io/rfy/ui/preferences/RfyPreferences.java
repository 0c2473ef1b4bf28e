package io.rfy.ui.preferences;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.rfy.validation.LinkCheckSettings;
import io.rfy.validation.ValidationSettings;

/**
 * The RFY preference keys and their mapping onto the core bundles' settings: link checking onto
 * {@link LinkCheckSettings}, Habr rules onto {@link ValidationSettings}. Nothing here knows a default of its own:
 * {@link RfyPreferenceInitializer} takes them from the core records, so the IDE and {@code rfy validate} agree.
 */
public final class RfyPreferences {

    public static final String QUALIFIER = "io.rfy.ui";

    public static final String LINKS_ENABLED = "links.enabled";
    public static final String LINKS_TIMEOUT_S = "links.timeoutSeconds";
    public static final String LINKS_RETRIES = "links.retries";
    public static final String LINKS_MAX_REDIRECTS = "links.maxRedirects";
    public static final String LINKS_CONCURRENCY = "links.concurrency";
    public static final String LINKS_PER_HOST = "links.perHostConcurrency";
    public static final String LINKS_PER_HOST_INTERVAL_MS = "links.perHostIntervalMillis";
    public static final String LINKS_ACCEPTED = "links.acceptedStatuses";
    public static final String LINKS_CACHE_HOURS = "links.cacheHours";

    public static final String HABR_MAX_HUBS = "habr.maxHubs";
    public static final String HABR_MAX_TAG_LENGTH = "habr.maxTagLength";
    public static final String HABR_IMAGE_HOSTS = "habr.imageHosts";
    public static final String HABR_CHECK_CUT = "habr.checkCut";

    private static ScopedPreferenceStore store;

    private RfyPreferences() {
    }

    /** The instance-scope store of io.rfy.ui (one per workbench, saved with the workspace metadata). */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
        }
        return store;
    }

    public static boolean linkCheckingEnabled(IPreferenceStore s) {
        return s.getBoolean(LINKS_ENABLED);
    }

    /** The link checker's options as the preferences set them; what the preferences do not cover stays default. */
    public static LinkCheckSettings linkCheckSettings(IPreferenceStore s) {
        LinkCheckSettings d = LinkCheckSettings.defaults();
        return new LinkCheckSettings(Duration.ofSeconds(Math.max(1, s.getInt(LINKS_TIMEOUT_S))),
                Math.max(0, s.getInt(LINKS_MAX_REDIRECTS)), Math.max(0, s.getInt(LINKS_RETRIES)), d.backoff(),
                Math.max(1, s.getInt(LINKS_CONCURRENCY)), Math.max(1, s.getInt(LINKS_PER_HOST)),
                Duration.ofMillis(Math.max(0, s.getInt(LINKS_PER_HOST_INTERVAL_MS))), d.maxRetryAfter(),
                Duration.ofHours(Math.max(0, s.getInt(LINKS_CACHE_HOURS))), statuses(s.getString(LINKS_ACCEPTED)));
    }

    /** The validation settings (the Habr rules) as the preferences set them. */
    public static ValidationSettings validationSettings(IPreferenceStore s) {
        return new ValidationSettings(Math.max(1, s.getInt(HABR_MAX_HUBS)), Math.max(1, s.getInt(HABR_MAX_TAG_LENGTH)),
                hosts(s.getString(HABR_IMAGE_HOSTS)), s.getBoolean(HABR_CHECK_CUT));
    }

    /** The workbench's validation settings: what the builder and the Check Links command use. */
    public static ValidationSettings validationSettings() {
        return validationSettings(store());
    }

    /** "403, 999, 200..=204" -> the statuses, as rfy validate --accept reads them; nothing when it cannot be read. */
    static Set<Integer> statuses(String text) {
        try {
            return LinkCheckSettings.parseStatuses(text);
        } catch (IllegalArgumentException e) {
            return Set.of(); // the page refuses such a value before it is stored
        }
    }

    /** What is wrong with a list of statuses, or null when rfy validate --accept would take it. */
    public static String statusesError(String text) {
        try {
            LinkCheckSettings.parseStatuses(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** "habrastorage.org, hsto.org" -> the host names, lower-case. */
    static List<String> hosts(String text) {
        List<String> result = new ArrayList<>();
        for (String part : split(text)) {
            result.add(part.toLowerCase(java.util.Locale.ROOT));
        }
        return result;
    }

    /** The first entry that is not a host name, or null. */
    public static String hostsError(String text) {
        for (String part : split(text)) {
            if (!part.matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+")) {
                return "'" + part + "' is not a host name (e.g. habrastorage.org)";
            }
        }
        return null;
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
