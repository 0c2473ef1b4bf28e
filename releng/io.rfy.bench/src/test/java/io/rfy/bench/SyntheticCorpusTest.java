package io.rfy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.corpus.NameIndex;
import io.rfy.corpus.NameMatcher;

/** The mention benchmark's corpus is as large as asked, and the byte scan finds in it what each name's matcher finds. */
class SyntheticCorpusTest {

    @Test
    void writesAtLeastTheBytesAskedForAndSaysHowMany(@TempDir Path dir) throws Exception {
        List<String> names = SyntheticCorpus.names(2_000, 42);
        assertEquals(2_000, names.size());
        long written = SyntheticCorpus.write(dir, names, 3, 400_000, 7);
        long onDisk = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                onDisk += Files.size(f);
            }
        }
        assertEquals(onDisk, written, "the count is of UTF-8 bytes, emoji and Cyrillic included");
        assertTrue(onDisk >= 3 * 400_000, onDisk + " bytes");
    }

    @Test
    void byteScanOfTheBenchCorpusAgreesWithOneMatcherPerName(@TempDir Path dir) throws Exception {
        List<String> names = SyntheticCorpus.names(600, 42);
        SyntheticCorpus.write(dir, names, 1, 300_000, 11);
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        String text = NameMatcher.fold(Files.readString(file));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (NameMatcher.Hit h : new NameMatcher(names.get(i)).find(text)) {
                expected.add(i + "@" + text.substring(h.start(), h.end()) + "@" + text.codePointCount(0, h.start()));
            }
        }
        NameIndex index = new NameIndex(names);
        List<String> actual = new ArrayList<>();
        for (NameIndex.Hit h : index.findUtf8(bytes, 0, bytes.length)) {
            String before = new String(bytes, 0, h.start(), java.nio.charset.StandardCharsets.UTF_8);
            actual.add(h.name() + "@" + NameMatcher.fold(new String(bytes, h.start(), h.end() - h.start(),
                    java.nio.charset.StandardCharsets.UTF_8)) + "@" + before.codePointCount(0, before.length()));
        }
        assertTrue(expected.size() > 100, "the corpus names its names: " + expected.size());
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
    }
}
