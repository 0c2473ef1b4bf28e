package io.rfy.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import io.rfy.store.ReviewLinks.Form;
import io.rfy.store.ReviewLinks.Target;

/** The one grammar of links between reviews: every spelling validation accepts, and what is not a review link. */
class ReviewLinksTest {

    @Test
    void byIdInEverySpelling() {
        for (String href : new String[] {"rfy:review/jukebox", "rfy:/review/jukebox", "rfy://review/jukebox"}) {
            Target t = ReviewLinks.parse(href).orElseThrow();
            assertEquals(Form.ID, t.form(), href);
            assertEquals("jukebox", t.id(), href);
            assertNull(t.fragment(), href);
        }
        Target withFragment = ReviewLinks.parse("rfy://review/jukebox#results").orElseThrow();
        assertEquals("jukebox", withFragment.id());
        assertEquals("results", withFragment.fragment());
        assertEquals("jukebox", ReviewLinks.reviewId("rfy:review/jukebox?x=1"));
        // an id that cannot exist is still a link by id (validation reports it as naming no review)
        assertEquals("Jukebox", ReviewLinks.reviewId("rfy:review/Jukebox"));
        assertEquals("rfy:review/jukebox", ReviewLinks.idLink("jukebox"));
    }

    @Test
    void byRelativePath() {
        Target t = ReviewLinks.parse("../2020-06/flowtron.md#idea").orElseThrow();
        assertEquals(Form.RELATIVE, t.form());
        assertEquals("flowtron", t.id());
        assertEquals("../2020-06/flowtron.md", t.path());
        assertEquals("idea", t.fragment());
        assertEquals("reviews/2020-06/flowtron.md", ReviewLinks.resolve("reviews/2020-05/jukebox.md", t));
        assertEquals("flowtron", ReviewLinks.reviewId("./flowtron.md"));
        assertEquals("flowtron", ReviewLinks.reviewId("flowtron.md"));
        assertEquals("reviews/2020-05/flowtron.md",
                ReviewLinks.resolve("reviews/2020-05/jukebox.md", ReviewLinks.parse("flowtron.md").orElseThrow()));
        assertEquals("../2020-06/flowtron.md",
                ReviewLinks.relativeLink("reviews/2020-05/jukebox.md", "reviews/2020-06/flowtron.md"));
    }

    @Test
    void notReviewLinks() {
        for (String href : new String[] {"https://arxiv.org/abs/2005.00341", "https://example.org/a.md", "#top",
                "mailto:x@example.org", "", "notes.txt", "a.md?raw=1", "rfy:review/", "rfy:paper/x"}) {
            assertTrue(ReviewLinks.parse(href).isEmpty(), href);
        }
        assertNull(ReviewLinks.reviewId(null));
    }

    @Test
    void inTextPatternsUseTheReviewIdCharacters() {
        Matcher m = ReviewLinks.SCHEME_IN_TEXT.matcher("см. [обзор](rfy://review/open-domain-chatbot#x) выше");
        assertTrue(m.find());
        assertEquals("open-domain-chatbot", m.group(1));
        assertTrue(WorkspaceLayout.REVIEW_ID.matcher(m.group(1)).matches());
        Matcher r = ReviewLinks.RELATIVE_IN_TEXT.matcher("[Jukebox](../2020-05/jukebox.md#a) и [web](https://x.org/a.md)");
        assertTrue(r.find());
        assertEquals("../2020-05/jukebox.md", r.group(1));
        assertTrue(!r.find(), "a web link to a .md file is not a review link");
    }
}
