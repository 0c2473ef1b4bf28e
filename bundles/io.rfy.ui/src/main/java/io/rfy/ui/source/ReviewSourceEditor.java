package io.rfy.ui.source;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

import io.rfy.ui.internal.Messages;

/**
 * The Markdown source page of the review editor (a text editor over the editor's model, not over the file). Prose
 * settings differ from the platform's text editor: long paragraphs wrap and lines are numbered, unless the user
 * turns either off (kept in this plug-in's preferences, in front of the editors' own).
 */
public final class ReviewSourceEditor extends TextEditor {

    private static final ResourceBundle MESSAGES = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"ContentAssistProposal.label", Messages.Source_assist}};
        }
    };

    public ReviewSourceEditor(ModelDocumentProvider provider, Supplier<IdCompletions.Ids> ids, Runnable beforeFix) {
        setDocumentProvider(provider);
        IPreferenceStore store = preferences();
        setPreferenceStore(store);
        ReviewSourceConfiguration configuration = new ReviewSourceConfiguration(store, ids, this);
        configuration.beforeQuickFix(beforeFix);
        setSourceViewerConfiguration(configuration);
    }

    /** Word wrap and line numbers on by default, in front of the editors' preferences. */
    private static IPreferenceStore preferences() {
        ScopedPreferenceStore own = new ScopedPreferenceStore(InstanceScope.INSTANCE, "io.rfy.ui.source");
        own.setDefault(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_LINE_NUMBER_RULER, true);
        own.setDefault(PREFERENCE_WORD_WRAP_ENABLED, true);
        return new ChainedPreferenceStore(new IPreferenceStore[] {own, EditorsUI.getPreferenceStore()});
    }

    @Override
    protected void createActions() {
        super.createActions();
        ContentAssistAction assist = new ContentAssistAction(MESSAGES, "ContentAssistProposal.", this);
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction("ContentAssistProposal", assist);
        markAsStateDependentAction("ContentAssistProposal", true);
    }

    /** The ruler's context menu: Quick Fix for the problems of the line clicked, as in the Java editor. */
    @Override
    protected void rulerContextMenuAboutToShow(IMenuManager menu) {
        super.rulerContextMenuAboutToShow(menu);
        int line = getVerticalRuler().getLineOfLastMouseButtonActivity();
        IDocument document = getSourceViewer().getDocument();
        if (line < 0 || line >= document.getNumberOfLines()) {
            return;
        }
        try {
            int offset = document.getLineOffset(line);
            List<IMarker> markers = new MarkerQuickFixes(() -> {
            }).markersOnLine(getSourceViewer().getAnnotationModel(), document, offset);
            if (!markers.isEmpty()) {
                Action fix = new Action(Messages.Source_quickFix) {
                    @Override
                    public void run() {
                        quickFixAt(offset);
                    }
                };
                fix.setActionDefinitionId(ITextEditorActionDefinitionIds.QUICK_ASSIST);
                if (menu.find(ITextEditorActionConstants.GROUP_REST) != null) {
                    menu.prependToGroup(ITextEditorActionConstants.GROUP_REST, fix);
                } else {
                    menu.add(fix);
                }
            }
        } catch (BadLocationException e) {
            // no line there
        }
    }

    /** Moves the cursor to {@code offset} and shows the quick fixes there (Ctrl+1). */
    public void quickFixAt(int offset) {
        selectAndReveal(offset, 0);
        ISourceViewer viewer = getSourceViewer();
        if (viewer instanceof SourceViewer sv && sv.canDoOperation(ISourceViewer.QUICK_ASSIST)) {
            sv.doOperation(ISourceViewer.QUICK_ASSIST);
        }
    }

    /** Whether the line number ruler is shown (tests). */
    public boolean lineNumbersShown() {
        if (getVerticalRuler() instanceof org.eclipse.jface.text.source.CompositeRuler ruler) {
            for (var it = ruler.getDecoratorIterator(); it.hasNext();) {
                if (it.next().getClass().getName().contains("LineNumber")) {
                    return true;
                }
            }
        }
        return false;
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
