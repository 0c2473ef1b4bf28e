package io.rfy.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import io.rfy.validation.ReportEntry;

/** The validation report of the workspace (the same as {@code rfy validate}): severity, code, message, place. */
public class ProblemsView extends ViewPart {

    public static final String ID = "io.rfy.ui.problems";

    private TableViewer viewer;
    private final Consumer<WorkspaceModel.Snapshot> listener = snapshot -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.setInput(snapshot.report());
                    setContentDescription(snapshot.report().size() + " problems");
                }
            });
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Severity", 80, e -> e.severity().label());
        column("Message", 480, e -> e.message() + (e.suggestion() == null ? "" : "  → " + e.suggestion()));
        column("Place", 300, e -> e.file() + ":" + e.line() + ":" + e.column());
        column("Code", 230, ReportEntry::code);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        WorkspaceModel.get().addListener(listener);
    }

    private void column(String title, int width, Function<ReportEntry, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ReportEntry) element);
            }
        });
    }

    TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        WorkspaceModel.get().removeListener(listener);
        super.dispose();
    }
}
