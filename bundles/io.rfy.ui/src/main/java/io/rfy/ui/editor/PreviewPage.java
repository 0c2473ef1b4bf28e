package io.rfy.ui.editor;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import io.rfy.habr.HabrHtmlWriter;
import io.rfy.model.Batch;
import io.rfy.model.Review;
import io.rfy.model.Reviewer;
import io.rfy.model.RfyFactory;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.Ids;
import io.rfy.ui.internal.Messages;

/**
 * A page showing Habr HTML as the post will appear on Habr ({@link HabrPreview}), in a browser; where no browser
 * engine is installed, the same HTML as readable text. The review editor previews its review, the batch editor the
 * whole post.
 */
final class PreviewPage {

    /** What to show: the Habr HTML and the title above it (null: none), or null when there is nothing to show. */
    record Content(String habrHtml, String title) {
    }

    private final Supplier<Content> content;
    private final String what;
    private Browser browser;
    private StyledText fallback;
    private Label banner;
    private Composite page;
    private boolean loaded;

    /** {@code what}: what the banner says the page shows ("this review", "the whole post"). */
    PreviewPage(Supplier<Content> content, String what) {
        this.content = content;
        this.what = what;
    }

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
            browser.addProgressListener(new ProgressAdapter() {
                @Override
                public void completed(ProgressEvent event) {
                    loaded = true;
                }
            });
            banner.setText(NLS.bind(Messages.Preview_banner, what));
        } catch (SWTError e) {
            // no WebKitGTK on this machine: show the text the HTML holds, with its structure kept
            browser = null;
            banner.setText(NLS.bind(Messages.Preview_noBrowser, what));
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
        Content c = content.get();
        String html = c == null ? "<p>" + Messages.Preview_unreadable + "</p>" : c.habrHtml();
        String title = c == null ? null : c.title();
        if (browser != null) {
            loaded = false;
            browser.setText(HabrPreview.page(html, title));
        } else {
            fallback.setText((title == null ? "" : title + "\n\n") + HtmlText.of(html));
        }
    }

    /** Whether a browser engine renders the page (else the text fallback is shown). */
    boolean rendered() {
        return browser != null;
    }

    /**
     * The text the page shows, as a reader sees it (the browser's rendered text, after the page has loaded); empty
     * until first shown. For tests: waits up to 10 s for the browser to finish loading.
     */
    String shownText() {
        if (browser == null && fallback == null) {
            return "";
        }
        if (fallback != null) {
            return fallback.getText();
        }
        long end = System.currentTimeMillis() + 10_000;
        Display display = browser.getDisplay();
        while (!loaded && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        Object text = browser.evaluate("return document.body.innerText;");
        return text == null ? "" : text.toString();
    }

    /** Runs a script in the loaded page (tests: what the page's elements are); null without a browser engine. */
    Object evaluate(String script) {
        if (browser == null) {
            return null;
        }
        shownText();
        return browser.evaluate(script);
    }

    /** The Habr HTML of a one-review batch, from a copy so that the edited model is never touched. */
    static String reviewHtml(Review review, java.util.List<Reviewer> reviewers) {
        Review copy = EcoreUtil.copy(review);
        String id = Ids.of(review, Literals.REVIEW__REVIEWER);
        reviewers.stream().filter(r -> r.getId() != null && r.getId().equals(id)).findFirst()
                .ifPresent(r -> copy.setReviewer(r));
        Batch batch = RfyFactory.eINSTANCE.createBatch();
        batch.getReviews().add(copy);
        String html = new HabrHtmlWriter().write(batch);
        // the review only: from its heading on (the post's intro and table of contents are the batch's)
        int start = html.indexOf("<h2>");
        int end = html.lastIndexOf("<a href=\"#top\">");
        return start < 0 ? html : html.substring(start, end > start ? end : html.length());
    }
}
