package io.rfy.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.store.RfyWorkspace;
import io.rfy.testsupport.Samples;

/**
 * {@link WorkspaceValidation#runOn}, what the IDE's builder uses: for any set of files it gives exactly the entries the
 * full run gives for those files, and a cache-only link checker reports what the cache knows without a request.
 */
class RunOnTest {

    /** The sample with findings of several kinds, in several files, some of them across files. */
    private static RfyWorkspace brokenSample(Path dir) throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        edit(ws.resolve("reviews/2020-05/jukebox.md"), "{review: flowtron}", "{review: flowtronn}");
        edit(ws.resolve("reviews/2020-05/flowtron.md"), "status: published", "status: draft");
        edit(ws.resolve("reviews/2020-05/f-brs.md"), "\n---\n", "\n---\nСм. [Jukebox](../2020-06/jukebox.md) и [тут](#nowhere).\n");
        Files.createDirectories(ws.resolve("reviews/2020-06"));
        Files.writeString(ws.resolve("reviews/2020-06/jukebox-again.md"), Files.readString(
                ws.resolve("reviews/2020-05/jukebox.md")).replace("reviewer: belskikh", "reviewer: nobody"));
        return RfyWorkspace.load(ws);
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static Set<String> files(RfyWorkspace ws) {
        Set<String> files = new HashSet<>();
        ws.resourceSet().getResources().forEach(r -> files.add(ws.relative(r)));
        files.add("reviewers.yaml");
        return files;
    }

    @Test
    void allFilesGiveTheFullReportAndEachFileItsOwnPart(@TempDir Path dir) throws Exception {
        RfyWorkspace ws = brokenSample(dir);
        List<ReportEntry> full = WorkspaceValidation.run(ws, ValidationSettings.defaults(), null);
        Set<String> codes = new HashSet<>();
        full.forEach(e -> codes.add(e.code()));
        assertTrue(codes.containsAll(Set.of("store.unknown-review", "store.unknown-reviewer", "rfy.batch.review-not-ready",
                "rfy.body.broken-review-link", "rfy.body.broken-anchor", "rfy.paper.reviewed-twice")), codes.toString());
        assertEquals(full, WorkspaceValidation.runOn(ws, ValidationSettings.defaults(), files(ws), null, null));
        for (String file : files(ws)) {
            assertEquals(full.stream().filter(e -> e.file().equals(file)).toList(),
                    WorkspaceValidation.runOn(ws, ValidationSettings.defaults(), Set.of(file), null, null), file);
        }
    }

    @Test
    void aCacheOnlyCheckerReportsWhatTheCacheHoldsAndSkipsTheRest(@TempDir Path dir) throws Exception {
        RfyWorkspace ws = RfyWorkspace.load(Samples.copyOfSample(dir.resolve("ws")));
        LinkCache cache = LinkCache.open(ws.root(), Duration.ofDays(1));
        cache.put(new LinkStatus("https://openai.com/blog/jukebox/", LinkStatus.Verdict.MOVED, 301,
                "https://openai.com/index/jukebox/", "moved permanently (301) to https://openai.com/index/jukebox/"));
        List<ReportEntry> report = WorkspaceValidation.runOn(ws, ValidationSettings.defaults(),
                Set.of("reviews/2020-05/jukebox.md"), LinkChecker.cacheOnly(cache), null);
        List<ReportEntry> links = report.stream().filter(e -> e.code().startsWith("rfy.link.")).toList();
        assertEquals(1, links.size(), links.toString());
        assertEquals("rfy.link.moved", links.get(0).code());
        assertEquals("https://openai.com/index/jukebox/", links.get(0).suggestion());
        assertEquals(13, links.get(0).line(), "the line of the link in jukebox.md");
    }
}
