package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The icons plugin.xml names for editors, views, wizards and the Check Links command exist and are 16x16. */
class IconsUiTest {

    private static void is16x16(String what, ImageDescriptor descriptor) {
        assertNotNull(descriptor, what + " has no icon");
        Image image = descriptor.createImage(false); // null when the file is missing
        assertNotNull(image, what + ": the icon file does not load");
        try {
            assertEquals(16, image.getBounds().width, what);
            assertEquals(16, image.getBounds().height, what);
        } finally {
            image.dispose();
        }
    }

    @Test
    void editorsViewsWizardsAndTheCommandHaveTheirIcons() {
        IWorkbench w = PlatformUI.getWorkbench();
        is16x16("review editor", w.getEditorRegistry().findEditor("io.rfy.ui.reviewEditor").getImageDescriptor());
        is16x16("batch editor", w.getEditorRegistry().findEditor("io.rfy.ui.batchEditor").getImageDescriptor());
        is16x16("Reviews view", w.getViewRegistry().find("io.rfy.ui.reviewsView").getImageDescriptor());
        is16x16("New Review", w.getNewWizardRegistry().findWizard("io.rfy.ui.newReview").getImageDescriptor());
        is16x16("New Batch", w.getNewWizardRegistry().findWizard("io.rfy.ui.newBatch").getImageDescriptor());
        is16x16("Import Habr", w.getImportWizardRegistry().findWizard("io.rfy.ui.importHabr").getImageDescriptor());
        is16x16("Import corpus", w.getImportWizardRegistry().findWizard("io.rfy.ui.importCorpus").getImageDescriptor());
        is16x16("Export batch", w.getExportWizardRegistry().findWizard("io.rfy.ui.exportHabr").getImageDescriptor());
        is16x16("Check Links", w.getService(org.eclipse.ui.commands.ICommandImageService.class)
                .getImageDescriptor("io.rfy.ui.checkLinks"));
    }
}
