package io.rfy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LinkKindsTest {

    @Test
    void urlHostDecidesFirst() {
        assertEquals(LinkKind.PAPER, LinkKinds.infer("GitHub project", "https://arxiv.org/abs/2005.00341"));
        assertEquals(LinkKind.CODE, LinkKinds.infer("Оригинал статьи", "https://github.com/openai/jukebox"));
        assertEquals(LinkKind.COLAB, LinkKinds.infer("x", "https://colab.research.google.com/drive/1"));
        assertEquals(LinkKind.VIDEO, LinkKinds.infer("x", "https://youtu.be/abc"));
        assertEquals(LinkKind.BLOG, LinkKinds.infer("x", "https://openai.com/blog/jukebox/"));
        assertEquals(LinkKind.PAPER, LinkKinds.infer("x", "https://huggingface.co/papers/2005.00341"));
    }

    @Test
    void rubricLabelsWhenTheUrlIsLost() {
        assertEquals(LinkKind.PAPER, LinkKinds.infer("Оригинал статьи 2", ""));
        assertEquals(LinkKind.CODE, LinkKinds.infer("GitHub project", null));
        assertEquals(LinkKind.CODE, LinkKinds.infer("Open source", ""));
        assertEquals(LinkKind.BLOG, LinkKinds.infer("Blog", ""));
        assertEquals(LinkKind.COLAB, LinkKinds.infer("Colab", ""));
        assertEquals(LinkKind.VIDEO, LinkKinds.infer("Video", ""));
        assertEquals(LinkKind.OTHER, LinkKinds.infer("Что-то ещё", "not a url at all"));
    }

    @Test
    void explicitKindWins() {
        Link link = RfyFactory.eINSTANCE.createLink();
        link.setLabel("Open source");
        assertEquals(LinkKind.CODE, link.getEffectiveKind());
        link.setKind(LinkKind.DATASET);
        assertEquals(LinkKind.DATASET, link.getEffectiveKind());
        link.unsetKind();
        assertEquals(LinkKind.CODE, link.getEffectiveKind());
    }

    @Test
    void shortNameIsTheTitlesHead() {
        Paper paper = RfyFactory.eINSTANCE.createPaper();
        assertNull(paper.getShortName());
        paper.setTitle("Jukebox: A Generative Model for Music");
        assertEquals("Jukebox", paper.getShortName());
        paper.setTitle("Recipes for building an open-domain chatbot");
        assertEquals("Recipes for building an open-domain chatbot", paper.getShortName());
    }
}
