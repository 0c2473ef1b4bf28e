package io.rfy.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Identifier forms that the public test suites of reference managers and URL parsers expect to be understood
 * (JabRef's identifier tests, arXiv's own identifier module, Zotero's DOI cleaning, and three GitHub/git URL
 * parsers: hosted-git-info, github-url-from-git, parse-github-url). The cases are the behaviour those suites document,
 * written here as our own table: input, then the canonical value we expect.
 */
class PeerSuitesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // bare, with prefix in either case, with a version and a subject class as listings print it
            "0710.0994 | 0710.0994",
            "arXiv:0710.0994 | 0710.0994",
            "arxiv:0710.0994 | 0710.0994",
            "0706.0001v1 [q-bio.CB] | 0706.0001v1",
            "arXiv:0706.0001v1 [q-bio.CB] | 0706.0001v1",
            "arXiv:1107.4612 [astro-ph.CO] | 1107.4612",
            "1501.00001 [cs] | 1501.00001",
            // old style: the subject class inside the id is not part of it; a trailing slash is tolerated
            "math.GT/0309136 | math/0309136",
            "arXiv:math.GT/0309136 | math/0309136",
            "physics/0303098/ | physics/0303098",
            "hep-th/9901001v2 | hep-th/9901001v2",
            "cond-mat/0011267 | cond-mat/0011267",
            // URLs: abs, pdf with and without .pdf, http, export mirror, a trailing slash
            "http://arxiv.org/abs/1502.05795 | 1502.05795",
            "https://arxiv.org/abs/1502.05795v1 | 1502.05795v1",
            "http://arxiv.org/pdf/1502.05795v1.pdf | 1502.05795v1",
            "https://arxiv.org/pdf/1502.05795v1 | 1502.05795v1",
            "https://export.arxiv.org/abs/physics/0303098v1 | physics/0303098v1",
            "https://arxiv.org/abs/physics/0303098/ | physics/0303098",
            "https://arxiv.org/abs/2005.00341v2?context=cs | 2005.00341v2"})
    void arxiv(String written, String canonical) {
        assertEquals(canonical, ArxivId.parse(written).map(ArxivId::withVersion).orElse("(none)"), written);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0710.099", "1501.0001", "1413.00001", "0013.0001", "math/030913", "arXiv:", "arxiv.org",
            "https://arxiv.org/list/cs.LG/recent", "2005.00341 [", "cs.LG", "10.1000/182"})
    void notArxiv(String written) {
        assertEquals(Optional.empty(), ArxivId.parse(written), written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "10.1006/jmbi.1998.2354 | 10.1006/jmbi.1998.2354",
            "  10.1006/jmbi.1998.2354   | 10.1006/jmbi.1998.2354",
            "doi:10.1006/jmbi.1998.2354 | 10.1006/jmbi.1998.2354",
            "DOI: 10.1006/jmbi.1998.2354 | 10.1006/jmbi.1998.2354",
            "info:doi/10.1006/jmbi.1998.2354 | 10.1006/jmbi.1998.2354",
            "https://doi.org/10.1006/jmbi.1998.2354 | 10.1006/jmbi.1998.2354",
            "http://dx.doi.org/10.1006/jmbi.1998.2354 | 10.1006/jmbi.1998.2354",
            "https://www.doi.org/10.1006/jmbi.1998.2354 | 10.1006/jmbi.1998.2354",
            "doi.org/10.1006/jmbi.1998.2354 | 10.1006/jmbi.1998.2354",
            // percent-encoded in a resolver URL
            "https://dx.doi.org/10.2307%2F1990888 | 10.2307/1990888",
            "https://doi.org/10.1016/S0022-4049%2802%2900143-3 | 10.1016/S0022-4049(02)00143-3",
            // publisher proxies
            "http://doi.acm.org/10.1145/1294928.1294933 | 10.1145/1294928.1294933",
            "http://doi.ieeecomputersociety.org/10.1109/MIC.2012.43 | 10.1109/MIC.2012.43",
            // odd but valid suffixes
            "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0 | 10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0",
            "https://doi.org/10.1000/182?utm_source=x | 10.1000/182"})
    void doi(String written, String canonical) {
        assertEquals(canonical, Doi.parse(written).map(Doi::value).orElse("(none)"), written);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"10.1006", "11.1006/jmbi", "10.12/abc", "https://doi.org/", "https://example.org/10.1000/182",
            "https://doi.org/10.2307%ZZ1990888", "doi:", "10.1000/ 182"})
    void notDoi(String written) {
        assertEquals(Optional.empty(), Doi.parse(written), written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://github.com/openai/jukebox | https://github.com/openai/jukebox | false",
            "http://github.com/openai/jukebox | https://github.com/openai/jukebox | false",
            "https://www.github.com/openai/jukebox/ | https://github.com/openai/jukebox | false",
            "github.com/openai/jukebox | https://github.com/openai/jukebox | false",
            "https://github.com/openai/jukebox.git | https://github.com/openai/jukebox | false",
            "https://github.com/openai/jukebox#readme | https://github.com/openai/jukebox | false",
            "https://github.com/openai/jukebox/tree/master/jukebox | https://github.com/openai/jukebox/tree/master/jukebox | false",
            // clone URLs
            "git@github.com:openai/jukebox.git | https://github.com/openai/jukebox | false",
            "git@github.com:openai/jukebox | https://github.com/openai/jukebox | false",
            "git@github.com:openai/jukebox.git#v1.0 | https://github.com/openai/jukebox | false",
            "ssh://git@github.com/openai/jukebox.git | https://github.com/openai/jukebox | false",
            "git+ssh://git@github.com/openai/jukebox.git | https://github.com/openai/jukebox | false",
            "git+ssh://github.com/openai/jukebox.git | https://github.com/openai/jukebox | false",
            "git+https://github.com/openai/jukebox.git | https://github.com/openai/jukebox | false",
            "git://github.com/openai/jukebox.git | https://github.com/openai/jukebox | false",
            "git://github.com/openai/jukebox | https://github.com/openai/jukebox | false",
            // a user or a token before the host: read, and flagged
            "https://jpillora@github.com/banchee/tranquility.git | https://github.com/banchee/tranquility | true",
            "git+https://user@github.com/project/blah.git#commit-ish | https://github.com/project/blah | true",
            "https://user:ghp_0123456789abcdef@github.com/openai/jukebox | https://github.com/openai/jukebox | true",
            "https://x-access-token:tok@github.com/openai/jukebox.git | https://github.com/openai/jukebox | true",
            "https://git@github.com/openai/jukebox | https://github.com/openai/jukebox | true",
            "deploy@github.com:openai/jukebox.git | https://github.com/openai/jukebox | true"})
    void github(String written, String canonical, boolean credentials) {
        GitHubRepo repo = GitHubRepo.parse(written).orElseThrow(() -> new AssertionError(written));
        assertTrue(repo.isValid(), written);
        assertEquals(canonical, repo.canonicalUrl(), written);
        assertEquals(credentials, repo.credentials(), written);
        assertFalse(repo.toString().contains("ghp_") || repo.toString().contains("tok@"), "never printed: " + repo);
        assertEquals(written.equals(canonical), GitHubRepo.isCanonicalUrl(written), written);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://gist.github.com/user/abc123", "https://github.com/openai", "https://example.com/o/r",
            "https://githubusercontent.com/o/r", "https://notgithub.com/o/r"})
    void notAGitHubRepository(String written) {
        assertEquals(Optional.empty(), GitHubRepo.parse(written), written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://user:secret@example.com/page | https://example.com/page",
            "https://token@github.com/o/r | https://github.com/o/r",
            "http://a@b.org | http://b.org",
            "git+https://user@github.com/o/r.git | git+https://github.com/o/r.git"})
    void credentialsAreDropped(String written, String fixed) {
        assertEquals(Optional.of(fixed), UrlCredentials.strip(written));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://example.com/page", "ssh://git@github.com/o/r.git", "git+ssh://git@github.com/o/r.git",
            "git@github.com:o/r.git", "https://example.com/a@b", "https://example.com/?mail=a@b.org", "mailto:a@b.org"})
    void noCredentials(String written) {
        assertEquals(Optional.empty(), UrlCredentials.strip(written), written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://openreview.net/forum?id=SJg7KhVKPH | SJg7KhVKPH",
            "https://openreview.net/pdf?id=SJg7KhVKPH | SJg7KhVKPH",
            "openreview.net/forum?id=SJg7KhVKPH&noteId=abc | SJg7KhVKPH",
            "https://openreview.net/attachment?id=SJg7KhVKPH&name=supplementary_material | SJg7KhVKPH",
            "https://openreview.net/revisions?id=SJg7KhVKPH | SJg7KhVKPH",
            "https://api2.openreview.net/notes?id=SJg7KhVKPH | SJg7KhVKPH"})
    void openReview(String written, String id) {
        assertEquals(Optional.of(new OpenReviewId(id)), OpenReviewId.parse(written), written);
    }
}
