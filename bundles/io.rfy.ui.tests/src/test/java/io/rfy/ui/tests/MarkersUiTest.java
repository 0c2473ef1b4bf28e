package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.rfy.ide.builder.ProblemMarkers;
import io.rfy.store.FolderCopy;

/** The builder's markers (file, line, code) and the quick fixes that clear them. */
class MarkersUiTest {

    @AfterEach
    void closeEditors() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
    }

    private static List<IMarker> markers(IResource r, String code) throws Exception {
        return Arrays.stream(r.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE))
                .filter(m -> code.equals(m.getAttribute(ProblemMarkers.CODE, ""))).toList();
    }

    /** Opens the Errors/Warnings groups of the Problems view, as a user would, for the screenshot. */
    private static void expandAll(org.eclipse.swt.widgets.Shell shell, org.eclipse.ui.IViewPart view) {
        org.eclipse.swt.widgets.Control c = view.getAdapter(org.eclipse.swt.widgets.Control.class);
        java.util.ArrayDeque<org.eclipse.swt.widgets.Control> todo = new java.util.ArrayDeque<>();
        todo.add(shell);
        while (!todo.isEmpty()) {
            org.eclipse.swt.widgets.Control next = todo.poll();
            if (next instanceof org.eclipse.swt.widgets.Tree tree && tree.getColumnCount() >= 4) {
                for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
                    item.setExpanded(true);
                }
            }
            if (next instanceof org.eclipse.swt.widgets.Composite comp) {
                todo.addAll(java.util.List.of(comp.getChildren()));
            }
        }
        Ui.processEvents();
    }

    private static void write(IFile file, String text) throws Exception {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
    }

    private static int lineOf(IFile file, String text) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(file.getLocation().toOSString()));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void aBrokenCrossLinkIsMarkedAtItsLineWithItsCode() throws Exception {
        IProject project = Ui.sampleProject("markers-crosslink");
        IFile file = project.getFile("reviews/2020-05/jukebox.md");
        assertEquals(List.of(), markers(file, "store.unknown-review"));
        String text = Files.readString(Path.of(file.getLocation().toOSString()));
        write(file, text.replace("{review: flowtron}", "{review: flowtronn}"));
        Ui.build(project);
        List<IMarker> found = markers(file, "store.unknown-review");
        assertEquals(1, found.size(), "one marker");
        IMarker m = found.get(0);
        assertEquals(lineOf(file, "{review: flowtronn}"), m.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(IMarker.SEVERITY_ERROR, m.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(m.getAttribute(IMarker.MESSAGE, "").contains("did you mean 'flowtron'"), m.getAttribute(IMarker.MESSAGE, ""));

        var problems = Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        var editor = (io.rfy.ui.editor.ReviewEditor) IDE.openEditor(Ui.page(), file);
        editor.showPage(editor.sourcePageIndex());
        Ui.processEvents();
        expandAll(problems.getViewSite().getShell(), problems);
        Ui.screenshot("problems-view");

        write(file, text);
        Ui.build(project);
        assertEquals(List.of(), markers(file, "store.unknown-review"), "fixed file, marker gone");
    }

    @Test
    void aNonCanonicalArxivLinkIsFixedByItsQuickFix() throws Exception {
        IProject project = Ui.sampleProject("markers-arxiv");
        IFile file = project.getFile("reviews/2020-05/jukebox.md");
        String text = Files.readString(Path.of(file.getLocation().toOSString()));
        write(file, text.replace("url: \"https://arxiv.org/abs/2005.00341\"", "url: \"http://arxiv.org/pdf/2005.00341v1.pdf\""));
        Ui.build(project);
        List<IMarker> found = markers(file, "rfy.link.arxiv-noncanonical");
        assertEquals(1, found.size(), "one marker");
        assertEquals(lineOf(file, "arxiv.org/pdf"), found.get(0).getAttribute(IMarker.LINE_NUMBER, -1));
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(found.get(0));
        assertEquals(1, fixes.length, "one quick fix");
        assertTrue(fixes[0].getLabel().startsWith("Replace with https://arxiv.org/abs/2005.00341"), fixes[0].getLabel());
        fixes[0].run(found.get(0));
        Ui.build(project);
        assertEquals(List.of(), markers(file, "rfy.link.arxiv-noncanonical"), "quick fix cleared it");
        String fixed = Files.readString(Path.of(file.getLocation().toOSString()));
        assertTrue(fixed.contains("url: \"https://arxiv.org/abs/2005.00341"), fixed);
        assertEquals(text.lines().count(), fixed.lines().count(), "nothing else rewritten");
    }

    @Test
    void anUnknownReviewerIsAddedToReviewersYamlByItsQuickFix() throws Exception {
        IProject project = Ui.sampleProject("markers-reviewer");
        IFile file = project.getFile("reviews/2020-05/jukebox.md");
        String text = Files.readString(Path.of(file.getLocation().toOSString()));
        write(file, text.replace("reviewer: belskikh", "reviewer: newcomer"));
        Ui.build(project);
        List<IMarker> found = markers(file, "store.unknown-reviewer");
        assertEquals(1, found.size());
        assertEquals(2, found.get(0).getAttribute(IMarker.LINE_NUMBER, -1));
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(found.get(0));
        assertEquals("Add the reviewer to reviewers.yaml", fixes[0].getLabel());
        fixes[0].run(found.get(0));
        Ui.build(project);
        assertEquals(List.of(), markers(file, "store.unknown-reviewer"));
        assertTrue(Files.readString(Path.of(project.getLocation().toOSString(), "reviewers.yaml")).contains("newcomer"));
    }

    /** Every RFY marker of a project as one sorted text: file, line, severity, code, message. */
    static List<String> snapshot(IProject project) throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        for (IMarker m : project.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE)) {
            lines.add(m.getResource().getProjectRelativePath() + ":" + m.getAttribute(IMarker.LINE_NUMBER, 0) + " "
                    + m.getAttribute(IMarker.SEVERITY, -1) + " " + m.getAttribute(ProblemMarkers.CODE, "") + " "
                    + m.getAttribute(IMarker.MESSAGE, "") + " " + m.getAttribute(ProblemMarkers.SUGGESTION, ""));
        }
        java.util.Collections.sort(lines);
        return lines;
    }

    /** One edit, made the same way in both projects (through the resources API, so the builder gets a delta). */
    private interface Edit {
        void apply(IProject project) throws Exception;
    }

    private static Edit replace(String file, String from, String to) {
        return p -> {
            IFile f = p.getFile(file);
            String text = Files.readString(Path.of(f.getLocation().toOSString()));
            assertTrue(text.contains(from), file + " has no " + from);
            write(f, text.replace(from, to));
        };
    }

    private static Edit create(String file, String fromFile, String from, String to) {
        return p -> {
            String text = Files.readString(Path.of(p.getFile(fromFile).getLocation().toOSString()));
            IFile f = p.getFile(file);
            if (!f.getParent().exists()) {
                ((org.eclipse.core.resources.IFolder) f.getParent()).create(true, true, null);
            }
            f.create(new ByteArrayInputStream(text.replace(from, to).getBytes(StandardCharsets.UTF_8)), true, null);
        };
    }

    private static Edit delete(String file) {
        return p -> p.getFile(file).delete(true, null);
    }

    @Test
    void incrementalMarkersEqualThoseOfAFullBuildAfterEachOfASequenceOfEdits() throws Exception {
        IProject incremental = Ui.sampleProject("markers-incremental");
        IProject full = Ui.sampleProject("markers-full");
        String jukebox = "reviews/2020-05/jukebox.md";
        String makeittalk = "reviews/2020-05/makeittalk.md";
        String batch = "batches/2020-05-part-1.md";
        String corpus = "corpus/000_c08bf2e11786672a.txt";
        List<Edit> edits = List.of(
                replace(jukebox, "{review: flowtron}", "{review: flowtronn}"),
                replace("reviews/2020-05/flowtron.md", "status: published", "status: draft"),
                // an in-page link to jukebox's anchor in the post, then jukebox's short name (and so the anchor) changes
                replace("reviews/2020-05/flowtron.md", "\n---\n", "\n---\nСм. [Jukebox](#3-jukebox).\n"),
                replace(jukebox, "title: \"Jukebox: A Generative", "title: \"Jukebox-X: A Generative"),
                // a review that came: the same paper as jukebox (reviewed twice), linking to makeittalk
                create("reviews/2020-06/jukebox-again.md", jukebox, "Прорывная работа",
                        "См. [MakeItTalk](../2020-05/makeittalk.md). Прорывная работа"),
                // makeittalk goes: the batch, the cross-link and the body link above lose their target
                delete(makeittalk),
                create(makeittalk, "reviews/2020-05/f-brs.md", "status:", "status:"),
                replace(batch, "reviews: [pretrr-earl,", "reviews: [jukebox-again, pretrr-earl,"),
                replace(corpus, "MakeItTalk", "MakeItTalk2"),
                replace("reviews/2020-05/f-brs.md", "status:", "status: [unclosed"),
                replace("reviewers.yaml", "- id: belskikh", "- id: belskikh-2"),
                replace(jukebox, "{review: flowtronn}", "{review: flowtron}"),
                delete("reviews/2020-06/jukebox-again.md"));
        int step = 0;
        for (Edit edit : edits) {
            step++;
            edit.apply(incremental);
            edit.apply(full);
            Ui.build(incremental);
            assertTrue(io.rfy.ide.builder.RfyBuilder.lastWasIncremental, "step " + step + " incremental");
            Ui.build(full);
            full.build(org.eclipse.core.resources.IncrementalProjectBuilder.CLEAN_BUILD, null);
            full.build(org.eclipse.core.resources.IncrementalProjectBuilder.FULL_BUILD, null);
            assertTrue(!io.rfy.ide.builder.RfyBuilder.lastWasIncremental);
            List<String> expected = snapshot(full);
            assertTrue(!expected.isEmpty());
            if (step == 3 || step == 4) {
                // the anchor is found first, then not: a finding of one file that another file's edit changed
                assertEquals(step == 4, expected.stream().anyMatch(l -> l.startsWith("reviews/2020-05/flowtron.md")
                        && l.contains("rfy.body.broken-anchor")), "step " + step + ": " + expected);
            }
            assertEquals(expected, snapshot(incremental), "markers after step " + step);
        }
    }

    @Test
    void aLinkToAMovedReviewIsRepairedByItsQuickFix() throws Exception {
        IProject project = Ui.sampleProject("markers-moved");
        IFile jukebox = project.getFile("reviews/2020-05/jukebox.md");
        String text = Files.readString(Path.of(jukebox.getLocation().toOSString()));
        write(jukebox, text.replace("Прорывная работа от OpenAI", "См. также [Flowtron](flowtron.md#results). Прорывная работа от OpenAI"));
        Ui.build(project);
        assertEquals(List.of(), markers(jukebox, "rfy.body.broken-review-link"), "the link is fine before the move");
        project.getFolder("reviews/2020-06").create(true, true, null);
        project.getFile("reviews/2020-05/flowtron.md").move(IPath.fromOSString("/" + project.getName()
                + "/reviews/2020-06/flowtron.md"), true, null);
        Ui.build(project);
        List<IMarker> found = markers(jukebox, "rfy.body.broken-review-link");
        assertEquals(1, found.size(), "one marker");
        IMarker m = found.get(0);
        assertEquals(lineOf(jukebox, "[Flowtron](flowtron.md"), m.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals("../2020-06/flowtron.md", m.getAttribute(ProblemMarkers.SUGGESTION, ""));
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(m);
        assertEquals(1, fixes.length);
        assertTrue(fixes[0].getLabel().contains("../2020-06/flowtron.md"), fixes[0].getLabel());
        fixes[0].run(m);
        Ui.build(project);
        assertEquals(List.of(), markers(jukebox, "rfy.body.broken-review-link"), "quick fix cleared it");
        String fixed = Files.readString(Path.of(jukebox.getLocation().toOSString()));
        assertTrue(fixed.contains("См. также [Flowtron](../2020-06/flowtron.md#results). Прорывная"), fixed);
        assertEquals(text.length() + "См. также [Flowtron](../2020-06/flowtron.md#results). ".length(), fixed.length(),
                "nothing else rewritten");
    }

    @Test
    void aTemporaryFileLeftByAnInterruptedSaveIsDeletedByItsQuickFix() throws Exception {
        // what a save killed between writing and moving leaves beside the file: found when the project is opened
        Path dir = Files.createTempDirectory("rfy-ui-").resolve("markers-stale-temp");
        FolderCopy.copy(Ui.repo().resolve("examples/sample-ws"), dir);
        Path stale = dir.resolve("reviews/2020-05/.jukebox.md.4242.tmp");
        Path review = dir.resolve("reviews/2020-05/jukebox.md");
        String text = Files.readString(review);
        Files.writeString(stale, text.substring(0, text.length() / 2));
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(600)));
        IProject project = Ui.open(dir);
        IFile file = project.getFile("reviews/2020-05/.jukebox.md.4242.tmp");
        assertTrue(Ui.waitFor(() -> staleTempMarkers(project).size() == 1, 20_000),
                "a store.stale-temp marker: " + staleTempMarkers(project));
        IMarker m = staleTempMarkers(project).get(0);
        assertEquals(file, m.getResource(), "on the temporary file");
        assertEquals(IMarker.SEVERITY_WARNING, m.getAttribute(IMarker.SEVERITY, -1));

        // what the Problems view's Quick Fix and Ctrl+1 ask the registry, then run
        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(m), "the Problems view offers a quick fix");
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(m);
        assertEquals(1, fixes.length, Arrays.toString(fixes));
        assertTrue(fixes[0].getLabel().endsWith(" .jukebox.md.4242.tmp"), fixes[0].getLabel()); // "Delete ..."
        fixes[0].run(m);
        Ui.build(project);
        assertTrue(Ui.waitFor(() -> !Files.exists(stale), 10_000), "the file is gone from disk");
        assertTrue(!file.exists(), "and from the workspace");
        assertTrue(Files.readString(review).equals(text), "the review itself is untouched");
        assertEquals(List.of(), staleTempMarkers(project), "the marker is gone");

        // and stays gone: the builder forgot the file, it does not come back on the project with the next edit
        write(project.getFile("reviews/2020-05/jukebox.md"), text.replace("status: published", "status: ready"));
        Ui.build(project);
        assertEquals(List.of(), staleTempMarkers(project), "no marker after the next build either");
    }

    private static List<IMarker> staleTempMarkers(IProject project) {
        try {
            return markers(project, "store.stale-temp");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPermanentRedirectFoundByCheckLinksIsFollowedByItsQuickFix() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/blog/jukebox-old/")) {
                exchange.getResponseHeaders().add("Location", base + "/blog/jukebox/");
                exchange.sendResponseHeaders(301, -1);
            } else {
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        server.start();
        try {
            Path dir = Files.createTempDirectory("rfy-ui-").resolve("markers-redirect");
            FolderCopy.copy(Ui.repo().resolve("examples/sample-ws"), dir);
            // every link of the copy points at the local server, so that the check needs no network
            try (var files = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".md"))::iterator) {
                    Files.writeString(p, Files.readString(p).replace("https://", base + "/"));
                }
            }
            Path juke = dir.resolve("reviews/2020-05/jukebox.md");
            Files.writeString(juke, Files.readString(juke).replace(base + "/openai.com/blog/jukebox/", base + "/blog/jukebox-old/"));
            IProject project = Ui.open(dir);
            IFile jukebox = project.getFile("reviews/2020-05/jukebox.md");
            assertEquals(List.of(), markers(jukebox, "rfy.link.moved"), "the builder does not go online");

            var commands = org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
            assertTrue(commands.getCommand("io.rfy.ui.checkLinks").isDefined(), "the Check Links command is contributed");
            assertTrue(commands.getCommand("io.rfy.ui.checkLinks").isHandled(), "and has its handler");
            // the command's job, with a shorter timeout than the default so that a mistake fails fast
            io.rfy.ide.links.CheckLinksJob job = new io.rfy.ide.links.CheckLinksJob(project,
                    io.rfy.validation.LinkCheckSettings.defaults().withTimeout(java.time.Duration.ofSeconds(5)),
                    io.rfy.validation.ValidationSettings.defaults());
            job.schedule();
            assertTrue(Ui.waitFor(() -> job.getResult() != null, 60_000), "check links finished");
            assertTrue(job.getResult().isOK(), job.getResult().toString());
            assertTrue(Files.readString(dir.resolve(".rfy/link-check.tsv")).contains("/blog/jukebox-old/"));
            Ui.build(project);
            List<IMarker> found = markers(jukebox, "rfy.link.moved");
            assertEquals(1, found.size(), "one marker");
            IMarker m = found.get(0);
            assertEquals(lineOf(jukebox, "/blog/jukebox-old/"), m.getAttribute(IMarker.LINE_NUMBER, -1));
            assertEquals(base + "/blog/jukebox/", m.getAttribute(ProblemMarkers.SUGGESTION, ""));
            IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(m);
            assertEquals(1, fixes.length);
            assertTrue(fixes[0].getLabel().startsWith("Follow the redirect"), fixes[0].getLabel());
            String before = Files.readString(juke);
            fixes[0].run(m);
            Ui.build(project);
            assertEquals(List.of(), markers(jukebox, "rfy.link.moved"), "quick fix cleared it");
            assertEquals(before.replace("/blog/jukebox-old/", "/blog/jukebox/"), Files.readString(juke),
                    "only the URL changed");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aCrossLinkSuggestionIsAcceptedByItsQuickFix() throws Exception {
        IProject project = Ui.sampleProject("markers-suggestion");
        IFile file = project.getFile("reviews/2020-05/makeittalk.md");
        String text = Files.readString(Path.of(file.getLocation().toOSString()));
        int start = text.indexOf("crosslinks:");
        int end = text.indexOf("\n---\n");
        assertTrue(start > 0 && text.substring(start, end).contains("{corpus: 000_c08bf2e11786672a"));
        write(file, text.substring(0, start) + text.substring(end + 1));
        Ui.build(project);
        List<IMarker> found = markers(file, "rfy.crosslink.suggestion");
        assertTrue(!found.isEmpty(), "the corpus names MakeItTalk");
        IMarker m = found.stream().filter(x -> x.getAttribute(IMarker.MESSAGE, "").startsWith("«MakeItTalk»")).findFirst()
                .orElseThrow(() -> new AssertionError(found.size() + " suggestions, none for «MakeItTalk»"));
        assertEquals(IMarker.SEVERITY_INFO, m.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(m.getAttribute(ProblemMarkers.SUGGESTION, "").startsWith("000_c08bf2e11786672a#"));
        String suggestion = m.getAttribute(ProblemMarkers.SUGGESTION, "");
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(m);
        assertEquals(1, fixes.length);
        fixes[0].run(m);
        Ui.build(project);
        String fixed = Files.readString(Path.of(file.getLocation().toOSString()));
        assertTrue(fixed.contains("crosslinks:") && fixed.contains("corpus: 000_c08bf2e11786672a")
                && fixed.contains("quote: MakeItTalk") || fixed.contains("quote: \"MakeItTalk\""), fixed);
        String edited = text.substring(0, start) + text.substring(end + 1);
        assertEquals(edited.lines().toList(), fixed.lines().filter(l -> !l.equals("crosslinks:")
                && !l.startsWith("  - {corpus: 000_c08bf2e11786672a")).toList(), "only the cross-link was added");
        assertTrue(markers(file, "rfy.crosslink.suggestion").stream()
                .noneMatch(x -> suggestion.equals(x.getAttribute(ProblemMarkers.SUGGESTION, ""))), "the marker is gone");
        assertTrue(markers(file, "rfy.crosslink.suggestion").stream()
                .noneMatch(x -> x.getAttribute(IMarker.MESSAGE, "").startsWith("«MakeItTalk»")),
                "the other mentions of the same quote are covered too");
    }
}
