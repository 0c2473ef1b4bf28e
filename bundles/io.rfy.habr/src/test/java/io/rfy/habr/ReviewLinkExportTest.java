package io.rfy.habr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.model.Batch;
import io.rfy.store.RfyWorkspace;
import io.rfy.testsupport.Samples;

/**
 * A review of the sample's batch links to another review of it in every form validation accepts; the export for
 * Habr turns each into the same in-page link to that review's heading. (It used to leave {@code rfy://review/} and
 * {@code rfy:/review/} links as they were, dead on Habr.)
 */
class ReviewLinkExportTest {

    @TempDir
    Path dir;

    @Test
    void everyFormOfAReviewLinkExportsAsTheSameAnchor() throws Exception {
        Path root = Samples.copyOfSample(dir.resolve("ws"));
        Path review = root.resolve("reviews/2020-05/makeittalk.md");
        Files.writeString(review, Files.readString(review) + "\nСм. также [один](rfy:review/jukebox),"
                + " [два](rfy:/review/jukebox), [три](rfy://review/jukebox), [четыре](../2020-05/jukebox.md),"
                + " [пять](./jukebox.md), [шесть](jukebox.md#x) и [статью](https://arxiv.org/abs/2005.00341).\n");
        RfyWorkspace ws = RfyWorkspace.load(root);
        Batch batch = ws.batches().get(0);
        HabrHtmlWriter writer = new HabrHtmlWriter();
        String html = writer.write(batch);

        List<Element> links = Jsoup.parseBodyFragment(html).select("a[href]");
        // the list before the cut links to each review's heading; jukebox is the batch's third review
        assertEquals("jukebox", batch.getReviews().get(2).getId());
        Element toc = Jsoup.parseBodyFragment(html).select("ol > li > a").get(2);
        assertTrue(toc.text().startsWith("Jukebox"), toc.text());
        String jukeboxAnchor = toc.attr("href");
        assertTrue(jukeboxAnchor.startsWith("#") && html.contains("<anchor>" + jukeboxAnchor.substring(1) + "</anchor>"),
                jukeboxAnchor);
        for (String text : List.of("один", "два", "три", "четыре", "пять", "шесть")) {
            Element a = links.stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
            assertEquals(jukeboxAnchor, a.attr("href"), text);
        }
        assertEquals("https://arxiv.org/abs/2005.00341",
                links.stream().filter(e -> e.text().equals("статью")).findFirst().orElseThrow().attr("href"));
    }
}
