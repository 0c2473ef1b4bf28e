package io.rfy.rcp;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The RFY perspective: files and reviews on the left, editors in the middle, Outline right; below
 * the editor Mentions &amp; Backlinks and Problems, with the Corpus beside them. */
public class RfyPerspective implements IPerspectiveFactory {

    public static final String ID = "io.rfy.rcp.perspective";
    static final String REVIEWS_VIEW = "io.rfy.ui.reviewsView";
    static final String CORPUS_VIEW = "io.rfy.ui.corpusView";
    static final String MENTIONS_VIEW = "io.rfy.ui.mentionsView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.24f, editor);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);
        IFolderLayout leftBottom = layout.createFolder("leftBottom", IPageLayout.BOTTOM, 0.5f, "left");
        leftBottom.addView(REVIEWS_VIEW);
        // below the editor: Problems and Mentions & Backlinks, with the Corpus beside them, so a mention
        // double-clicked in one shows its passage in the other
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editor);
        bottom.addView(MENTIONS_VIEW);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        IFolderLayout bottomRight = layout.createFolder("bottomRight", IPageLayout.RIGHT, 0.45f, "bottom");
        bottomRight.addView(CORPUS_VIEW);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.76f, editor);
        right.addView(IPageLayout.ID_OUTLINE);
        layout.addNewWizardShortcut("io.rfy.ui.newReview");
        layout.addNewWizardShortcut("io.rfy.ui.newBatch");
        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(REVIEWS_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(CORPUS_VIEW);
        layout.addShowViewShortcut(MENTIONS_VIEW);
    }
}
