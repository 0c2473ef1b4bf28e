package io.rfy.ui.wizards;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;

/**
 * A page whose Next does the work the following page shows (reading a post, exporting a batch), in the wizard's
 * container; when the work fails the page stays, saying why.
 */
abstract class PreparingPage extends WizardPage {

    PreparingPage(String name) {
        super(name);
    }

    /** Does the work; false (with the page's error message set) when the wizard cannot go on. */
    abstract boolean prepare();

    @Override
    public boolean canFlipToNextPage() {
        // the default asks getNextPage(), which would do the work on every button update: only Next should
        return isPageComplete();
    }

    @Override
    public IWizardPage getNextPage() {
        return prepare() ? super.getNextPage() : null;
    }
}
