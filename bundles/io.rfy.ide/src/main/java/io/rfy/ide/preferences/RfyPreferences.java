package io.rfy.ide.preferences;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.rfy.validation.LinkCheckSettings;
import io.rfy.validation.ValidationSettings;
import io.rfy.ide.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The RFY preference keys and their mapping onto the core bundles' settings: link checking onto
 * {@link LinkCheckSettings}, Habr rules onto {@link ValidationSettings}, read through {@link InstanceScope} (the
 * preference pages of io.rfy.ui write the same node). Nothing here knows a default of its own: {@link #setDefaults}
 * takes them from the core records, so the IDE and {@code rfy validate} agree. The node keeps its old name,
 * {@value #QUALIFIER}, so settings made before the builder moved to io.rfy.ide still apply.
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

    private static volatile boolean defaultsSet;

    private RfyPreferences() {
    }

    /**
     * The defaults: the core records' own, so the IDE starts where the CLI is. Set here rather than only by a
     * preference initializer, so that the builder has them in a headless run too; idempotent.
     */
    public static void setDefaults() {
        IEclipsePreferences node = DefaultScope.INSTANCE.getNode(QUALIFIER);
        LinkCheckSettings links = LinkCheckSettings.defaults();
        // live checks send requests to every linked site: off until the user asks for them, as rfy validate --online
        node.putBoolean(LINKS_ENABLED, false);
        node.putInt(LINKS_TIMEOUT_S, (int) links.timeout().toSeconds());
        node.putInt(LINKS_RETRIES, links.retries());
        node.putInt(LINKS_MAX_REDIRECTS, links.maxRedirects());
        node.putInt(LINKS_CONCURRENCY, links.maxConcurrency());
        node.putInt(LINKS_PER_HOST, links.perHostConcurrency());
        node.putInt(LINKS_PER_HOST_INTERVAL_MS, (int) links.perHostInterval().toMillis());
        node.put(LINKS_ACCEPTED, links.acceptedStatuses().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(", ")));
        node.putInt(LINKS_CACHE_HOURS, (int) links.cacheTtl().toHours());
        ValidationSettings rules = ValidationSettings.defaults();
        node.putInt(HABR_MAX_HUBS, rules.maxHubs());
        node.putInt(HABR_MAX_TAG_LENGTH, rules.maxTagLength());
        node.put(HABR_IMAGE_HOSTS, String.join(", ", rules.imageHosts()));
        node.putBoolean(HABR_CHECK_CUT, rules.checkCut());
        defaultsSet = true;
    }

    /** What the preference pages wrote (instance scope), else the default. */
    private static String get(String key) {
        if (!defaultsSet) {
            setDefaults();
        }
        String value = InstanceScope.INSTANCE.getNode(QUALIFIER).get(key, null);
        return value != null ? value : DefaultScope.INSTANCE.getNode(QUALIFIER).get(key, "");
    }

    private static int getInt(String key) {
        try {
            return Integer.parseInt(get(key).strip());
        } catch (NumberFormatException e) {
            return 0; // as IPreferenceStore reads a value that is not a number; each use then clamps it
        }
    }

    private static boolean getBoolean(String key) {
        return Boolean.parseBoolean(get(key).strip());
    }

    public static boolean linkCheckingEnabled() {
        return getBoolean(LINKS_ENABLED);
    }

    /** The link checker's options as the preferences set them; what the preferences do not cover stays default. */
    public static LinkCheckSettings linkCheckSettings() {
        LinkCheckSettings d = LinkCheckSettings.defaults();
        return new LinkCheckSettings(Duration.ofSeconds(Math.max(1, getInt(LINKS_TIMEOUT_S))),
                Math.max(0, getInt(LINKS_MAX_REDIRECTS)), Math.max(0, getInt(LINKS_RETRIES)), d.backoff(),
                Math.max(1, getInt(LINKS_CONCURRENCY)), Math.max(1, getInt(LINKS_PER_HOST)),
                Duration.ofMillis(Math.max(0, getInt(LINKS_PER_HOST_INTERVAL_MS))), d.maxRetryAfter(),
                Duration.ofHours(Math.max(0, getInt(LINKS_CACHE_HOURS))), statuses(get(LINKS_ACCEPTED)));
    }

    /**
     * The validation settings (the Habr rules) as the preferences set them: what the builder, the batch editor's
     * checks and Check Links use, so they report the same.
     */
    public static ValidationSettings validationSettings() {
        return new ValidationSettings(Math.max(1, getInt(HABR_MAX_HUBS)), Math.max(1, getInt(HABR_MAX_TAG_LENGTH)),
                hosts(get(HABR_IMAGE_HOSTS)), getBoolean(HABR_CHECK_CUT));
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
                return NLS.bind(Messages.RfyPreferences_notAHost, part);
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
