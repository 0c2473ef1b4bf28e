package io.rfy.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** UI test (name ends in UiTest: runs in the Tycho UI harness, inside the io.rfy.rcp.workbench application). */
class WorkbenchUiTest {

	@Test
	void workbenchIsRunning() {
		assertTrue(PlatformUI.isWorkbenchRunning());
		// not getActiveWorkbenchWindow(): without a window manager (Xvfb) no shell need be active
		IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
		assertEquals(1, windows.length, "open workbench windows");
	}

	@Test
	void rfyPerspectiveIsRegisteredAndOpen() {
		IPerspectiveDescriptor rfy = PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId("io.rfy.rcp.perspective");
		assertNotNull(rfy, "perspective io.rfy.rcp.perspective");
		assertEquals("RFY", rfy.getLabel());
		IPerspectiveDescriptor open = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().getPerspective();
		assertEquals("io.rfy.rcp.perspective", open.getId());
	}
}
