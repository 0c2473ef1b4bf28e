package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.rfy.ide.builder.ProblemMarkers;

/**
 * The quick fixes that use a paper's record: "Fill from arXiv" on a paper with an identifier and empty fields (the
 * lookup in a job, against a local server playing arXiv and OpenAlex from the recorded answers), the record's value
 * for a title or an author list that disagrees with it, and the fixes of links with credentials or a clone URL. Each
 * is triggered from its marker as the Problems view does, and the file on disk is checked.
 */
class MetadataQuickFixUiTest {

    private static final String JUKEBOX = "reviews/2020-05/jukebox.md";
    private static final String QUERY = "/arxiv?id_list=2005.00341&max_results=1";
    private static final String OPENALEX = "/openalex/works/doi:10.48550/arxiv.2005.00341";

    private RecordedAnswers server;

    @BeforeEach
    void pointTheLookupAtALocalServer() {
        server = new RecordedAnswers().forTheIde();
    }

    @AfterEach
    void cleanUp() {
        Ui.page().closeAllEditors(false);
        Ui.deleteProjects();
        server.close();
    }

    private static Path recorded(String file) {
        return Ui.repo().resolve("releng/test-support/recorded").resolve(file);
    }

    private static Path path(IFile file) {
        return Path.of(file.getLocation().toOSString());
    }

    private static void write(IFile file, String text) throws Exception {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
    }

    private static List<IMarker> markers(IResource r, String code) throws Exception {
        return Arrays.stream(r.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE))
                .filter(m -> code.equals(m.getAttribute(ProblemMarkers.CODE, ""))).toList();
    }

    private static int lineOf(IFile file, String text) throws Exception {
        List<String> lines = Files.readAllLines(path(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    /** The one quick fix the marker of this code offers, checked by its label. */
    private static IMarkerResolution onlyFix(IFile file, String code, String label) throws Exception {
        List<IMarker> found = markers(file, code);
        assertEquals(1, found.size(), "one " + code + " marker: " + found);
        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(found.get(0)), "the marker shows it has a fix");
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(found.get(0));
        assertEquals(1, fixes.length, Arrays.toString(fixes));
        assertEquals(label, fixes[0].getLabel());
        return fixes[0];
    }

    private static void runFix(IFile file, String code, String label) throws Exception {
        onlyFix(file, code, label).run(markers(file, code).get(0));
    }

    private static List<Job> fillJobs() {
        return Arrays.stream(Job.getJobManager().find(null)).filter(j -> j.getName().startsWith("Fill from ")).toList();
    }

    /** Jukebox's header as someone who wrote only a title of their own and the arXiv id would have it. */
    private static String withoutMetadata(String text) {
        String stripped = text.replace("  - title: \"Jukebox: A Generative Model for Music\"",
                "  - title: \"Jukebox, a generative model of music\"")
                .replace("    authors: [Prafulla Dhariwal, Heewoo Jun, Christine Payne, Jong Wook Kim, Alec Radford, Ilya Sutskever]\n", "")
                .replace("    affiliations: [OpenAI]\n", "").replace("    year: 2020\n", "");
        assertFalse(stripped.contains("Prafulla") || stripped.contains("affiliations") || stripped.contains("year:"), stripped);
        return stripped;
    }

    @Test
    void fillFromArxivFillsOnlyTheEmptyFieldsThenTheRecordsTitleAndAuthorsFixTheirMismatch() throws Exception {
        server.answerFile(QUERY, "application/atom+xml; charset=utf-8", recorded("arxiv/2005.00341.xml"));
        server.answerFile(OPENALEX, "application/json", recorded("openalex/10.48550_arxiv.2005.00341.json"));
        IProject project = Ui.sampleProject("fill-arxiv");
        IFile file = project.getFile(JUKEBOX);
        String original = Files.readString(path(file));
        write(file, withoutMetadata(original));
        Ui.build(project);
        List<IMarker> fillable = markers(file, "rfy.paper.fillable");
        assertEquals(1, fillable.size());
        assertEquals(lineOf(file, "arxiv: \"2005.00341\""), fillable.get(0).getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(IMarker.SEVERITY_INFO, fillable.get(0).getAttribute(IMarker.SEVERITY, -1));
        assertTrue(fillable.get(0).getAttribute(IMarker.MESSAGE, "").contains("no authors, affiliations, year"),
                fillable.get(0).getAttribute(IMarker.MESSAGE, ""));

        runFix(file, "rfy.paper.fillable", "Fill from arXiv");
        assertTrue(Ui.waitFor(() -> read(file).contains("Prafulla Dhariwal"), 30_000), "filled: " + read(file));
        Ui.build(project);
        String filled = Files.readString(path(file));
        assertInOrder(filled, SIX_AUTHORS);
        assertTrue(filled.contains("OpenAI"), filled);
        assertTrue(filled.contains("year: 2020"), filled);
        assertTrue(filled.contains("title: \"Jukebox, a generative model of music\""), "the person's title stays: " + filled);
        assertTrue(filled.contains("{label: Blog, url: \"https://openai.com/blog/jukebox/\"}"), "the rest as written");
        assertEquals(List.of(), markers(file, "rfy.paper.fillable"), "nothing left to fill");
        assertEquals(2, server.requests().size(), "arXiv and OpenAlex asked once each: " + server.requests());
        assertTrue(Files.isDirectory(path(file).getParent().getParent().getParent().resolve(".rfy/metadata")), "cached");

        // the record is now in the cache, so the build compares the person's title with it, offline
        runFix(file, "rfy.paper.metadata-mismatch", "Replace with Jukebox: A Generative Model for Music");
        Ui.build(project);
        assertTrue(read(file).contains("title: \"Jukebox: A Generative Model for Music\""), read(file));
        assertEquals(List.of(), markers(file, "rfy.paper.metadata-mismatch"));

        String oneAuthorLess = original.replace(", Ilya Sutskever]", "]");
        assertFalse(oneAuthorLess.contains("Sutskever"));
        write(file, oneAuthorLess);
        Ui.build(project);
        assertEquals(lineOf(file, "authors:"), markers(file, "rfy.paper.metadata-mismatch").get(0)
                .getAttribute(IMarker.LINE_NUMBER, -1));
        runFix(file, "rfy.paper.metadata-mismatch",
                "Replace with Prafulla Dhariwal, Heewoo Jun, Christine Payne, Jong Wook Kim, Alec Radford, Ilya Sutskever");
        Ui.build(project);
        assertInOrder(read(file), SIX_AUTHORS);
        assertTrue(read(file).endsWith(original.substring(original.indexOf("\n---\n"))), "the body as it was");
        assertEquals(List.of(), markers(file, "rfy.paper.metadata-mismatch"));
        assertEquals(2, server.requests().size(), "the builder never went online: " + server.requests());
    }

    @Test
    void aThrottledLookupShowsArxivsWordsAndWritesNothing() throws Exception {
        server.answer(QUERY, 429, Map.of("Retry-After", "30", "Content-Type", "text/plain"), "Rate exceeded.");
        IProject project = Ui.sampleProject("fill-429");
        IFile file = project.getFile(JUKEBOX);
        write(file, withoutMetadata(Files.readString(path(file))));
        Ui.build(project);
        byte[] before = Files.readAllBytes(path(file));
        AtomicReference<String> dialog = closeDialogWhenShown("Fill from arXiv");
        runFix(file, "rfy.paper.fillable", "Fill from arXiv");
        assertTrue(Ui.waitFor(() -> dialog.get() != null, 30_000), "an error dialog");
        assertTrue(dialog.get().contains("arXiv is limiting requests (HTTP 429); it asks to wait 30 s"), dialog.get());
        assertTrue(dialog.get().contains("Nothing was written to jukebox.md"), dialog.get());
        Ui.build(project);
        assertTrue(Arrays.equals(before, Files.readAllBytes(path(file))), "the file is as it was");
        assertEquals(1, markers(file, "rfy.paper.fillable").size(), "still to fill");
        assertFalse(Files.exists(path(file).getParent().getParent().getParent().resolve(".rfy/metadata/arxiv")),
                "a throttling notice is never cached");
    }

    @Test
    void aLookupThatHangsIsCancelledAndWritesNothing() throws Exception {
        server.hang(QUERY);
        IProject project = Ui.sampleProject("fill-cancel");
        IFile file = project.getFile(JUKEBOX);
        write(file, withoutMetadata(Files.readString(path(file))));
        Ui.build(project);
        byte[] before = Files.readAllBytes(path(file));
        AtomicReference<String> dialog = closeDialogWhenShown("Fill from arXiv");
        runFix(file, "rfy.paper.fillable", "Fill from arXiv");
        assertTrue(Ui.waitFor(() -> !fillJobs().isEmpty() && fillJobs().get(0).getState() == Job.RUNNING
                && !server.requests().isEmpty(), 15_000), "the lookup runs and waits for the server");
        Job job = fillJobs().get(0);
        job.cancel();
        // the lookup's own limit is 20 s; a cancelled job ends long before that
        assertTrue(Ui.waitFor(() -> job.getState() == Job.NONE, 10_000), "the job ended on cancel");
        assertNotNull(job.getResult());
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().toString());
        Ui.sleep(300);
        assertEquals(null, dialog.get(), "a cancel is no error");
        assertTrue(Arrays.equals(before, Files.readAllBytes(path(file))), "the file is as it was");
    }

    @Test
    void aLinkWithATokenAndACloneUrlAreFixedByTheirQuickFixes() throws Exception {
        IProject project = Ui.sampleProject("fix-links");
        IFile file = project.getFile(JUKEBOX);
        String original = Files.readString(path(file));
        write(file, original.replace("url: \"https://github.com/openai/jukebox\"",
                "url: \"https://reviewer:ghp_16C7e42F292c6912E7710c838347Ae178B4a@github.com/openai/jukebox\""));
        Ui.build(project);
        runFix(file, "rfy.link.credentials", "Replace with https://github.com/openai/jukebox");
        Ui.build(project);
        assertEquals(original, read(file), "the token is gone and nothing else changed");
        assertEquals(List.of(), markers(file, "rfy.link.credentials"));

        write(file, original.replace("url: \"https://github.com/openai/jukebox\"", "url: \"git@github.com:openai/jukebox.git\""));
        Ui.build(project);
        runFix(file, "rfy.link.not-http", "Replace with https://github.com/openai/jukebox");
        Ui.build(project);
        assertEquals(original, read(file));
        assertEquals(List.of(), markers(file, "rfy.link.not-http"));
    }

    private static final List<String> SIX_AUTHORS = List.of("Prafulla Dhariwal", "Heewoo Jun", "Christine Payne",
            "Jong Wook Kim", "Alec Radford", "Ilya Sutskever");

    /** The names are in the file's authors, in this order (the list's YAML style is the store's to choose). */
    private static void assertInOrder(String text, List<String> names) {
        int at = text.indexOf("authors:");
        assertTrue(at >= 0, text);
        for (String name : names) {
            int next = text.indexOf(name, at);
            assertTrue(next > at, name + " after position " + at + " in " + text);
            at = next;
        }
    }

    private static String read(IFile file) {
        try {
            return Files.readString(path(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Watches for a dialog with this title (it runs its own event loop, so the test could not close it after it
     * opened) and closes it, keeping its text; gives up after a minute.
     */
    private static AtomicReference<String> closeDialogWhenShown(String title) {
        AtomicReference<String> text = new AtomicReference<>();
        Display display = Display.getCurrent();
        display.timerExec(100, new Runnable() {
            private int rounds;

            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
                        text.set(Ui.find(Label.class, s).stream().map(Label::getText).collect(Collectors.joining("\n")));
                        s.close();
                        return;
                    }
                }
                if (++rounds < 600) {
                    display.timerExec(100, this);
                }
            }
        });
        return text;
    }
}
