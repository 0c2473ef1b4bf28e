package io.rfy.ui.source;

import java.util.function.Supplier;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** The Markdown source page: colouring per partition and content assist for reviewer and review ids. */
public final class ReviewSourceConfiguration extends TextSourceViewerConfiguration {

    private final Supplier<IdCompletions.Ids> ids;

    public ReviewSourceConfiguration(IPreferenceStore preferences, Supplier<IdCompletions.Ids> ids) {
        super(preferences);
        this.ids = ids;
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
