package io.rfy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private static int count(String name, String text) {
        return new NameMatcher(name).find(NameMatcher.fold(text)).size();
    }

    @Test
    void russianEndingsOnLatinNames() {
        assertEquals(1, count("CLIP", "обучили CLIPа на парах"));
        assertEquals(1, count("BERT", "сравнили с BERTом"));
        assertEquals(1, count("GPT-3", "по сравнению с GPT-3-ем"));
        assertEquals(1, count("CLIP", "модель CLIP, которая"));
        assertEquals(1, count("CLIP", "«CLIP»"));
    }

    @Test
    void wholeNamesOnly() {
        assertEquals(0, count("CLIP", "в eclipse и clipboard"));
        assertEquals(0, count("GPT-3", "новая GPT-3.5 лучше"));
        assertEquals(0, count("StyleGAN2", "официальная StyleGAN2-ADA"));
        assertEquals(1, count("StyleGAN2-ADA", "официальная StyleGAN2-ADA"));
        assertEquals(0, count("CLIP", "clip из фильма"), "a short mixed-case name matches as written");
        assertEquals(0, count("BERT", "BERTология"), "a Cyrillic word, not an ending");
    }

    @Test
    void longTitlesMatchInAnyCaseAndYoReadsAsYe() {
        assertEquals(1, count("Recipes for building an open-domain chatbot", "see RECIPES FOR BUILDING AN OPEN-DOMAIN CHATBOT."));
        assertEquals(1, count("ещё", "еще"));
        assertEquals(List.of(new NameMatcher.Hit(2, 6)), new NameMatcher("ёлка").find(NameMatcher.fold("о ёлка")));
    }

    @Test
    void aShortListOfVersionsNamesEachOfThem() {
        assertEquals(List.of(new NameMatcher.Hit(8, 15)), new NameMatcher("GPT-3").find("схожа с GPT-2/3, которые"));
        assertEquals(1, count("GPT-2", "схожа с GPT-2/3, которые"), "the first version as ever");
        assertEquals(1, count("StyleGAN3", "StyleGAN2/3 от NVIDIA"));
        assertEquals(0, count("GPT-3", "GPT-2/3.5"), "another version");
        assertEquals(0, count("GPT-3", "в 2/3 случаев"), "a fraction, not a version list");
        assertEquals(0, count("GPT-3", "BigGPT-2/3"), "a longer name");
    }
}
