package io.rfy.ui.source;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

/** The Markdown source page of the review editor (a text editor over the editor's model, not over the file). */
public final class ReviewSourceEditor extends TextEditor {

    private static final ResourceBundle MESSAGES = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"ContentAssistProposal.label", "Content &Assist"}};
        }
    };

    public ReviewSourceEditor(ModelDocumentProvider provider, Supplier<IdCompletions.Ids> ids) {
        setDocumentProvider(provider);
        setSourceViewerConfiguration(new ReviewSourceConfiguration(EditorsUI.getPreferenceStore(), ids, this));
    }

    @Override
    protected void createActions() {
        super.createActions();
        ContentAssistAction assist = new ContentAssistAction(MESSAGES, "ContentAssistProposal.", this);
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction("ContentAssistProposal", assist);
        markAsStateDependentAction("ContentAssistProposal", true);
    }

    /** The viewer configuration (colouring, assist, links, hovers), for tests. */
    public ReviewSourceConfiguration configuration() {
        return (ReviewSourceConfiguration) getSourceViewerConfiguration();
    }

    /** Ctrl+Space, for tests and the outline: the configured content assistant. */
    public org.eclipse.jface.text.source.ISourceViewer viewer() {
        return getSourceViewer();
    }
}
