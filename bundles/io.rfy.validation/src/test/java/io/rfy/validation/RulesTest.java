package io.rfy.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.store.RfyWorkspace;
import io.rfy.store.StoreProblem.Severity;
import io.rfy.testsupport.Samples;

/** Each rule fires on a workspace that breaks it, at the right place, and stays quiet on the sample workspace. */
class RulesTest {

    /** What the sample workspace is allowed to show: the published scrape lost these URLs. */
    private static final Set<String> EXPLAINED = Set.of("rfy.link.empty-url", "rfy.body.image-no-url");

    @TempDir
    Path dir;
    Path ws;

    @BeforeEach
    void copySample() {
        ws = Samples.copyOfSample(dir.resolve("ws"));
    }

    private List<ReportEntry> validate() throws Exception {
        return WorkspaceValidation.run(RfyWorkspace.load(ws), ValidationSettings.defaults(), null);
    }

    private List<ReportEntry> only(String code) throws Exception {
        return validate().stream().filter(e -> e.code().equals(code)).toList();
    }

    private void edit(String file, String from, String to) throws Exception {
        Path p = ws.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        Files.writeString(p, text.replace(from, to));
    }

    private void review(String id, String frontMatter, String body) throws Exception {
        Path p = ws.resolve("reviews/2020-06/" + id + ".md");
        Files.createDirectories(p.getParent());
        Files.writeString(p, "---\n" + frontMatter + "---\n" + body);
    }

    private static final String PAPER = "papers:\n  - title: \"A Paper: Subtitle\"\n    authors: [A B]\n    year: 2020\n"
            + "    links:\n      - {label: Оригинал статьи, url: \"https://arxiv.org/abs/2006.00001\"}\n";

    @Test
    void sampleWorkspaceShowsOnlyWhatTheScrapeLost() throws Exception {
        List<ReportEntry> report = validate();
        assertEquals(Set.of(), report.stream().map(ReportEntry::code).filter(c -> !EXPLAINED.contains(c))
                .collect(java.util.stream.Collectors.toSet()), report.toString());
        assertEquals(22, report.size());
        assertTrue(report.contains(new ReportEntry(io.rfy.store.StoreProblem.Severity.WARNING, "rfy.link.empty-url",
                "the link 'Video' has no URL", "reviews/2020-05/f-brs.md", 13, 29, null)), report.toString());
    }

    @Test
    void reviewNeedsReviewerPapersAndBody() throws Exception {
        review("bare", "status: draft\npapers: []\n", "\n");
        List<ReportEntry> report = validate();
        for (String code : List.of("rfy.review.no-reviewer", "rfy.review.no-papers", "rfy.review.empty-body")) {
            assertEquals(1, report.stream().filter(e -> e.code().equals(code) && e.file().endsWith("bare.md")).count(),
                    code + " in " + report);
        }
    }

    @Test
    void paperNeedsTitleAuthorsYearAndItsOwnLink() throws Exception {
        review("meta", "reviewer: belskikh\nstatus: draft\npapers:\n  - year: 1850\n"
                + "    links:\n      - {label: GitHub project, url: \"https://github.com/a/b\"}\n  - title: T\n    authors: [X]\n"
                + "    links:\n      - {label: Оригинал статьи, url: \"https://arxiv.org/abs/2006.00002\"}\n", "Текст.\n");
        List<ReportEntry> report = validate();
        for (String code : List.of("rfy.paper.no-title", "rfy.paper.no-authors", "rfy.paper.implausible-year",
                "rfy.paper.no-original-link", "rfy.paper.no-year")) {
            assertEquals(1, report.stream().filter(e -> e.code().equals(code)).count(), code + " in " + report);
        }
        ReportEntry year = report.stream().filter(e -> e.code().equals("rfy.paper.implausible-year")).findFirst().get();
        assertEquals(5, year.line());
    }

    @Test
    void identifiersInCanonicalForm() throws Exception {
        edit("reviews/2020-05/jukebox.md", "arxiv: \"2005.00341\"", "arxiv: \"arXiv:2005.00341\"");
        edit("reviews/2020-05/flowtron.md", "arxiv: \"2005.05957\"", "arxiv: \"2005.5957\"");
        edit("reviews/2020-05/pretrr-earl.md", "doi: \"10.1145/3397271.3401093\"", "doi: \"https://doi.org/10.1145/3397271.3401093\"");
        edit("reviews/2020-05/makeittalk.md", "arxiv: \"2004.12992\"", "arxiv: \"2004.12992\"\n    doi: \"not-a-doi\"");
        List<ReportEntry> report = validate();
        ReportEntry arxiv = only(report, "rfy.id.arxiv-noncanonical");
        assertEquals("2005.00341", arxiv.suggestion());
        assertEquals("reviews/2020-05/jukebox.md", arxiv.file());
        assertEquals("reviews/2020-05/flowtron.md", only(report, "rfy.id.arxiv-malformed").file());
        assertEquals("10.1145/3397271.3401093", only(report, "rfy.id.doi-noncanonical").suggestion());
        assertEquals("reviews/2020-05/makeittalk.md", only(report, "rfy.id.doi-malformed").file());
    }

    @Test
    void linksInCanonicalForm() throws Exception {
        edit("reviews/2020-05/jukebox.md", "https://github.com/openai/jukebox\"", "http://www.github.com/openai/jukebox.git\"");
        edit("reviews/2020-05/flowtron.md", "url: \"https://arxiv.org/abs/2005.05957\"", "url: \"https://arxiv.org/pdf/2005.05957.pdf\"");
        edit("reviews/2020-05/f-brs.md", "{label: Video, url: \"\"}", "{label: Video, url: \"ftp://example.org/v\"}");
        edit("reviews/2020-05/makeittalk.md", "url: \"https://arxiv.org/abs/2004.12992\"}",
                "url: \"https://arxiv.org/abs/2004.12992\"}\n      - {label: OpenReview, url: \"https://openreview.net/pdf?id=abcDEF12\"}"
                        + "\n      - {label: Other, url: \"https://arxiv.org/abs/2004.99999\"}");
        List<ReportEntry> report = validate();
        assertEquals("https://github.com/openai/jukebox", only(report, "rfy.link.github-noncanonical").suggestion());
        assertEquals("https://arxiv.org/abs/2005.05957", only(report, "rfy.link.arxiv-noncanonical").suggestion());
        assertEquals("reviews/2020-05/f-brs.md", only(report, "rfy.link.not-http").file());
        assertEquals("https://openreview.net/forum?id=abcDEF12", only(report, "rfy.link.openreview-noncanonical").suggestion());
        assertTrue(only(report, "rfy.id.arxiv-link-mismatch").message().contains("2004.99999"));
    }

    @Test
    void identifiersAsPeersWriteThem() throws Exception {
        edit("reviews/2020-05/jukebox.md", "arxiv: \"2005.00341\"", "arxiv: \"arXiv:2005.00341v1 [cs.SD]\"");
        edit("reviews/2020-05/pretrr-earl.md", "doi: \"10.1145/3397271.3401093\"", "doi: \"https://dx.doi.org/10.1145%2F3397271.3401093\"");
        List<ReportEntry> report = validate();
        assertEquals("2005.00341v1", only(report, "rfy.id.arxiv-noncanonical").suggestion());
        assertEquals("10.1145/3397271.3401093", only(report, "rfy.id.doi-noncanonical").suggestion());
    }

    @Test
    void cloneUrlsDoiProxiesAndCredentials() throws Exception {
        edit("reviews/2020-05/jukebox.md", "https://github.com/openai/jukebox\"", "git@github.com:openai/jukebox.git\"");
        edit("reviews/2020-05/flowtron.md", "{label: Оригинал статьи, url: \"https://arxiv.org/abs/2005.05957\"}",
                "{label: Оригинал статьи, url: \"https://arxiv.org/abs/2005.05957\"}\n"
                        + "      - {label: Code, url: \"https://bob:ghp_secret123@github.com/NVIDIA/flowtron.git\"}\n"
                        + "      - {label: Mirror, url: \"https://bob:hunter2@example.org/flowtron\"}\n"
                        + "      - {label: ACM, url: \"http://doi.acm.org/10.1145/1294928.1294933\"}");
        List<ReportEntry> report = validate();
        ReportEntry clone = only(report, "rfy.link.not-http");
        assertEquals("https://github.com/openai/jukebox", clone.suggestion());
        List<ReportEntry> credentials = report.stream().filter(e -> e.code().equals("rfy.link.credentials")).toList();
        assertEquals(List.of("https://github.com/NVIDIA/flowtron", "https://example.org/flowtron"),
                credentials.stream().map(ReportEntry::suggestion).toList());
        assertTrue(credentials.stream().allMatch(e -> e.severity() == Severity.ERROR));
        assertTrue(report.stream().noneMatch(e -> e.message().contains("ghp_secret123") || e.message().contains("hunter2")),
                "the secret is never repeated: " + report);
        assertEquals("https://doi.org/10.1145/1294928.1294933", only(report, "rfy.link.doi-noncanonical").suggestion());
    }

    @Test
    void samePaperTwiceNeedsACrossLink() throws Exception {
        review("jukebox-again", "reviewer: belskikh\nstatus: draft\npapers:\n  - title: Another name\n    authors: [X]\n"
                + "    year: 2020\n    arxiv: \"2005.00341\"\n    links:\n      - {label: Оригинал статьи, url: \"https://arxiv.org/abs/2005.00341\"}\n",
                "Текст.\n");
        ReportEntry twice = only(validate(), "rfy.paper.reviewed-twice");
        assertEquals("reviews/2020-06/jukebox-again.md", twice.file());
        assertEquals("jukebox", twice.suggestion());
        edit("reviews/2020-06/jukebox-again.md", "status: draft\n", "status: draft\ncrosslinks:\n  - {review: jukebox}\n");
        assertEquals(0, validate().stream().filter(e -> e.code().equals("rfy.paper.reviewed-twice")).count());
    }

    @Test
    void linksToReviewsMustResolve() throws Exception {
        review("linker", "reviewer: belskikh\nstatus: draft\n" + PAPER, "См. [Jukebox](../2020-05/jukebox.md), "
                + "[старое место](../2020-04/flowtron.md),\n[опечатка](rfy:review/jukebx) и `[код](nope.md)`.\n");
        List<ReportEntry> broken = only("rfy.body.broken-review-link");
        assertEquals(2, broken.size(), broken.toString());
        assertTrue(broken.get(0).message().contains("moved to reviews/2020-05/flowtron.md"), broken.get(0).message());
        assertEquals("../2020-05/flowtron.md", broken.get(0).suggestion());
        assertEquals(11, broken.get(0).line(), "the body's first line");
        assertTrue(broken.get(1).message().contains("did you mean 'jukebox'"), broken.get(1).message());
        assertEquals(12, broken.get(1).line());
        assertEquals(1, broken.get(1).column());
    }

    @Test
    void inPageLinksNeedAnAnchor() throws Exception {
        edit("reviews/2020-05/flowtron.md", "Пионерская работа", "См. [Jukebox](#3-jukebox), [начало](#top), "
                + "[сноска](#note) и [опечатка](#3-jukebx).\n\n<anchor>note</anchor>Пионерская работа");
        ReportEntry broken = only(validate(), "rfy.body.broken-anchor");
        assertTrue(broken.message().contains("#3-jukebx") && broken.message().contains("did you mean '3-jukebox'"),
                broken.message());
    }

    @Test
    void gitHubLinksNamePossibleRepositories() throws Exception {
        edit("reviews/2020-05/jukebox.md", "https://github.com/openai/jukebox\"", "https://github.com/-openai-/jukebox\"");
        assertEquals("reviews/2020-05/jukebox.md", only(validate(), "rfy.link.github-malformed").file());
    }

    @Test
    void figuresBelongOnHabrastorage() throws Exception {
        review("figs", "reviewer: belskikh\nstatus: draft\n" + PAPER,
                "![Схема](https://example.com/a.png)\n\n![Ок](https://habrastorage.org/webt/x/y/z.png)\n");
        ReportEntry host = only(validate(), "rfy.habr.image-host");
        assertTrue(host.message().contains("example.com"), host.message());
    }

    @Test
    void batchRules() throws Exception {
        String batch = "batches/2020-05-part-1.md";
        edit(batch, "Май 2020. Часть 1", "Июнь 2020. Часть 2");
        edit(batch, "hubs: [", "hubs: [Лишний хаб, ");
        edit(batch, "tags: [", "tags: [\"a, b\", ");
        edit("reviews/2020-05/jukebox.md", "status: published", "status: draft");
        Files.writeString(ws.resolve("batches/2020-05-part-2.md"), "---\ntitle: \"Читаем статьи за вас. Май 2020. Часть 2\"\n"
                + "period: 2020-05\npart: 2\nreviews: [flowtron]\n---\nПривет, Хабр!\n");
        List<ReportEntry> report = validate();
        assertEquals(2, report.stream().filter(e -> e.code().equals("rfy.batch.title-pattern")).count(), report.toString());
        assertEquals(8, only(report, "rfy.batch.review-not-ready").line());
        ReportEntry two = only(report, "rfy.batch.review-in-two-batches");
        assertEquals("batches/2020-05-part-2.md", two.file());
        assertEquals(5, two.line());
        assertEquals("rfy.batch.too-many-hubs", only(report, "rfy.batch.too-many-hubs").code());
        assertTrue(only(report, "rfy.habr.tag").message().contains("comma"));
    }

    @Test
    void theCutRulesOfTheExportedPost() throws Exception {
        assertEquals(0, only("rfy.habr.cut").size(), "the sample's intro and list fit before the cut");
        String batch = "batches/2020-05-part-1.md";
        String text = Files.readString(ws.resolve(batch));
        Files.writeString(ws.resolve(batch), text + "\n" + "Очень длинное вступление, которое стоило бы убрать под кат. "
                .repeat(40));
        ReportEntry cut = only(validate(), "rfy.habr.cut");
        assertEquals(batch, cut.file());
        assertTrue(cut.message().contains("before the <cut/>"), cut.message());
        assertTrue(cut.line() > 1, "on the intro");
    }

    /** The shortcut that spares most exports never disagrees with the export, whatever the intro's length. */
    @Test
    void theCutShortcutAgreesWithTheExport() throws Exception {
        Path file = ws.resolve("batches/2020-05-part-1.md");
        String original = Files.readString(file);
        int settledWithoutExport = 0;
        for (int sentences = 0; sentences <= 60; sentences += 4) {
            Files.writeString(file, original + "\n" + "Ещё одно предложение вступления, чтобы оно росло. ".repeat(sentences));
            io.rfy.model.Batch batch = RfyWorkspace.load(ws).batches().get(0);
            List<String> exact = HabrCutCheck.exactProblems(batch);
            if (HabrCutCheck.surelyHolds(batch)) {
                settledWithoutExport++;
                assertEquals(List.of(), exact, sentences + " sentences: the shortcut said the cut rules hold");
            }
            List<String> reported = new java.util.ArrayList<>();
            HabrCutCheck.check(batch, f -> reported.add(f.message()));
            assertEquals(exact.size(), reported.size(), sentences + " sentences: " + exact);
        }
        assertTrue(settledWithoutExport >= 3, "the shortcut settles the ordinary batches: " + settledWithoutExport);
    }

    /** Seed 004 imported as a user would: what it shows is what the plain-text scrape could not keep. */
    @Test
    void importedSeed004ShowsOnlyWhatTheScrapeLost() throws Exception {
        Path seed = Samples.repository().resolve("seeds/004_5567fbc14159c4b5.txt");
        Path imported = dir.resolve("imported");
        io.rfy.habr.WorkspaceImport.write(io.rfy.habr.HabrTextImporter.read(Files.readString(seed)), imported);
        List<ReportEntry> report = WorkspaceValidation.run(RfyWorkspace.load(imported), ValidationSettings.defaults(), null);
        java.util.Map<String, Long> byCode = report.stream().collect(java.util.stream.Collectors.groupingBy(
                ReportEntry::code, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        // the scrape lost every URL: 17 link labels (a label such as «Оригинал статьи» still says which link is the
        // paper's own) and 21 figures, whose captions survive as text; nothing else
        assertEquals(java.util.Map.of("rfy.link.empty-url", 17L, "rfy.body.image-no-url", 21L), byCode, report.toString());
        assertTrue(report.stream().allMatch(e -> e.line() > 0 && e.column() > 0), "every finding has its place");
        assertTrue(!WorkspaceValidation.hasErrors(report));
    }

    @Test
    void corpusAnchorsResolveOrSayWhy() throws Exception {
        assertEquals(0, validate().stream().filter(e -> e.code().startsWith("rfy.crosslink.")).count(), "the sample's anchor holds");
        Path doc = ws.resolve("corpus/000_c08bf2e11786672a.txt");
        Files.writeString(doc, Files.readString(doc).replace("о новых дипфейк-алгоритмах.", "о дипфейках."));
        ReportEntry moved = only(validate(), "rfy.crosslink.anchor-moved");
        assertEquals("reviews/2020-05/makeittalk.md", moved.file());
        assertEquals(16, moved.line());
        assertEquals(Severity.WARNING, moved.severity());
        Files.writeString(doc, Files.readString(doc).replace("MakeItTalk", "Make It Talk"));
        ReportEntry fuzzy = only(validate(), "rfy.crosslink.anchor-fuzzy");
        assertEquals(Severity.INFO, fuzzy.severity());
        assertEquals("Make It Talk", fuzzy.suggestion());
        Files.writeString(doc, Files.readString(doc).replace("Make It Talk", "алгоритм Adobe"));
        List<ReportEntry> report = validate();
        assertEquals("reviews/2020-05/makeittalk.md", only(report, "rfy.crosslink.broken-anchor").file());
        assertEquals(1, report.stream().filter(e -> e.code().startsWith("rfy.crosslink.")).count(), "reported once");
        Files.delete(doc);
        assertTrue(only(validate(), "rfy.crosslink.unknown-document").message().contains("000_c08bf2e11786672a"));
    }

    @Test
    void anUnknownIdIsNotLoadedAsAFile() throws Exception {
        edit("batches/2020-05-part-1.md", "flowtron]", "flowtron, ghost]");
        edit("reviews/2020-05/jukebox.md", "{review: flowtron}", "{review: phantom}");
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        int resources = loaded.resourceSet().getResources().size();
        List<ReportEntry> report = WorkspaceValidation.run(loaded, ValidationSettings.defaults(), null);
        assertEquals(2, report.stream().filter(e -> e.code().equals("store.unknown-review")).count(), report.toString());
        assertEquals(resources, loaded.resourceSet().getResources().size(), "no resource was demand-loaded");
    }

    private static ReportEntry only(List<ReportEntry> report, String code) {
        List<ReportEntry> found = report.stream().filter(e -> e.code().equals(code)).toList();
        assertEquals(1, found.size(), () -> code + " in " + report);
        return found.get(0);
    }
}
