package io.rfy.rcp;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The user guide (io.rfy.ui's help/guide.html, the page an Eclipse IDE shows in its help system), in a browser, with
 * a search field that finds words in it. Where no browser engine is installed, the guide's text.
 */
public final class GuideView extends ViewPart {

    public static final String ID = "io.rfy.rcp.guideView";

    private Browser browser;
    private Text fallback;
    private Text search;
    private boolean loaded;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText(Messages.GuideView_find);
        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.GuideView_findHint);
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addListener(SWT.DefaultSelection, e -> find(search.getText()));
        try {
            browser = new Browser(parent, SWT.NONE);
            browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
            browser.addProgressListener(new ProgressAdapter() {
                @Override
                public void completed(ProgressEvent event) {
                    loaded = true;
                }
            });
        } catch (SWTError e) {
            browser = null;
            fallback = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
            fallback.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        }
        show("start");
    }

    /** Shows the guide at a section ("start": the three things to do first). */
    public void show(String section) {
        URL guide = guide();
        if (guide == null) {
            return;
        }
        if (browser != null) {
            loaded = false;
            browser.setUrl(guide + (section == null ? "" : "#" + section));
        } else {
            try (var in = guide.openStream()) {
                fallback.setText(org.jsoup.Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).body()
                        .wholeText().strip());
            } catch (IOException e) {
                fallback.setText(NLS.bind(Messages.GuideView_unreadable, e.getMessage()));
            }
        }
    }

    private static URL guide() {
        // $nl$: nl/<language>/help/guide.html in the workbench's language (-nl, the system locale), else help/'s
        URL in = FileLocator.find(Platform.getBundle("io.rfy.ui"), new org.eclipse.core.runtime.Path("$nl$/help/guide.html"),
                null);
        try {
            return in == null ? null : FileLocator.toFileURL(in);
        } catch (IOException e) {
            return null;
        }
    }

    /** Help > Search: the search field, ready for typing. */
    public void focusSearch() {
        search.setFocus();
    }

    private void find(String words) {
        if (browser != null && !words.isBlank()) {
            browser.execute("window.find(" + quoted(words) + ", false, false, true);");
        }
    }

    private static String quoted(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** The guide's text as shown (tests); waits up to 10 s for the page to load. */
    public String shownText() {
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

    public Text searchField() {
        return search;
    }

    @Override
    public void setFocus() {
        if (browser != null) {
            browser.setFocus();
        } else {
            fallback.setFocus();
        }
    }
}
