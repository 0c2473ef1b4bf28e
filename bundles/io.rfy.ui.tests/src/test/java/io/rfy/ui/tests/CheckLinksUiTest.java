package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.rfy.ide.builder.ProblemMarkers;
import io.rfy.ide.links.CheckLinksJob;
import io.rfy.ide.preferences.RfyPreferences;
import io.rfy.ui.preferences.RfyPreferenceStore;
import io.rfy.validation.LinkCheckSettings;

/** Check Links reports into the RFY problem markers, with the preferences' accepted statuses; Habr rules reach the builder. */
class CheckLinksUiTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", x -> {
            x.sendResponseHeaders(x.getRequestURI().getPath().equals("/ok") ? 200 : 404, -1);
            x.close();
        });
        server.createContext("/slow", x -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void cleanUp() {
        server.stop(0);
        RfyPreferenceStore.get().setToDefault(RfyPreferences.HABR_MAX_HUBS);
        RfyPreferenceStore.get().setToDefault(RfyPreferences.LINKS_ENABLED);
        RfyPreferenceStore.get().setToDefault(RfyPreferences.LINKS_TIMEOUT_S);
        Ui.deleteProjects();
    }

    /** The sample with every web link leading to the local server (the test needs no network), one of them a 404. */
    private IProject sampleWithLocalLinks(String name) throws Exception {
        IProject project = Ui.sampleProject(name);
        Path root = Path.of(project.getLocation().toOSString());
        for (Path f : Files.walk(root.resolve("reviews")).filter(Files::isRegularFile).toList()) {
            Files.writeString(f, Files.readString(f).replaceAll("https://[^\"\\s)]+", base + "/ok"));
        }
        Path jukebox = root.resolve("reviews/2020-05/jukebox.md");
        Files.writeString(jukebox, Files.readString(jukebox) + "\nСсылка: [старая страница](" + base + "/gone)\n");
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        Ui.build(project);
        return project;
    }

    private static List<IMarker> markers(IResource r, String code) throws Exception {
        return Arrays.stream(r.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE))
                .filter(m -> code.equals(m.getAttribute(ProblemMarkers.CODE, ""))).toList();
    }

    private static IStatus run(CheckLinksJob job) throws Exception {
        job.schedule();
        Ui.waitFor(() -> job.getResult() != null, 60_000);
        return job.getResult();
    }

    @Test
    void brokenLinksBecomeMarkersUnlessTheirStatusIsAccepted() throws Exception {
        IProject project = sampleWithLocalLinks("check-links");
        Path root = Path.of(project.getLocation().toOSString());
        Path jukebox = root.resolve("reviews/2020-05/jukebox.md");
        IFile file = project.getFile("reviews/2020-05/jukebox.md");
        assertEquals(List.of(), markers(file, "rfy.link.broken"), "offline, the builder does not check links");

        LinkCheckSettings fast = LinkCheckSettings.defaults().withTimeout(Duration.ofSeconds(5))
                .withBackoff(Duration.ofMillis(10));
        CheckLinksJob job = new CheckLinksJob(project, fast, RfyPreferences.validationSettings());
        IStatus status = run(job);
        assertTrue(status.isOK(), status.toString());
        assertTrue(status.getMessage().contains("1 broken"), status.getMessage());
        List<IMarker> broken = markers(file, "rfy.link.broken");
        assertEquals(1, broken.size(), job.report().toString());
        int line = Files.readAllLines(jukebox).size();
        assertEquals(line, broken.get(0).getAttribute(IMarker.LINE_NUMBER, 0), "on the line of the link");
        assertTrue(broken.get(0).getAttribute(IMarker.MESSAGE, "").contains("404"));
        assertTrue(Files.exists(root.resolve(".rfy/link-check.tsv")), "results cached");

        CheckLinksJob accepting = new CheckLinksJob(project,
                fast.withAcceptedStatuses(Set.of(404)).withTimeout(Duration.ofSeconds(4)),
                RfyPreferences.validationSettings());
        // the cache would answer 404 again: an accepted status must be asked anew, so no cache this time
        Files.delete(root.resolve(".rfy/link-check.tsv"));
        assertTrue(run(accepting).isOK());
        assertEquals(List.of(), markers(file, "rfy.link.broken"), "404 accepted");
    }

    @Test
    void cancellingStopsTheCheckAndLeavesTheMarkersAlone() throws Exception {
        IProject project = sampleWithLocalLinks("check-links-cancel");
        Path jukebox = Path.of(project.getLocation().toOSString()).resolve("reviews/2020-05/jukebox.md");
        Files.writeString(jukebox, Files.readString(jukebox) + "\n[медленный сайт](" + base + "/slow)\n");
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        Ui.build(project);
        int before = project.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE).length;
        CheckLinksJob job = new CheckLinksJob(project, LinkCheckSettings.defaults().withTimeout(Duration.ofSeconds(30)),
                RfyPreferences.validationSettings());
        job.schedule();
        Ui.sleep(1_000); // the slow link is being asked
        long t0 = System.nanoTime();
        job.cancel();
        Ui.waitFor(() -> job.getResult() != null, 20_000);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("figure: Check Links cancelled in %d ms%n", ms);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertTrue(ms < 3_000, "cancelled in " + ms + " ms, not after the 10 s answer");
        assertEquals(before, project.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE).length);
        assertEquals(List.of(), markers(project.getFile("reviews/2020-05/jukebox.md"), "rfy.link.broken"));
    }

    @Test
    void theCheckLinksCommandRunsTheJobWithThePreferences() throws Exception {
        IProject project = sampleWithLocalLinks("check-links-command");
        RfyPreferenceStore.get().setValue(RfyPreferences.LINKS_ENABLED, true);
        RfyPreferenceStore.get().setValue(RfyPreferences.LINKS_TIMEOUT_S, 5);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand("io.rfy.ui.checkLinks", null); // the only RFY project is the one checked
        Ui.waitFor(() -> Job.getJobManager().find(CheckLinksJob.FAMILY).length == 0
                && !markersOrEmpty(project.getFile("reviews/2020-05/jukebox.md")).isEmpty(), 60_000);
        assertEquals(1, markersOrEmpty(project.getFile("reviews/2020-05/jukebox.md")).size());
    }

    @Test
    void theProjectMenuOffersCheckLinks() {
        org.eclipse.swt.widgets.Menu bar = Ui.shell().getMenuBar();
        org.eclipse.swt.widgets.Menu projectMenu = null;
        for (org.eclipse.swt.widgets.MenuItem item : bar.getItems()) {
            if (item.getText().replace("&", "").equals("Project")) {
                projectMenu = item.getMenu();
            }
        }
        assertTrue(projectMenu != null, "the workbench has a Project menu");
        projectMenu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event()); // fills it
        List<String> labels = Arrays.stream(projectMenu.getItems()).map(i -> i.getText().replace("&", "")).toList();
        projectMenu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("Check Links")), labels.toString());
    }

    private static List<IMarker> markersOrEmpty(IFile file) {
        try {
            return markers(file, "rfy.link.broken");
        } catch (Exception e) {
            return List.of();
        }
    }

    @Test
    void theBuilderUsesTheHabrRulesPreferences() throws Exception {
        RfyPreferenceStore.get().setValue(RfyPreferences.HABR_MAX_HUBS, 1);
        IProject project = Ui.sampleProject("habr-rules");
        IFile batch = project.getFile("batches/2020-05-part-1.md");
        assertEquals(1, markers(batch, "rfy.batch.too-many-hubs").size(), "2 hubs, 1 allowed");
    }
}
