package io.rfy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one-pass index finds exactly what each name's own matcher finds, on the real seeds. */
class NameIndexTest {

    private static final List<String> NAMES = List.of("GPT-3", "CLIP", "StyleGAN2", "StyleGAN2-ADA", "MakeItTalk",
            "GauGAN2", "SEER", "Swin Transformer", "mT5", "M2M-100", "EleutherAI", "TimeSformer", "BERT", "OpenAI",
            "нейросеть", "Recipes for building an open-domain chatbot", "Microsoft");

    @Test
    void sameHitsAsOneMatcherPerName() throws Exception {
        NameIndex index = new NameIndex(NAMES);
        for (String seed : List.of("000_c08bf2e11786672a.txt", "001_d84b8b19dd66ab17.txt", "002_0ef65161becd3671.txt",
                "003_65155b8b9cab895a.txt", "004_5567fbc14159c4b5.txt")) {
            String text = NameMatcher.fold(Files.readString(Samples.repository().resolve("seeds/" + seed)));
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < NAMES.size(); i++) {
                for (NameMatcher.Hit h : new NameMatcher(NAMES.get(i)).find(text)) {
                    expected.add(i + "@" + h.start() + "-" + h.end());
                }
            }
            List<String> actual = index.find(text).stream()
                    .sorted(Comparator.comparingInt(NameIndex.Hit::start).thenComparingInt(NameIndex.Hit::name))
                    .map(h -> h.name() + "@" + h.start() + "-" + h.end()).toList();
            assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), seed);
            assertEquals(true, actual.size() > 0 || seed.startsWith("004"), seed);
        }
    }
}
