package io.rfy.ui.source;

import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdaptable;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The Markdown source page: colouring per partition, content assist for reviewer and review ids, Ctrl+click on links
 * ({@link ReviewHyperlinkDetector}, through the hyperlink detector registry) and hovers ({@link ReviewTextHover}).
 */
public final class ReviewSourceConfiguration extends TextSourceViewerConfiguration {

    private final Supplier<IdCompletions.Ids> ids;
    private final ITextEditor editor;
    /** Before a quick fix writes the file: the editor saves its edits. */
    private Runnable beforeFix = () -> {
    };

    /** @param editor the editor whose input is the file links are resolved from (null: no links, no hovers) */
    public ReviewSourceConfiguration(IPreferenceStore preferences, Supplier<IdCompletions.Ids> ids, ITextEditor editor) {
        super(preferences);
        this.ids = ids;
        this.editor = editor;
    }

    public ReviewSourceConfiguration(IPreferenceStore preferences, Supplier<IdCompletions.Ids> ids) {
        this(preferences, ids, null);
    }

    @Override
    protected Map<String, IAdaptable> getHyperlinkDetectorTargets(ISourceViewer sourceViewer) {
        Map<String, IAdaptable> targets = super.getHyperlinkDetectorTargets(sourceViewer);
        if (editor != null) {
            targets.put(ReviewHyperlinkDetector.TARGET, editor);
        }
        return targets;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return editor == null ? null : new ReviewTextHover(() -> editor.getEditorInput() == null ? null
                : editor.getEditorInput().getAdapter(IFile.class));
    }

    /** What a quick fix runs first (the editor saves its unsaved edits, as the fix edits the file on disk). */
    public void beforeQuickFix(Runnable action) {
        beforeFix = action;
    }

    /** Ctrl+1: the marker resolutions of the problems on the cursor's line (those of the Problems view). */
    @Override
    public org.eclipse.jface.text.quickassist.IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        org.eclipse.jface.text.quickassist.QuickAssistAssistant assistant =
                new org.eclipse.jface.text.quickassist.QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new MarkerQuickFixes(() -> beforeFix.run()));
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return MarkdownPartitions.TYPES;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        DefaultDamagerRepairer body = new DefaultDamagerRepairer(MarkdownScanners.body());
        reconciler.setDamager(body, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(body, IDocument.DEFAULT_CONTENT_TYPE);
        DefaultDamagerRepairer yaml = new DefaultDamagerRepairer(MarkdownScanners.frontMatter());
        reconciler.setDamager(yaml, MarkdownPartitions.FRONT_MATTER);
        reconciler.setRepairer(yaml, MarkdownPartitions.FRONT_MATTER);
        return reconciler;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        IdCompletions processor = new IdCompletions(ids);
        for (String type : MarkdownPartitions.TYPES) {
            assistant.setContentAssistProcessor(processor, type);
        }
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(300);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }
}
