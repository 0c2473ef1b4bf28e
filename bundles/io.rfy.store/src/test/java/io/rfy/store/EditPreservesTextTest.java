package io.rfy.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.model.Link;
import io.rfy.model.LinkKind;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.ReviewStatus;
import io.rfy.model.Reviewer;
import io.rfy.model.RfyFactory;
import io.rfy.testsupport.Samples;

/** An edit rewrites only what it changed: the rest of the file, its comments and unknown keys stay as written. */
class EditPreservesTextTest {

    @TempDir
    Path dir;

    private List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file);
    }

    /** The lines of {@code after} that are not in {@code before}, and the other way round. */
    private static List<String> changed(List<String> before, List<String> after) {
        List<String> diff = new ArrayList<>();
        after.stream().filter(l -> !before.contains(l)).forEach(l -> diff.add("+" + l));
        before.stream().filter(l -> !after.contains(l)).forEach(l -> diff.add("-" + l));
        return diff;
    }

    @Test
    void changingTheStatusRewritesOneLine() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        Path file = ws.resolve("reviews/2020-05/makeittalk.md");
        List<String> before = lines(file);
        Review review = RfyWorkspace.load(ws).review("makeittalk");
        review.setStatus(ReviewStatus.READY);
        review.eResource().save(null);
        assertEquals(List.of("+status: ready", "-status: published"), changed(before, lines(file)));
    }

    @Test
    void commentsAndUnknownKeysSurviveEditsElsewhere() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        Review makeittalk = loaded.review("makeittalk");
        makeittalk.getTags().add("deepfake");
        makeittalk.getPapers().get(0).getLinks().add(link("GitHub project", "https://github.com/adobe-research/MakeItTalk"));
        makeittalk.eResource().save(null);
        String text = Files.readString(ws.resolve("reviews/2020-05/makeittalk.md"));
        assertTrue(text.contains("# figures re-uploaded to habrastorage later"), text);
        assertTrue(text.contains("tags: [cv, audio, talking-head, animation, deepfake]\n"), text);
        assertTrue(text.contains("      - {label: Оригинал статьи, url: \"https://arxiv.org/abs/2004.12992\"}\n"
                + "      - {label: GitHub project, url: \"https://github.com/adobe-research/MakeItTalk\"}\n"), text);

        Review flowtron = loaded.review("flowtron");
        flowtron.getCrossLinks().remove(1);
        flowtron.getPapers().get(0).setYear(2021);
        flowtron.eResource().save(null);
        String flowtronText = Files.readString(ws.resolve("reviews/2020-05/flowtron.md"));
        assertTrue(flowtronText.contains("x-editor-note: \"Ссылки на ролик"), flowtronText);
        assertTrue(flowtronText.contains("crosslinks:\n  - {review: jukebox}\nx-editor-note"), flowtronText);
        assertTrue(flowtronText.contains("    year: 2021\n"), flowtronText);

        RfyWorkspace reloaded = RfyWorkspace.load(ws);
        assertEquals(List.of(), reloaded.problems());
        assertEquals(Integer.valueOf(2021), reloaded.review("flowtron").getPapers().get(0).getYear());
        assertEquals(1, reloaded.review("flowtron").getCrossLinks().size());
    }

    @Test
    void newKeysAreInsertedInTheFormatsOrder() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        Review review = RfyWorkspace.load(ws).review("jukebox");
        Paper paper = review.getPapers().get(0);
        paper.getAliases().clear();
        paper.setDoi("10.48550/arXiv.2005.00341");
        Link link = paper.getLinks().get(0);
        link.setKind(LinkKind.PAPER);
        review.eResource().save(null);
        RfyWorkspace reloaded = RfyWorkspace.load(ws);
        assertEquals(List.of(), reloaded.problems());
        Paper again = reloaded.review("jukebox").getPapers().get(0);
        assertEquals("10.48550/arXiv.2005.00341", again.getDoi());
        assertTrue(again.getLinks().get(0).isSetKind());
        String text = Files.readString(ws.resolve("reviews/2020-05/jukebox.md"));
        assertTrue(text.indexOf("doi:") > text.indexOf("arxiv:") && text.indexOf("doi:") < text.indexOf("links:"), text);
    }

    @Test
    void addingAPaperWritesItInTheWorkspaceStyle() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        Review review = RfyWorkspace.load(ws).review("flowtron");
        Paper paper = RfyFactory.eINSTANCE.createPaper();
        paper.setTitle("Tacotron 2: Natural TTS Synthesis");
        paper.getAuthors().addAll(List.of("Jonathan Shen", "Ruoming Pang"));
        paper.setYear(2017);
        paper.setArxiv("1712.05884");
        paper.getLinks().add(link("Оригинал статьи", "https://arxiv.org/abs/1712.05884"));
        review.getPapers().add(paper);
        review.eResource().save(null);
        String text = Files.readString(ws.resolve("reviews/2020-05/flowtron.md"));
        assertTrue(text.contains("      - {label: Blog, url: \"\"}\n"
                + "  - title: \"Tacotron 2: Natural TTS Synthesis\"\n"
                + "    authors: [Jonathan Shen, Ruoming Pang]\n"
                + "    year: 2017\n"
                + "    arxiv: \"1712.05884\"\n"
                + "    links:\n"
                + "      - {label: Оригинал статьи, url: \"https://arxiv.org/abs/1712.05884\"}\n"
                + "tags:"), text);
        assertEquals(2, RfyWorkspace.load(ws).review("flowtron").getPapers().size());
    }

    @Test
    void reviewersFileKeepsUntouchedEntries() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        Path file = ws.resolve("reviewers.yaml");
        List<String> before = lines(file);
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        Reviewer added = RfyFactory.eINSTANCE.createReviewer();
        added.setId("new.reviewer");
        added.setName("Новый Рецензент");
        loaded.reviewers().getReviewers().add(2, added);
        loaded.reviewer("belskikh").setHabr("belskikh");
        loaded.reviewers().eResource().save(null);
        assertEquals(List.of("+- id: new.reviewer", "+  name: Новый Рецензент", "+  habr: belskikh", "-  habr: null"),
                changed(before, lines(file)));
        assertEquals("new.reviewer", RfyWorkspace.load(ws).reviewers().getReviewers().get(2).getId());
    }

    @Test
    void aNewReviewFileIsWrittenInFull() throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        Review review = RfyFactory.eINSTANCE.createReview();
        review.setReviewer(loaded.reviewer("belskikh"));
        Paper paper = RfyFactory.eINSTANCE.createPaper();
        paper.setTitle("Attention Is All You Need");
        paper.setYear(2017);
        review.getPapers().add(paper);
        review.setBody("Текст.\n");
        Path file = ws.resolve("reviews/2020-06/transformer.md");
        RfyResource resource = new ReviewResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()));
        resource.getContents().add(review);
        resource.save(null);
        assertEquals("---\nreviewer: belskikh\nstatus: draft\npapers:\n  - title: Attention Is All You Need\n"
                + "    year: 2017\n---\nТекст.\n", Files.readString(file));
        assertEquals(List.of(), RfyWorkspace.load(ws).problems());
    }

    private static Link link(String label, String url) {
        Link link = RfyFactory.eINSTANCE.createLink();
        link.setLabel(label);
        link.setUrl(url);
        return link;
    }
}
