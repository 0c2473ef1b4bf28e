package io.rfy.rcp;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The RFY perspective: files and reviews on the left, editors in the middle, Outline and Mentions &amp; Backlinks
 * right, Problems and Corpus below. */
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
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editor);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(CORPUS_VIEW);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.72f, editor);
        right.addView(IPageLayout.ID_OUTLINE);
        // follows the review editor: beside it, under the outline
        IFolderLayout rightBottom = layout.createFolder("rightBottom", IPageLayout.BOTTOM, 0.45f, "right");
        rightBottom.addView(MENTIONS_VIEW);
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
