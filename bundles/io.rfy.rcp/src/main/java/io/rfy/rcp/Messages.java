package io.rfy.rcp;

import org.eclipse.osgi.util.NLS;

/** The workbench shell's user-visible strings: messages.properties, in Russian messages_ru.properties. */
final class Messages extends NLS {

    static String OpenFolder_title;
    static String OpenFolder_message;
    static String OpenFolderJob_name;

    static {
        NLS.initializeMessages("io.rfy.rcp.messages", Messages.class);
    }

    private Messages() {
    }
}
