package io.rfy.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;

/** A wizard dialog the tests can press Next and Finish on, as a user would (the same code paths as the buttons). */
final class WizardDriver extends WizardDialog {

    WizardDriver(IWizard wizard, int width, int height) {
        super(Ui.shell(), wizard);
        setBlockOnOpen(false);
        create();
        getShell().setSize(width, height);
        open();
        Ui.processEvents();
    }

    void next() {
        nextPressed();
        Ui.processEvents();
    }

    /** Presses Finish; true when the wizard finished (the dialog closed). */
    boolean finish() {
        finishPressed();
        Ui.processEvents();
        return getShell() == null || getShell().isDisposed();
    }

    void screenshot(String name) throws Exception {
        Ui.screenshot(name, getShell());
    }

    /** The seed whose file name starts with {@code prefix} ("004_"). */
    static Path seed(String prefix) throws Exception {
        try (Stream<Path> list = Files.list(Ui.repo().resolve("seeds"))) {
            return list.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }
}
