package io.rfy.rcp;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The RFY perspective; empty until the review views exist. */
public class RfyPerspective implements IPerspectiveFactory {

	public static final String ID = "io.rfy.rcp.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
	}
}
