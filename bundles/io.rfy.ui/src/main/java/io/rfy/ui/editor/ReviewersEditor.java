package io.rfy.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.PartInitException;

import io.rfy.model.ReviewerRegistry;
import io.rfy.store.ReviewersResource;
import io.rfy.store.RfyResource;
import io.rfy.ui.internal.Messages;

/**
 * The editor of {@code reviewers.yaml}: a table of the reviewers (id, name, Slack and Habr handles) with add and
 * remove, read and written by the store's {@link ReviewersResource} (so comments and unknown keys survive, saves are
 * atomic, and a file changed on disk is not overwritten without asking).
 */
public final class ReviewersEditor extends ModelFileEditor {

    public static final String ID = "io.rfy.ui.reviewersEditor";

    private ReviewersResource resource;
    private ReviewersFormPage page;

    @Override
    protected String kind() {
        return Messages.Editor_kindReviewers;
    }

    @Override
    protected void load() throws IOException {
        Path path = Path.of(file().getLocation().toOSString());
        newDomain(null);
        ReviewersResource fresh = new ReviewersResource(URI.createFileURI(path.toString()));
        domain().getResourceSet().getResources().add(fresh);
        fresh.load(new java.io.ByteArrayInputStream(Files.readAllBytes(path)), null);
        resource = fresh;
    }

    @Override
    protected void addPages() {
        try {
            page = new ReviewersFormPage(this);
            addPage(page);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected boolean prepareSave() {
        if (registry() == null || !resource.isWritable()) {
            return false;
        }
        page.commitPending();
        return true;
    }

    @Override
    protected void write(boolean overwrite) throws IOException {
        resource.save(overwrite ? Map.of(RfyResource.OPTION_OVERWRITE_CHANGED, true) : null);
    }

    @Override
    protected void reloaded() {
        page.modelReplaced();
    }

    @Override
    protected void modelChanged() {
        if (page != null) {
            page.modelChanged();
        }
    }

    /** Selects the reviewer whose entry is at {@code line} (1-based) of the file: a link to a reviewer lands there. */
    public void revealLine(int line) {
        try {
            java.util.List<String> lines = Files.readAllLines(Path.of(file().getLocation().toOSString()));
            for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^-?\\s*id:\\s*(\\S+)").matcher(lines.get(i));
                if (m.find()) {
                    page.select(m.group(1));
                    return;
                }
            }
        } catch (IOException e) {
            // the table stays as it is
        }
    }

    /** The reviewers, or null when the file could not be read. */
    public ReviewerRegistry registry() {
        return resource.getContents().isEmpty() ? null : (ReviewerRegistry) resource.getContents().get(0);
    }

    public ReviewersResource resource() {
        return resource;
    }

    public ReviewersFormPage formPage() {
        return page;
    }
}
