package io.rfy.rcp;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The RFY perspective. Left: the Project Explorer over the Reviews view (status and problem count per review),
 * with the Outline behind it. Middle: the editors, with Mentions &amp; Backlinks and Problems below. Right, at
 * full height: the Corpus, whose reading pane needs room and which shows the passage a mention double-clicked
 * in the Mentions view points to, so both stay visible side by side.
 */
public class RfyPerspective implements IPerspectiveFactory {

    public static final String ID = "io.rfy.rcp.perspective";
    static final String REVIEWS_VIEW = "io.rfy.ui.reviewsView";
    static final String CORPUS_VIEW = "io.rfy.ui.corpusView";
    static final String MENTIONS_VIEW = "io.rfy.ui.mentionsView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        // the ratios are of the space left at each step: left 20 % of the window, the Corpus 32 % of the rest
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.2f, editor);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);
        IFolderLayout leftBottom = layout.createFolder("leftBottom", IPageLayout.BOTTOM, 0.55f, "left");
        leftBottom.addView(REVIEWS_VIEW);
        leftBottom.addView(IPageLayout.ID_OUTLINE);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.68f, editor);
        right.addView(CORPUS_VIEW);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editor);
        bottom.addView(MENTIONS_VIEW);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(io.rfy.ui.views.RfyProblemsView.ID); // the same problems with their rule codes
        layout.addNewWizardShortcut("io.rfy.ui.newReview");
        layout.addNewWizardShortcut("io.rfy.ui.newBatch");
        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(REVIEWS_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(io.rfy.ui.views.RfyProblemsView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(CORPUS_VIEW);
        layout.addShowViewShortcut(MENTIONS_VIEW);
        layout.addPerspectiveShortcut(ID);
    }
}
