package io.rfy.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2005.00341", "arXiv:2005.00341", "https://arxiv.org/abs/2005.00341",
            "http://arxiv.org/pdf/2005.00341.pdf", "https://arxiv.org/pdf/2005.00341", "https://export.arxiv.org/abs/2005.00341",
            "https://ar5iv.labs.arxiv.org/html/2005.00341", "https://huggingface.co/papers/2005.00341",
            "10.48550/arXiv.2005.00341", "https://doi.org/10.48550/arXiv.2005.00341", " https://www.arxiv.org/abs/2005.00341/ "})
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

    @Test
    void oldStyleIdsDropTheSubjectClass() {
        assertEquals(new ArxivId("math/0309136", 1), ArxivId.parse("arXiv:math.GT/0309136v1").orElseThrow());
        assertEquals(new ArxivId("hep-th/9901001", 0), ArxivId.parse("https://arxiv.org/abs/hep-th/9901001").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2005.0034", "1412.00341", "1501.0034", "2013.00341", "0612.1234", "arxiv", "", "12345678",
            "https://example.org/abs/2005.00341", "math/03091"})
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
        assertTrue(GitHubRepo.parse("https://gitlab.com/a/b").isEmpty());
    }

    @Test
    void openReviewPdfLinksMapToTheForum() {
        assertEquals("https://openreview.net/forum?id=rJ4km2R5t7",
                OpenReviewId.parse("https://openreview.net/pdf?id=rJ4km2R5t7").orElseThrow().forumUrl());
        assertTrue(OpenReviewId.parse("https://openreview.net/group?id=ICLR.cc").isEmpty());
    }
}
