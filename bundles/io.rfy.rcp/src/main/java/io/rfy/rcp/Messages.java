package io.rfy.rcp;

import org.eclipse.osgi.util.NLS;

/** The workbench shell's user-visible strings: messages.properties, in Russian messages_ru.properties. */
final class Messages extends NLS {

    static String OpenFolder_title;
    static String OpenFolder_message;
    static String OpenFolderJob_name;

    static String GuideView_find;
    static String GuideView_findHint;
    static String GuideView_unreadable;
    static String InternalError_status;
    static String InternalError_message;
    static String GuiArguments_noSuchFolder;
    static String GuiArguments_notAFolder;
    static String Application_cannotCopySample;
    static {
        NLS.initializeMessages("io.rfy.rcp.messages", Messages.class);
    }

    private Messages() {
    }
}
