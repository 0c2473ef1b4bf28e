package io.rfy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.rfy.model.Paper;
import io.rfy.store.RfyWorkspace;
import io.rfy.ui.wizards.NewReviewWizard;

/**
 * New Review from an identifier: the arXiv URL typed into the first field, Finish asks a local server playing arXiv
 * and OpenAlex (the recorded Jukebox answers) in the wizard's container, and the review file has the paper's header
 * as the rubric prints it; a failed lookup keeps the wizard open with the service's words and writes nothing.
 */
class NewReviewFromIdentifierUiTest {

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

    /** A workspace with the sample's reviewers and no review yet, so the id from the title is free. */
    private static IProject emptyProject(String name) throws Exception {
        Path dir = Files.createTempDirectory("rfy-ui-").resolve(name);
        Files.createDirectories(dir.resolve("reviews"));
        Files.copy(Ui.repo().resolve("examples/sample-ws/reviewers.yaml"), dir.resolve("reviewers.yaml"));
        return Ui.open(dir);
    }

    private static void type(org.eclipse.swt.widgets.Text field, String text) {
        Keys.click(field);
        field.selectAll();
        Keys.type(text);
        assertEquals(text, field.getText(), "typed into the field");
    }

    private static NewReviewWizard.Page fillIn(NewReviewWizard wizard, String from) {
        NewReviewWizard.Page page = wizard.page();
        type(page.from, from);
        page.reviewer.setFocus();
        page.reviewer.select(page.reviewer.indexOf("belskikh"));
        page.reviewer.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        type(page.body, "A breakthrough from OpenAI in music generation.");
        return page;
    }

    @Test
    void anArxivUrlInTheFirstFieldMakesTheReviewFromItsRecord() throws Exception {
        server.answerFile("/arxiv?id_list=2005.00341&max_results=1", "application/atom+xml; charset=utf-8",
                Ui.repo().resolve("releng/test-support/recorded/arxiv/2005.00341.xml"));
        server.answerFile("/openalex/works/doi:10.48550/arxiv.2005.00341", "application/json",
                Ui.repo().resolve("releng/test-support/recorded/openalex/10.48550_arxiv.2005.00341.json"));
        IProject project = emptyProject("new-from-arxiv");
        NewReviewWizard wizard = new NewReviewWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDriver dialog = new WizardDriver(wizard, 700, 680);
        NewReviewWizard.Page page = fillIn(wizard, "https://arxiv.org/abs/2005.00341");
        assertNull(page.getErrorMessage(), "title, authors, year and id come from the record");
        assertTrue(page.isPageComplete());
        assertTrue(dialog.finish(), String.valueOf(page.getErrorMessage()));

        String period = YearMonth.now().toString();
        Path file = Path.of(project.getLocation().toOSString(), "reviews", period, "jukebox.md");
        assertTrue(Files.isRegularFile(file), "the id from the record's title");
        String text = Files.readString(file);
        assertTrue(text.contains("status: draft"), text);
        assertTrue(text.contains("A breakthrough from OpenAI"), text);
        Paper paper = RfyWorkspace.load(Path.of(project.getLocation().toOSString())).review("jukebox").getPapers().get(0);
        assertEquals("Jukebox: A Generative Model for Music", paper.getTitle());
        assertEquals(List.of("Prafulla Dhariwal", "Heewoo Jun", "Christine Payne", "Jong Wook Kim", "Alec Radford",
                "Ilya Sutskever"), paper.getAuthors());
        assertEquals(List.of("OpenAI"), paper.getAffiliations());
        assertEquals(2020, paper.getYear(), "the record's year, not this year's");
        assertEquals("2005.00341", paper.getArxiv());
        assertEquals("Оригинал статьи", paper.getLinks().get(0).getLabel());
        assertEquals("https://arxiv.org/abs/2005.00341", paper.getLinks().get(0).getUrl());
        assertTrue(paper.getLinks().stream().anyMatch(l -> l.getLabel().equals("GitHub project")
                && l.getUrl().equals("https://github.com/openai/jukebox")), paper.getLinks().toString());
    }

    @Test
    void aFailedLookupKeepsTheWizardOpenAndWritesNothing() throws Exception {
        server.answer("/arxiv?id_list=2005.00341&max_results=1", 429, Map.of("Retry-After", "30"), "Rate exceeded.");
        IProject project = emptyProject("new-from-429");
        NewReviewWizard wizard = new NewReviewWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDriver dialog = new WizardDriver(wizard, 700, 680);
        NewReviewWizard.Page page = fillIn(wizard, "arXiv:2005.00341");
        assertNull(page.getErrorMessage());
        assertFalse(dialog.finish(), "the wizard stays open");
        assertTrue(page.getErrorMessage().contains("arXiv is limiting requests (HTTP 429); it asks to wait 30 s"),
                page.getErrorMessage());
        assertTrue(page.getErrorMessage().startsWith("Nothing was written"), page.getErrorMessage());
        try (var files = Files.walk(Path.of(project.getLocation().toOSString(), "reviews"))) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList());
        }
        dialog.close();
    }

    @Test
    void somethingThatIsNoIdentifierIsRefusedBeforeFinish() throws Exception {
        IProject project = emptyProject("new-from-bad");
        NewReviewWizard wizard = new NewReviewWizard();
        wizard.init(null, new StructuredSelection(project));
        WizardDriver dialog = new WizardDriver(wizard, 700, 680);
        NewReviewWizard.Page page = fillIn(wizard, "jukebox by openai");
        assertEquals("'jukebox by openai' is not an arXiv id or URL, a DOI or an OpenReview URL.", page.getErrorMessage());
        assertFalse(page.isPageComplete());
        dialog.close();
        assertTrue(server.requests().isEmpty(), "nothing asked");
    }
}
