package io.rfy.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** Undo and Redo over an EMF command stack, labelled with the command they undo ("Undo Set", ...). */
final class ModelUndoActions {

    private ModelUndoActions() {
    }

    static Action undo(CommandStack stack) {
        Action a = new Action() {
            @Override
            public void run() {
                if (stack.canUndo()) {
                    stack.undo();
                }
                update(this, stack, true);
            }
        };
        a.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        update(a, stack, true);
        stack.addCommandStackListener(e -> update(a, stack, true));
        return a;
    }

    static Action redo(CommandStack stack) {
        Action a = new Action() {
            @Override
            public void run() {
                if (stack.canRedo()) {
                    stack.redo();
                }
                update(this, stack, false);
            }
        };
        a.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        update(a, stack, false);
        stack.addCommandStackListener(e -> update(a, stack, false));
        return a;
    }

    private static void update(Action a, CommandStack stack, boolean undo) {
        Command c = undo ? stack.getUndoCommand() : stack.getRedoCommand();
        a.setEnabled(c != null);
        String what = c == null || c.getLabel() == null ? "" : c.getLabel();
        a.setText(NLS.bind(undo ? Messages.ModelUndo_undo : Messages.ModelUndo_redo, what).stripTrailing());
    }
}
