package io.rfy.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.store.WorkspaceLayout;
import io.rfy.store.RfyWorkspace;
import io.rfy.testsupport.Samples;

/**
 * {@link Dependants}: after a change on disk and {@link RfyWorkspace#reload}, re-checking the changed files and their
 * dependants with {@link WorkspaceValidation#runOn} gives what a full run gives, and every other file's findings are
 * what they were. Each edit below makes a rule reach across files (a cross-link, a body link, a batch, a shared
 * paper, a duplicate id, a corpus anchor, a "did you mean").
 */
class DependantsTest {

    @TempDir
    Path dir;

    private static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains(from), file + " has no " + from);
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, List<ReportEntry>> byFile(List<ReportEntry> report) {
        Map<String, List<ReportEntry>> map = new HashMap<>();
        report.forEach(e -> map.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(e));
        return map;
    }

    /**
     * Applies the change, reloads the changed files, and checks that the dependants are enough: outside them nothing
     * changed, and runOn over them is the full run's part for them.
     *
     * @return the dependants, for further checks
     */
    private Set<String> check(Path root, List<String> changed, boolean corpus, Consumer<Path> change) throws Exception {
        RfyWorkspace ws = RfyWorkspace.load(root);
        Dependants dependants = new Dependants();
        Map<String, List<ReportEntry>> before = byFile(WorkspaceValidation.run(ws, ValidationSettings.defaults(), null));
        change.accept(root);
        List<Path> paths = changed.stream().map(Path::of).toList();
        Set<String> files = dependants.of(ws, ws.reload(paths), corpus, before);
        List<ReportEntry> full = WorkspaceValidation.run(ws, ValidationSettings.defaults(), null);
        Map<String, List<ReportEntry>> after = byFile(full);
        Set<String> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String file : all) {
            if (!files.contains(file)) {
                assertEquals(before.getOrDefault(file, List.of()), after.getOrDefault(file, List.of()),
                        file + " changed its findings but is not a dependant of " + changed + " (dependants: " + files + ")");
            }
        }
        assertEquals(full.stream().filter(e -> files.contains(e.file())).toList(),
                WorkspaceValidation.runOn(ws, ValidationSettings.defaults(), files, null, null));
        assertTrue(files.containsAll(changed.stream()
                .filter(f -> WorkspaceLayout.kindOf(f) != WorkspaceLayout.Kind.CORPUS_DOCUMENT).toList()), files.toString());
        return files;
    }

    @Test
    void aCrossLinkedReviewRenamedAway() throws Exception {
        Path root = Samples.copyOfSample(dir.resolve("ws"));
        Set<String> files = check(root, List.of("reviews/2020-05/flowtron.md", "reviews/2020-06/flowtron.md"), false,
                r -> {
                    try {
                        Files.createDirectories(r.resolve("reviews/2020-06"));
                        Files.move(r.resolve("reviews/2020-05/flowtron.md"), r.resolve("reviews/2020-06/flowtron.md"));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        // jukebox and makeittalk cross-link to flowtron; the batch lists it
        assertTrue(files.containsAll(Set.of("reviews/2020-05/jukebox.md", "reviews/2020-05/makeittalk.md",
                "batches/2020-05-part-1.md")), files.toString());
    }

    @Test
    void aReviewDeletedAndItsNearIdProposals() throws Exception {
        Path root = Samples.copyOfSample(dir.resolve("ws"));
        edit(root.resolve("reviews/2020-05/f-brs.md"), "\n---\n", "\n---\nСм. [Jukebox](rfy://review/jukeboxx).\n");
        Set<String> files = check(root, List.of("reviews/2020-05/jukebox.md"), false, r -> {
            try {
                Files.delete(r.resolve("reviews/2020-05/jukebox.md"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(files.contains("reviews/2020-05/f-brs.md"), "its 'did you mean' named jukebox: " + files);
    }

    @Test
    void bodyLinksSharedPapersDuplicatesAndBatches() throws Exception {
        Path root = Samples.copyOfSample(dir.resolve("ws"));
        edit(root.resolve("reviews/2020-05/f-brs.md"), "\n---\n", "\n---\nСм. [Jukebox](../2020-05/jukebox.md) и [тут](#nowhere).\n");
        Files.createDirectories(root.resolve("reviews/2020-06"));
        Path again = root.resolve("reviews/2020-06/jukebox-again.md");
        Files.writeString(again, Files.readString(root.resolve("reviews/2020-05/jukebox.md")));
        // the body link breaks, the shared paper changes, the batch's review becomes a draft
        check(root, List.of("reviews/2020-05/jukebox.md"), false,
                r -> edit(r.resolve("reviews/2020-05/jukebox.md"), "status: published", "status: draft"));
        check(root, List.of("reviews/2020-05/jukebox.md"), false, r -> {
            try {
                Files.move(r.resolve("reviews/2020-05/jukebox.md"), r.resolve("reviews/2020-05/jukebox.md.bak"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // a second file with the id of an existing review
        check(root, List.of("reviews/2020-06/flowtron.md"), false, r -> {
            try {
                Files.copy(r.resolve("reviews/2020-05/flowtron.md"), r.resolve("reviews/2020-06/flowtron.md"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // a batch that takes a review of the other batch, and changes the anchors of the post
        check(root, List.of("batches/2020-06-part-1.md"), false, r -> {
            try {
                Files.writeString(r.resolve("batches/2020-06-part-1.md"), "---\ntitle: \"Читаем статьи за вас. Июнь 2020."
                        + " Часть 1\"\nperiod: 2020-06\npart: 1\nreviews: [f-brs]\n---\nПривет, Хабр!\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aCorpusDocumentEdited() throws Exception {
        Path root = Samples.copyOfSample(dir.resolve("ws"));
        Path digest = root.resolve("corpus/000_c08bf2e11786672a.txt");
        Set<String> files = check(root, List.of("corpus/000_c08bf2e11786672a.txt"), true,
                r -> edit(digest, "MakeItTalk", "Make It Talk"));
        assertTrue(files.contains("reviews/2020-05/makeittalk.md"), files.toString());
    }

    @Test
    void nearIdsAreNamedByRulesAndStoreCodes() {
        assertTrue(Dependants.NEAR_ID_RULES.contains(Rule.BODY_BROKEN_REVIEW_LINK));
        assertTrue(Dependants.namesNearId(new ReportEntry(Rule.BODY_BROKEN_REVIEW_LINK.severity(),
                Rule.BODY_BROKEN_REVIEW_LINK.code(), "m", "f", 1, 1, null)));
        assertTrue(Dependants.namesNearId(new ReportEntry(io.rfy.store.StoreProblem.Severity.ERROR,
                io.rfy.store.StoreProblem.UNKNOWN_REVIEW, "m", "f", 1, 1, null)));
        assertTrue(!Dependants.namesNearId(new ReportEntry(Rule.HABR_TAG.severity(), Rule.HABR_TAG.code(), "m", "f", 1, 1,
                null)));
    }
}
