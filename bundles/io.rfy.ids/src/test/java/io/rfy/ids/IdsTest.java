package io.rfy.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2005.00341", "arXiv:2005.00341", "https://arxiv.org/abs/2005.00341",
            "http://arxiv.org/pdf/2005.00341.pdf", "https://arxiv.org/pdf/2005.00341", "https://export.arxiv.org/abs/2005.00341",
            "https://ar5iv.labs.arxiv.org/html/2005.00341", "https://huggingface.co/papers/2005.00341",
            "10.48550/arXiv.2005.00341", "https://doi.org/10.48550/arXiv.2005.00341", " https://www.arxiv.org/abs/2005.00341/ ",
            "doi:10.48550/arXiv.2005.00341", "http://dx.doi.org/10.48550/ARXIV.2005.00341", "https://arxiv.org/html/2005.00341",
            "https://ar5iv.org/abs/2005.00341", "https://arxiv.org/abs/2005.00341?context=cs", "ARXIV:2005.00341",
            "https://arxiv.org/abs/2005.00341#comments"})
    void everyFormOfOnePaperIsOneId(String form) {
        assertEquals(Optional.of(new ArxivId("2005.00341", 0)), ArxivId.parse(form), form);
    }

    @Test
    void versionsAreKeptApart() {
        ArxivId id = ArxivId.parse("https://arxiv.org/pdf/2005.00341v2.pdf").orElseThrow();
        assertEquals("2005.00341", id.id());
        assertEquals(2, id.version());
        assertEquals("https://arxiv.org/abs/2005.00341v2", id.absUrl());
        assertEquals("2005.00341v2", id.withVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://arxiv.org/abs/2005.00341v3", "https://arxiv.org/pdf/2005.00341v3",
            "https://arxiv.org/html/2005.00341v3", "arXiv:2005.00341v3", "https://ar5iv.labs.arxiv.org/html/2005.00341v3",
            "10.48550/arXiv.2005.00341v3"})
    void theVersionSurvivesEveryForm(String form) {
        assertEquals(new ArxivId("2005.00341", 3), ArxivId.parse(form).orElseThrow(() -> new AssertionError(form)));
    }

    @Test
    void canonicalIdsAreBareWithTheirVersion() {
        assertTrue(ArxivId.isCanonicalId("2005.00341"));
        assertTrue(ArxivId.isCanonicalId("2005.00341v2"));
        assertTrue(ArxivId.isCanonicalId("hep-th/9901001"));
        assertFalse(ArxivId.isCanonicalId("arXiv:2005.00341"));
        assertFalse(ArxivId.isCanonicalId("https://arxiv.org/abs/2005.00341"));
        assertFalse(ArxivId.isCanonicalId("hep-th.AB/9901001"), "the subject class is not part of the id");
        assertFalse(ArxivId.isCanonicalId("2005.0034"));
    }

    /** The sample workspace (written from seed 004) uses only canonical ids, and its arXiv links agree with them. */
    @Test
    void theSampleWorkspacesIdsAreCanonical() throws IOException {
        Path reviews = repository().resolve("examples/sample-ws/reviews");
        Pattern arxivKey = Pattern.compile("^\\s*arxiv: \"([^\"]*)\"", Pattern.MULTILINE);
        Pattern arxivLink = Pattern.compile("url: \"(https://arxiv\\.org/[^\"]*)\"");
        int ids = 0;
        try (Stream<Path> files = Files.walk(reviews)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file);
                Matcher key = arxivKey.matcher(text);
                Set<String> keys = new HashSet<>();
                while (key.find()) {
                    assertTrue(ArxivId.isCanonicalId(key.group(1)), file + ": " + key.group(1));
                    keys.add(ArxivId.parse(key.group(1)).orElseThrow().id());
                    ids++;
                }
                Matcher link = arxivLink.matcher(text);
                while (link.find()) {
                    ArxivId linked = ArxivId.parse(link.group(1)).orElseThrow(() -> new AssertionError(link.group(1)));
                    assertTrue(ArxivId.isCanonicalUrl(link.group(1)), link.group(1));
                    assertTrue(keys.contains(linked.id()), file + " links to " + linked.id() + " but names " + keys);
                }
            }
        }
        assertEquals(8, ids, "the sample's eight arXiv papers (seven reviews, one of two papers)");
    }

    private static Path repository() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/sample-ws"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository above " + Path.of("").toAbsolutePath());
    }

    @Test
    void oldStyleIdsDropTheSubjectClass() {
        assertEquals(new ArxivId("math/0309136", 1), ArxivId.parse("arXiv:math.GT/0309136v1").orElseThrow());
        assertEquals(new ArxivId("hep-th/9901001", 0), ArxivId.parse("https://arxiv.org/abs/hep-th/9901001").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2005.0034", "1412.00341", "1501.0034", "2013.00341", "0612.1234", "arxiv", "", "12345678",
            "https://example.org/abs/2005.00341", "math/03091", "2005.00341v", "2005.00341 v2", "arXiv:", "math/0313136",
            "https://arxiv.org/list/cs.LG/recent", "https://arxiv.org/abs/", "2005.00341.pdf"})
    void malformedIdsAreRefused(String form) {
        assertTrue(ArxivId.parse(form).isEmpty(), form);
    }

    @Test
    void fourDigitNumbersBefore2015() {
        assertEquals("1412.3456", ArxivId.parse("1412.3456").orElseThrow().id());
    }

    @Test
    void canonicalUrls() {
        assertTrue(ArxivId.isCanonicalUrl("https://arxiv.org/abs/2005.00341"));
        assertFalse(ArxivId.isCanonicalUrl("https://arxiv.org/pdf/2005.00341"));
        assertFalse(ArxivId.isCanonicalUrl("https://github.com/openai/jukebox"));
    }

    @Test
    void doisFromTheirUsualForms() {
        Doi doi = Doi.parse("https://doi.org/10.1145/3397271.3401093").orElseThrow();
        assertEquals("10.1145/3397271.3401093", doi.value());
        assertEquals(doi.key(), Doi.parse("doi:10.1145/3397271.3401093".toUpperCase()).orElseThrow().key());
        assertEquals("https://doi.org/10.1145/3397271.3401093", doi.url());
        assertTrue(Doi.isBare("10.1145/3397271.3401093"));
        assertFalse(Doi.isBare("doi:10.1145/3397271.3401093"));
        assertTrue(Doi.parse("10.1/x").isEmpty(), "registrant needs at least four digits");
        assertTrue(Doi.parse("11.1145/x").isEmpty());
    }

    @Test
    void gitHubRepositoriesNormalise() {
        for (String form : new String[] {"https://github.com/openai/jukebox", "http://www.github.com/openai/jukebox.git",
                "https://github.com/openai/jukebox/", "git@github.com:openai/jukebox.git", "github.com/openai/jukebox#readme"}) {
            GitHubRepo repo = GitHubRepo.parse(form).orElseThrow(() -> new AssertionError(form));
            assertEquals("https://github.com/openai/jukebox", repo.url(), form);
            assertTrue(repo.isValid());
        }
        GitHubRepo deep = GitHubRepo.parse("https://github.com/NVIDIA/flowtron/tree/master/data").orElseThrow();
        assertEquals("/tree/master/data", deep.rest());
        assertEquals("nvidia/flowtron", deep.key());
        assertFalse(GitHubRepo.parse("https://github.com/-bad-/repo").orElseThrow().isValid());
        assertFalse(GitHubRepo.parse("https://github.com/" + "a".repeat(40) + "/repo").orElseThrow().isValid());
        assertFalse(GitHubRepo.parse("https://github.com/owner/" + "r".repeat(101)).orElseThrow().isValid());
        assertFalse(GitHubRepo.parse("https://github.com/ow_ner/repo").orElseThrow().isValid());
        assertTrue(GitHubRepo.parse("https://gitlab.com/a/b").isEmpty());
    }

    @Test
    void canonicalGitHubLinks() {
        assertTrue(GitHubRepo.isCanonicalUrl("https://github.com/openai/jukebox"));
        assertTrue(GitHubRepo.isCanonicalUrl("https://github.com/NVIDIA/flowtron/tree/master/data"), "a path inside is fine");
        for (String form : new String[] {"http://github.com/openai/jukebox", "https://www.github.com/openai/jukebox",
                "https://github.com/openai/jukebox.git", "https://github.com/openai/jukebox/",
                "https://github.com/openai/jukebox#readme", "git@github.com:openai/jukebox.git",
                "https://github.com/-bad-/repo", "https://gitlab.com/a/b"}) {
            assertFalse(GitHubRepo.isCanonicalUrl(form), form);
        }
    }

    @Test
    void openReviewPdfLinksMapToTheForum() {
        assertEquals("https://openreview.net/forum?id=rJ4km2R5t7",
                OpenReviewId.parse("https://openreview.net/pdf?id=rJ4km2R5t7").orElseThrow().forumUrl());
        assertTrue(OpenReviewId.parse("https://openreview.net/group?id=ICLR.cc").isEmpty());
        assertEquals("rJ4km2R5t7", OpenReviewId.parse("http://openreview.net/forum?noteId=x&id=rJ4km2R5t7#top").orElseThrow().id());
        assertTrue(OpenReviewId.isCanonicalUrl("https://openreview.net/forum?id=rJ4km2R5t7"));
        assertFalse(OpenReviewId.isCanonicalUrl("https://openreview.net/pdf?id=rJ4km2R5t7"));
        assertFalse(OpenReviewId.isCanonicalUrl("http://openreview.net/forum?id=rJ4km2R5t7"));
    }
}
