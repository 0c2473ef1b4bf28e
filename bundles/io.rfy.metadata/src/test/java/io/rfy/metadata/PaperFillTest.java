package io.rfy.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.RfyFactory;

/** Filling a paper: only what is empty, a lost URL into its labelled link, the rubric's labels. */
class PaperFillTest {

    private static final PaperRecord JUKEBOX = new PaperRecord("arXiv + OpenAlex", "Jukebox: A Generative Model for Music",
            List.of("Prafulla Dhariwal", "Heewoo Jun"), List.of("OpenAI"), 2020, "2005.00341", null,
            "https://arxiv.org/abs/2005.00341", "https://github.com/openai/jukebox", List.of());

    @Test
    void whatAPersonWroteStays() {
        Paper paper = RfyFactory.eINSTANCE.createPaper();
        paper.setTitle("Jukebox");
        paper.getAuthors().add("P. Dhariwal");
        paper.setYear(2019);
        paper.getLinks().add(NewReview.link("Оригинал статьи", "https://arxiv.org/abs/2005.00341"));
        List<String> filled = PaperFill.fill(paper, JUKEBOX);
        assertEquals(List.of("affiliations", "arxiv", "link «GitHub project»"), filled);
        assertEquals("Jukebox", paper.getTitle());
        assertEquals(List.of("P. Dhariwal"), paper.getAuthors());
        assertEquals(2019, paper.getYear());
        assertEquals(2, paper.getLinks().size());
        assertEquals(List.of(), PaperFill.fill(paper, JUKEBOX), "nothing left to fill");
    }

    @Test
    void aLinkWhoseUrlWasLostGetsItAndKeepsItsLabel() {
        Review review = RfyFactory.eINSTANCE.createReview();
        Paper first = RfyFactory.eINSTANCE.createPaper();
        Paper second = RfyFactory.eINSTANCE.createPaper();
        review.getPapers().add(first);
        review.getPapers().add(second);
        second.getLinks().add(NewReview.link("Оригинал статьи 2", ""));
        second.getLinks().add(NewReview.link("Code", ""));
        PaperFill.fill(second, JUKEBOX);
        assertEquals("Оригинал статьи 2", second.getLinks().get(0).getLabel());
        assertEquals("https://arxiv.org/abs/2005.00341", second.getLinks().get(0).getUrl());
        assertEquals("Code", second.getLinks().get(1).getLabel());
        assertEquals("https://github.com/openai/jukebox", second.getLinks().get(1).getUrl());
        assertEquals(2, second.getLinks().size());
        PaperFill.fill(first, JUKEBOX);
        assertEquals(List.of("Оригинал статьи 1", "GitHub project 1"),
                first.getLinks().stream().map(l -> l.getLabel()).toList(), "numbered in a review of two papers");
    }
}
