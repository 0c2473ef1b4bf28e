package io.rfy.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.model.Batch;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.ReviewCrossLink;
import io.rfy.model.ReviewStatus;
import io.rfy.testsupport.Samples;

/** Every file of the sample workspace reads into the model and writes back byte for byte. */
class RoundTripTest {

    @Test
    void sampleWorkspaceLoadsWithoutErrors() throws Exception {
        RfyWorkspace ws = RfyWorkspace.load(Samples.sampleWorkspace());
        assertEquals(List.of(), ws.problems(), "problems");
        assertEquals(5, ws.reviewers().getReviewers().size());
        assertEquals(7, ws.reviews().size());
        assertEquals(1, ws.batches().size());
    }

    @Test
    void referencesResolveById() throws Exception {
        RfyWorkspace ws = RfyWorkspace.load(Samples.sampleWorkspace());
        Review jukebox = ws.review("jukebox");
        assertEquals("2020-05", jukebox.getPeriod());
        assertEquals("belskikh", jukebox.getReviewer().getId());
        assertEquals("Александр Бельских", jukebox.getReviewer().getName());
        assertTrue(jukebox.getCrossLinks().stream().anyMatch(
                c -> c instanceof ReviewCrossLink r && r.getReview() == ws.review("flowtron")));
        Batch batch = ws.batches().get(0);
        assertEquals(List.of("pretrr-earl", "makeittalk", "jukebox", "open-domain-chatbot", "one-shot-detection", "f-brs",
                "flowtron"), batch.getReviews().stream().map(Review::getId).toList());
        assertEquals(Integer.valueOf(1), batch.getPart());
        assertEquals("2020-05", batch.getPeriod());
    }

    @Test
    void twoPaperReviewKeepsEachPapersAuthors() throws Exception {
        Review review = RfyWorkspace.load(Samples.sampleWorkspace()).review("pretrr-earl");
        assertEquals(2, review.getPapers().size());
        Paper second = review.getPapers().get(1);
        assertEquals(List.of("Luyu Gao", "Zhuyun Dai", "Jamie Callan"), second.getAuthors());
        assertEquals(Integer.valueOf(2020), second.getYear());
        assertEquals("EARL", second.getShortName());
        assertEquals(ReviewStatus.PUBLISHED, review.getStatus());
    }

    @Test
    void everyFileSerializesToItsOwnBytes() throws Exception {
        RfyWorkspace ws = RfyWorkspace.load(Samples.sampleWorkspace());
        int files = 0;
        for (Resource r : ws.resourceSet().getResources()) {
            Path file = Path.of(r.getURI().toFileString());
            String original = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(original, ((RfyResource) r).serialize(), file.toString());
            files++;
        }
        assertEquals(9, files);
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkRoundTrip(@TempDir Path dir) throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        Path file = ws.resolve("reviews/2020-05/jukebox.md");
        String crlf = "\uFEFF" + Files.readString(file).replace("\n", "\r\n");
        Files.writeString(file, crlf);
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        assertEquals(List.of(), loaded.problems());
        Review review = loaded.review("jukebox");
        assertEquals(crlf, ((RfyResource) review.eResource()).serialize());
        review.setStatus(ReviewStatus.READY);
        review.eResource().save(null);
        assertEquals(crlf.replace("status: published", "status: ready"), Files.readString(file));
    }

    @Test
    void savingWithoutEditsLeavesFilesUntouched(@TempDir Path dir) throws Exception {
        Path ws = Samples.copyOfSample(dir.resolve("ws"));
        RfyWorkspace loaded = RfyWorkspace.load(ws);
        for (Resource r : loaded.resourceSet().getResources()) {
            Path file = Path.of(r.getURI().toFileString());
            byte[] before = Files.readAllBytes(file);
            r.setModified(true);
            r.save(null);
            assertArrayEquals(before, Files.readAllBytes(file), file.toString());
        }
    }
}
