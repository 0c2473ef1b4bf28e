package io.rfy.ui.views;

import org.eclipse.core.resources.IResourceDelta;

/** Which resource deltas the views re-read for. */
public final class TextChanges {

    private TextChanges() {
    }

    /**
     * A file added, removed, moved or with new contents; not the builder's marker updates, which arrive as changes
     * of the same files and would make every view read the workspace again after every build.
     */
    public static boolean of(IResourceDelta d) {
        return d.getKind() != IResourceDelta.CHANGED
                || (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.MOVED_FROM
                        | IResourceDelta.MOVED_TO)) != 0;
    }
}
