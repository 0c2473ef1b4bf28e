package io.rfy.ide.internal;

import org.eclipse.osgi.util.NLS;

/**
 * io.rfy.ide's user-visible strings (job names, progress, errors): messages.properties, in Russian
 * messages_ru.properties, chosen by the workbench's locale ({@code -nl}). Finding messages of the core rules and
 * their codes are not here: they are the same in every language, as in {@code rfy validate}'s reports.
 */
public final class Messages extends NLS {

    public static String WorkspaceModels_announce;
    public static String WorkspaceModels_notAFolder;
    public static String WorkspaceProject_opening;
    public static String WorkspaceProject_notAFolder;
    public static String CrossLinkSuggestions_inDocument;
    public static String CrossLinkSuggestions_inItem;
    public static String CrossLinkSuggestions_message;
    public static String ProblemMarkers_withFix;
    public static String ProblemMarkers_line;
    public static String RfyBuilder_checking;
    public static String RfyBuilder_failed;
    public static String RfyBuilder_cannotRead;
    public static String RfyBuilder_cannotReadChanged;
    public static String CheckLinksJob_name;
    public static String CheckLinksJob_loading;
    public static String CheckLinksJob_done;
    public static String CheckLinksJob_failed;
    public static String RfyPreferences_notAHost;

    static {
        NLS.initializeMessages("io.rfy.ide.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
