package io.rfy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.corpus.CorpusReader;
import io.rfy.corpus.Mention;
import io.rfy.corpus.MentionIndex;
import io.rfy.corpus.NameMatcher;
import io.rfy.model.CorpusDocument;
import io.rfy.model.CorpusItem;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.store.RfyWorkspace;

/**
 * At scale, the index finds what the plainest search finds: for every paper and every one of its names, each
 * document searched from the start with one matcher, offsets counted from the start of the text, the item by a walk
 * through the list. The generated corpus names hundreds of papers many times in one large document, and again in a
 * Telegram export.
 */
class MentionScaleTest {

    @Test
    void manyPapersInOneLargeDocumentAsANaivePerNameSearch(@TempDir Path dir) throws Exception {
        MentionWorkspace.write(dir, 250, 700_000, 1, false);
        assertSameAsNaive(RfyWorkspace.load(dir.resolve("ws")), 1_000);
    }

    @Test
    void aTelegramExportAsANaivePerNameSearch(@TempDir Path dir) throws Exception {
        MentionWorkspace.write(dir, 200, 400_000, 1, true);
        assertSameAsNaive(RfyWorkspace.load(dir.resolve("ws")), 400);
    }

    private static void assertSameAsNaive(RfyWorkspace ws, int atLeast) throws Exception {
        List<String> naive = new ArrayList<>();
        for (Path file : ws.corpusFiles()) {
            CorpusDocument doc = CorpusReader.read(file);
            naive.addAll(naive(ws, doc.getId(), doc.getText(), doc.getItems(), null));
        }
        for (Review other : ws.reviews()) {
            naive.addAll(naive(ws, "review:" + other.getId(), other.getBody(), List.of(), other));
        }
        List<String> indexed = new ArrayList<>();
        MentionIndex index = MentionIndex.open(ws);
        index.forEachMention(m -> indexed.add(key(m)));
        assertTrue(naive.size() >= atLeast, "the corpus names its papers: " + naive.size());
        naive.sort(Comparator.naturalOrder());
        List<String> streamed = new ArrayList<>(indexed);
        streamed.sort(Comparator.naturalOrder());
        assertEquals(naive, streamed, "streamed listing");
        assertEquals(naive, index.mentions(null).stream().map(MentionScaleTest::key).sorted().toList(), "listed");
        MentionIndex cached = MentionIndex.open(RfyWorkspace.load(ws.root()));
        assertEquals(0, cached.lastUpdate().scanned(), "read from the cache");
        assertEquals(naive, cached.mentions(null).stream().map(MentionScaleTest::key).sorted().toList(), "from the cache");
        // a fresh index reads one review's span of each block, not the whole cache
        Review one = ws.reviews().get(7);
        List<String> ofOne = naive.stream().filter(k -> k.startsWith(one.getId() + "|")).toList();
        assertTrue(!ofOne.isEmpty(), "review " + one.getId() + " is named");
        assertEquals(ofOne, MentionIndex.open(RfyWorkspace.load(ws.root())).mentions(one.getId()).stream()
                .map(MentionScaleTest::key).sorted().toList(), "one review's");
    }

    private static String key(Mention m) {
        return m.review() + "|" + m.document() + "|" + m.start() + "|" + m.end() + "|" + m.quote() + "|" + m.item();
    }

    /** One matcher per name, from the start of the text for each; per paper the longest of overlapping hits. */
    private static List<String> naive(RfyWorkspace ws, String document, String text, List<CorpusItem> items,
            Review textOwner) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String folded = NameMatcher.fold(text);
        for (Review review : ws.reviews()) {
            if (review == textOwner) {
                continue;
            }
            for (Paper paper : review.getPapers()) {
                List<NameMatcher.Hit> hits = new ArrayList<>();
                for (String name : names(paper)) {
                    hits.addAll(new NameMatcher(name).find(folded));
                }
                hits.sort(Comparator.comparingInt(NameMatcher.Hit::start).thenComparing(h -> -(h.end() - h.start())));
                int coveredTo = -1;
                for (NameMatcher.Hit h : hits) {
                    if (h.start() < coveredTo) {
                        continue;
                    }
                    coveredTo = h.end();
                    int start = text.codePointCount(0, h.start());
                    int end = text.codePointCount(0, h.end());
                    String item = null;
                    for (CorpusItem i : items) {
                        if (i.getStart() <= start && end <= i.getEnd()) {
                            item = i.getTitle();
                            break;
                        }
                    }
                    found.add(review.getId() + "|" + document + "|" + start + "|" + end + "|"
                            + text.substring(h.start(), h.end()) + "|" + item);
                }
            }
        }
        return found;
    }

    private static List<String> names(Paper paper) {
        List<String> names = new ArrayList<>(List.of(paper.getTitle()));
        String shortName = paper.getShortName();
        if (shortName != null && !shortName.equals(paper.getTitle()) && shortName.length() >= 3) {
            names.add(shortName);
        }
        names.addAll(paper.getAliases());
        return names.stream().distinct().toList();
    }
}
