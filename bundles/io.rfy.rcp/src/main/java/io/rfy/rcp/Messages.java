package io.rfy.rcp;

import org.eclipse.osgi.util.NLS;

/**
 * The workbench shell's user-visible strings: messages.properties, in Russian messages_ru.properties. The fields are
 * public: NLS sets public static fields only (package-private ones stay null).
 */
final class Messages extends NLS {

    public static String OpenFolder_title;
    public static String OpenFolder_message;
    public static String OpenFolderJob_name;

    public static String GuideView_find;
    public static String GuideView_findHint;
    public static String GuideView_unreadable;
    public static String InternalError_status;
    public static String InternalError_message;
    public static String GuiArguments_noSuchFolder;
    public static String GuiArguments_notAFolder;
    public static String Application_cannotCopySample;
    static {
        NLS.initializeMessages("io.rfy.rcp.messages", Messages.class);
    }

    private Messages() {
    }
}
