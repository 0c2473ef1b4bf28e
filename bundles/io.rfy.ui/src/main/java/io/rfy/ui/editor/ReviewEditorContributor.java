package io.rfy.ui.editor;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

/**
 * Edit menu actions of the RFY editors: on the source page those of the text editor, on form pages Undo/Redo of
 * the editor's EMF command stack.
 */
public final class ReviewEditorContributor extends MultiPageEditorActionBarContributor {

    private IEditorPart editor;
    private CommandStack stack;
    private IAction undo;
    private IAction redo;

    @Override
    public void setActiveEditor(IEditorPart part) {
        editor = part;
        CommandStack s = part instanceof ModelFileEditor m ? m.domain().getCommandStack() : null;
        if (s != stack) {
            stack = s;
            undo = s == null ? null : ModelUndoActions.undo(s);
            redo = s == null ? null : ModelUndoActions.redo(s);
        }
        super.setActiveEditor(part);
    }

    @Override
    public void setActivePage(IEditorPart page) {
        IActionBars bars = getActionBars();
        if (bars == null) {
            return;
        }
        String[] ids = {ActionFactory.UNDO.getId(), ActionFactory.REDO.getId(), ActionFactory.CUT.getId(),
            ActionFactory.COPY.getId(), ActionFactory.PASTE.getId(), ActionFactory.SELECT_ALL.getId(),
            ActionFactory.FIND.getId()};
        String[] textIds = {ITextEditorActionConstants.UNDO, ITextEditorActionConstants.REDO,
            ITextEditorActionConstants.CUT, ITextEditorActionConstants.COPY, ITextEditorActionConstants.PASTE,
            ITextEditorActionConstants.SELECT_ALL, ITextEditorActionConstants.FIND};
        for (int i = 0; i < ids.length; i++) {
            bars.setGlobalActionHandler(ids[i], page instanceof ITextEditor text ? text.getAction(textIds[i]) : null);
        }
        if (!(page instanceof ITextEditor) && editor != null) {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        }
        bars.updateActionBars();
    }
}
