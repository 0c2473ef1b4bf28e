package io.rfy.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IEditorAssociationOverride;

import io.rfy.store.WorkspaceLayout;

/**
 * Both RFY editors open {@code .md} files; which one a file gets depends on where it lives in the workspace
 * folder: reviews/ opens the review editor, batches/ the batch editor, any other Markdown a plain text editor.
 */
public final class WorkspaceFolderEditorOverride implements IEditorAssociationOverride {

    @Override
    public IEditorDescriptor[] overrideEditors(IEditorInput input, IContentType type, IEditorDescriptor[] editors) {
        return editors;
    }

    @Override
    public IEditorDescriptor[] overrideEditors(String fileName, IContentType type, IEditorDescriptor[] editors) {
        return editors;
    }

    @Override
    public IEditorDescriptor overrideDefaultEditor(IEditorInput input, IContentType type, IEditorDescriptor editor) {
        if (!(input instanceof IFileEditorInput fileInput)) {
            return editor;
        }
        String id = editorFor(fileInput.getFile());
        if (id == null) {
            boolean ours = editor != null && (ReviewEditor.ID.equals(editor.getId()) || BatchEditor.ID.equals(editor.getId()));
            return ours ? PlatformUI.getWorkbench().getEditorRegistry().findEditor("org.eclipse.ui.DefaultTextEditor") : editor;
        }
        IEditorDescriptor descriptor = PlatformUI.getWorkbench().getEditorRegistry().findEditor(id);
        return descriptor == null ? editor : descriptor;
    }

    @Override
    public IEditorDescriptor overrideDefaultEditor(String fileName, IContentType type, IEditorDescriptor editor) {
        return editor;
    }

    /** The RFY editor for a workspace file, or null. */
    public static String editorFor(IFile file) {
        WorkspaceLayout.Kind kind = WorkspaceLayout.kindOf(file.getProjectRelativePath().toString());
        return kind == WorkspaceLayout.Kind.REVIEW ? ReviewEditor.ID : kind == WorkspaceLayout.Kind.BATCH ? BatchEditor.ID
                : null;
    }
}
