package io.rfy.ui.editor;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.rfy.habr.HabrHtmlWriter;
import io.rfy.model.Batch;
import io.rfy.model.Review;
import io.rfy.model.Reviewer;
import io.rfy.model.RfyFactory;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.Ids;

/**
 * The review as it will appear in a Habr post: the HTML of the Habr export ({@link HabrHtmlWriter}) for a batch of
 * this one review, in a browser; where no browser engine is installed, the same HTML as readable text.
 */
final class PreviewPage {

    private final ReviewEditor editor;
    private Browser browser;
    private StyledText fallback;
    private Label banner;
    /** The HTML last given to the browser: reading it back from WebKit is asynchronous ("" until the page loaded). */
    private String shownHtml = "";

    PreviewPage(ReviewEditor editor) {
        this.editor = editor;
    }

    private Composite page;

    /**
     * The page without its browser: a browser engine takes long to start (WebKitGTK: hundreds of milliseconds), so it
     * is created when the preview is first shown, not while the editor opens.
     */
    Composite create(Composite parent) {
        page = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        page.setLayout(layout);
        banner = new Label(page, SWT.WRAP);
        GridData bannerData = new GridData(SWT.FILL, SWT.TOP, true, false);
        bannerData.horizontalIndent = 6; // a wrapped second line must not touch the edge
        bannerData.verticalIndent = 4;
        banner.setLayoutData(bannerData);
        return page;
    }

    private void createView() {
        try {
            browser = new Browser(page, SWT.NONE);
            browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            banner.setText("Habr preview: the HTML that \"Export for Habr\" writes for this review.");
        } catch (SWTError e) {
            // no WebKitGTK on this machine: show the text the HTML holds, with its structure kept
            browser = null;
            banner.setText("No browser engine is installed (install libwebkit2gtk-4.1 for a rendered preview), so this"
                    + " is the text of the Habr HTML.");
            fallback = new StyledText(page, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
            fallback.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            fallback.setMargins(12, 8, 12, 8);
        }
        page.layout(true, true);
    }

    void render() {
        if (browser == null && fallback == null) {
            createView();
        }
        Review review = editor.review();
        String html = review == null ? "<p>This file cannot be read; see the Source page.</p>" : html(review);
        if (browser != null) {
            shownHtml = html;
            browser.setText("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{font-family:sans-serif;"
                    + "max-width:52em;margin:1em auto;line-height:1.5}</style></head><body>" + html + "</body></html>");
        } else {
            fallback.setText(HtmlText.of(html));
        }
    }

    /** The Habr HTML of a one-review batch, from a copy so that the edited model is never touched. */
    private String html(Review review) {
        Review copy = EcoreUtil.copy(review);
        String id = Ids.of(review, Literals.REVIEW__REVIEWER);
        editor.reviewers().stream().filter(r -> r.getId() != null && r.getId().equals(id)).findFirst()
                .ifPresent(r -> copy.setReviewer((Reviewer) r));
        Batch batch = RfyFactory.eINSTANCE.createBatch();
        batch.getReviews().add(copy);
        String html = new HabrHtmlWriter().write(batch);
        // the review only: from its heading on (the post's intro and table of contents are the batch's)
        int start = html.indexOf("<h2>");
        int end = html.lastIndexOf("<a href=\"#top\">");
        return start < 0 ? html : html.substring(start, end > start ? end : html.length());
    }

    String shownText() {
        if (browser == null && fallback == null) {
            return "";
        }
        return fallback != null ? fallback.getText() : HtmlText.of(shownHtml);
    }
}
