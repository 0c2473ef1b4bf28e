package io.rfy.ui.preferences;

import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import io.rfy.validation.LinkCheckSettings;
import io.rfy.validation.ValidationSettings;

/** The defaults of the RFY preferences: the core bundles' own defaults, so the IDE starts where the CLI is. */
public final class RfyPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences node = DefaultScope.INSTANCE.getNode(RfyPreferences.QUALIFIER);
        LinkCheckSettings links = LinkCheckSettings.defaults();
        // live checks send requests to every linked site: off until the user asks for them, as rfy validate --online
        node.putBoolean(RfyPreferences.LINKS_ENABLED, false);
        node.putInt(RfyPreferences.LINKS_TIMEOUT_S, (int) links.timeout().toSeconds());
        node.putInt(RfyPreferences.LINKS_RETRIES, links.retries());
        node.putInt(RfyPreferences.LINKS_MAX_REDIRECTS, links.maxRedirects());
        node.putInt(RfyPreferences.LINKS_CONCURRENCY, links.maxConcurrency());
        node.putInt(RfyPreferences.LINKS_PER_HOST, links.perHostConcurrency());
        node.putInt(RfyPreferences.LINKS_PER_HOST_INTERVAL_MS, (int) links.perHostInterval().toMillis());
        node.put(RfyPreferences.LINKS_ACCEPTED, links.acceptedStatuses().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(", ")));
        node.putInt(RfyPreferences.LINKS_CACHE_HOURS, (int) links.cacheTtl().toHours());
        ValidationSettings rules = ValidationSettings.defaults();
        node.putInt(RfyPreferences.HABR_MAX_HUBS, rules.maxHubs());
        node.putInt(RfyPreferences.HABR_MAX_TAG_LENGTH, rules.maxTagLength());
        node.put(RfyPreferences.HABR_IMAGE_HOSTS, String.join(", ", rules.imageHosts()));
        node.putBoolean(RfyPreferences.HABR_CHECK_CUT, rules.checkCut());
    }
}
