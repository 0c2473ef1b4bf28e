package io.rfy.ui.wizards;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/** The banner images of the RFY wizards, from this bundle's icons/ folder. */
final class WizardImages {

    private WizardImages() {
    }

    /** The image at {@code path} in io.rfy.ui, or none (a missing banner must not stop a wizard). */
    static ImageDescriptor descriptor(String path) {
        return ResourceLocator.imageDescriptorFromBundle("io.rfy.ui", path).orElse(null);
    }
}
