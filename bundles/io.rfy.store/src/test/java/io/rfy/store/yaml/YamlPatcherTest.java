package io.rfy.store.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class YamlPatcherTest {

    private static String patch(String text, Object before, Object after) throws Exception {
        String patched = YamlPatcher.patch(YamlDocument.parse(text), before, after);
        YamlDocument.parse(patched); // whatever it writes must read back
        return patched;
    }

    private static BlockMap block(Object... kv) {
        BlockMap m = new BlockMap();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> flow(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void unchangedTreeKeepsTextExactly() throws Exception {
        String text = "a: 1   # one\nb: [x, y]\n";
        Object tree = block("a", 1, "b", List.of("x", "y"));
        assertEquals(text, patch(text, tree, block("a", 1, "b", List.of("x", "y"))));
    }

    @Test
    void scalarChangeKeepsTrailingComment() throws Exception {
        assertEquals("status: ready   # was draft\nb: 2\n", patch("status: draft   # was draft\nb: 2\n",
                block("status", "draft", "b", 2), block("status", "ready", "b", 2)));
    }

    @Test
    void quotingFollowsWhatReadsBack() throws Exception {
        assertEquals("arxiv: \"2005.00342\"\n", patch("arxiv: \"2005.00341\"\n", block("arxiv", "2005.00341"),
                block("arxiv", "2005.00342")));
        assertEquals("t: \"Jukebox: music\"\n", patch("t: x\n", block("t", "x"), block("t", "Jukebox: music")));
        assertEquals("t: \"yes\"\n", patch("t: x\n", block("t", "x"), block("t", "yes")));
        assertEquals("t: Привет, мир\n", patch("t: x\n", block("t", "x"), block("t", "Привет, мир")));
        assertEquals("t: [\"a, b\", c]\n", patch("t: []\n", block("t", List.of()), block("t", List.of("a, b", "c"))));
    }

    @Test
    void unknownKeysAreKeptWhenAFlowMapIsRewritten() throws Exception {
        String text = "links:\n  - {label: A, url: \"u\", x-note: keep me}\n";
        Object before = block("links", List.of(flow("label", "A", "url", "u")));
        Object after = block("links", List.of(flow("label", "B", "url", "u")));
        assertEquals("links:\n  - {label: B, url: u, x-note: keep me}\n", patch(text, before, after));
    }

    @Test
    void removedKeyTakesItsLinesWithIt() throws Exception {
        String text = "a: 1\nb:\n  - x\n  - y\nc: 3\n";
        assertEquals("a: 1\nc: 3\n", patch(text, block("a", 1, "b", List.of("x", "y"), "c", 3), block("a", 1, "c", 3)));
    }

    @Test
    void newKeyGoesAfterItsPredecessor() throws Exception {
        String text = "a: 1\n# about c\nc: 3\n";
        assertEquals("a: 1\nb: [x]\n# about c\nc: 3\n",
                patch(text, block("a", 1, "c", 3), block("a", 1, "b", List.of("x"), "c", 3)));
    }

    @Test
    void nestedBlockMapsArePatchedInPlace() throws Exception {
        String text = "papers:\n  - title: A  # first\n    year: 2019\n  - title: B\n";
        Object before = block("papers", List.of(block("title", "A", "year", 2019), block("title", "B")));
        Object after = block("papers", List.of(block("title", "A", "year", 2020), block("title", "B", "year", 2021)));
        assertEquals("papers:\n  - title: A  # first\n    year: 2020\n  - title: B\n    year: 2021\n",
                patch(text, before, after));
    }

    @Test
    void sequenceItemsAddedAndRemovedKeepTheOthersText() throws Exception {
        String text = "- id: a   # first\n  name: A\n- id: b\n  name: B\n";
        Object before = List.of(block("id", "a", "name", "A"), block("id", "b", "name", "B"));
        Object after = List.of(block("id", "c", "name", "C"), block("id", "a", "name", "A"));
        assertEquals("- id: c\n  name: C\n- id: a   # first\n  name: A\n", patch(text, before, after));
    }

    @Test
    void emptyValueGetsAValue() throws Exception {
        assertEquals("a: 1\nb: [x]\n", patch("a: 1\nb:\n", block("a", 1), block("a", 1, "b", List.of("x"))));
    }

    @Test
    void listBecomesEmpty() throws Exception {
        assertEquals("tags: []\nb: 1\n", patch("tags:\n  - a\n  - b\nb: 1\n", block("tags", List.of("a", "b"), "b", 1),
                block("tags", List.of(), "b", 1)));
    }

    @Test
    void supplementaryCharactersKeepOffsetsRight() throws Exception {
        assertEquals("a: \"😀 x\"\nb: 2\n", patch("a: \"😀 x\"\nb: 1\n", block("a", "😀 x", "b", 1), block("a", "😀 x", "b", 2)));
    }

    @Test
    void renderWritesTheWorkspaceStyle() {
        Object tree = block("reviewer", "belskikh", "papers", List.of(block("title", "Jukebox: A Model", "authors",
                List.of("A", "B"), "links", List.of(flow("label", "Оригинал статьи", "url", "https://x")))),
                "published", flow("date", "2020-06-15T14:21:28", "url", null));
        assertEquals("reviewer: belskikh\npapers:\n  - title: \"Jukebox: A Model\"\n    authors: [A, B]\n    links:\n"
                + "      - {label: Оригинал статьи, url: \"https://x\"}\npublished: {date: \"2020-06-15T14:21:28\", url: null}\n",
                YamlPatcher.render(tree));
    }

    @Test
    void syntaxErrorsCarryPositions() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> YamlDocument.parse("a: 1\n  b: 2\n"));
        assertEquals(1, e.line());
    }
}
