package io.rfy.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import io.rfy.ui.internal.Messages;

/** A labelled path field with a "Browse..." button, for a file to open or to save. */
final class FileField {

    final Text text;

    FileField(Composite parent, String label, String hint, int dialogStyle, String[] extensions, String[] names) {
        new Label(parent, SWT.NONE).setText(label);
        Composite row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text = new Text(row, SWT.BORDER | SWT.SINGLE);
        text.setMessage(hint);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(row, SWT.PUSH);
        browse.setText(Messages.FileField_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(parent.getShell(), dialogStyle);
            dialog.setFilterExtensions(extensions);
            dialog.setFilterNames(names);
            dialog.setOverwrite(true);
            Path current = path();
            if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
                dialog.setFilterPath(current.getParent().toString());
            }
            String chosen = dialog.open();
            if (chosen != null) {
                text.setText(chosen);
            }
        });
    }

    /** The path typed, or null when the field is empty or not a path. */
    Path path() {
        String s = text.getText().strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Path.of(s);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
