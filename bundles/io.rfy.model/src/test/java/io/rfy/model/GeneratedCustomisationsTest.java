package io.rfy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.ECollections;
import org.junit.jupiter.api.Test;

/** The two generated methods customised with {@code @generated NOT}: Paper.getShortName, Link.getEffectiveKind. */
class GeneratedCustomisationsTest {

    private static Paper paper(String title) {
        Paper paper = RfyFactory.eINSTANCE.createPaper();
        paper.setTitle(title);
        return paper;
    }

    @Test
    void shortNameIsTheTrimmedPartBeforeTheFirstColon() {
        assertEquals("Jukebox", paper("Jukebox: A Generative Model for Music").getShortName());
        assertEquals("GPT-3", paper("  GPT-3 : Language Models are Few-Shot Learners").getShortName());
        assertEquals("A", paper("A: B: C").getShortName());
        assertEquals("", paper(": no head").getShortName());
    }

    @Test
    void shortNameWithoutAColonIsTheWholeTrimmedTitle() {
        assertEquals("Recipes for building an open-domain chatbot",
                paper(" Recipes for building an open-domain chatbot \n").getShortName());
    }

    @Test
    void shortNameOfNoTitleIsNull() {
        assertNull(paper(null).getShortName());
    }

    @Test
    void shortNameIsReachableReflectively() throws Exception {
        Paper paper = paper("Jukebox: A Generative Model for Music");
        assertEquals("Jukebox", paper.eInvoke(RfyPackage.Literals.PAPER___GET_SHORT_NAME, ECollections.emptyEList()));
    }

    @Test
    void effectiveKindIsTheExplicitKindWhenSetElseInferred() {
        Link link = RfyFactory.eINSTANCE.createLink();
        link.setLabel("Open source");
        assertFalse(link.isSetKind());
        assertEquals(LinkKind.CODE, link.getEffectiveKind());

        link.setKind(LinkKind.DATASET);
        assertTrue(link.isSetKind());
        assertEquals(LinkKind.DATASET, link.getEffectiveKind());

        link.setKind(LinkKind.PAPER); // the default literal, still explicitly set
        link.setUrl("https://github.com/openai/jukebox");
        assertEquals(LinkKind.PAPER, link.getEffectiveKind());

        link.unsetKind();
        assertEquals(LinkKind.CODE, link.getEffectiveKind());
        link.setUrl(null);
        link.setLabel(null);
        assertEquals(LinkKind.OTHER, link.getEffectiveKind());
    }
}
