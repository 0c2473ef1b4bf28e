package io.rfy.rcp;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The RFY perspective: the reviews on the left, the editor area, the validation problems below. */
public class RfyPerspective implements IPerspectiveFactory {

	public static final String ID = "io.rfy.rcp.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		// the problems first, so that they span the whole width under the reviews and the editors
		layout.addView("io.rfy.ui.problems", IPageLayout.BOTTOM, 0.68f, layout.getEditorArea());
		layout.addView("io.rfy.ui.reviews", IPageLayout.LEFT, 0.38f, layout.getEditorArea());
	}
}
