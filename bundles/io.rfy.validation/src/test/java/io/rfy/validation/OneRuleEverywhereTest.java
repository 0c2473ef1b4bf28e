package io.rfy.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.habr.HabrHtmlWriter;
import io.rfy.habr.HabrTextImporter;
import io.rfy.habr.Rubric;
import io.rfy.store.RfyWorkspace;
import io.rfy.testsupport.Samples;

/**
 * Where validation and the Habr side once had their own copies of a rule and disagreed: a link validation accepts
 * is one the export rewrites, and a title the importer reads is one validation accepts, with the same period.
 */
class OneRuleEverywhereTest {

    @TempDir
    Path dir;

    @Test
    void everyReviewLinkValidationAcceptsExportsAsAnInPageLink() throws Exception {
        Path root = Samples.copyOfSample(dir.resolve("ws"));
        List<String> forms = List.of("rfy:review/jukebox", "rfy:/review/jukebox", "rfy://review/jukebox",
                "../2020-05/jukebox.md", "./jukebox.md", "jukebox.md");
        StringBuilder body = new StringBuilder("\n");
        for (int i = 0; i < forms.size(); i++) {
            body.append("[ссылка ").append(i).append("](").append(forms.get(i)).append(")\n");
        }
        Path review = root.resolve("reviews/2020-05/makeittalk.md");
        Files.writeString(review, Files.readString(review) + body);
        RfyWorkspace ws = RfyWorkspace.load(root);
        List<ReportEntry> broken = WorkspaceValidation.run(ws, ValidationSettings.defaults(), null).stream()
                .filter(e -> e.code().equals(Rule.BODY_BROKEN_REVIEW_LINK.code())).toList();
        assertEquals(List.of(), broken, "validation accepts every form");
        String html = new HabrHtmlWriter().write(ws.batches().get(0));
        // the list before the cut links to each review's heading; jukebox is the third review of the batch
        java.util.regex.Matcher toc = java.util.regex.Pattern.compile("<li><a href=\"(#[^\"]+)\">").matcher(html);
        for (int i = 0; i < 3; i++) {
            assertTrue(toc.find(), html);
        }
        String anchor = toc.group(1);
        for (int i = 0; i < forms.size(); i++) {
            assertTrue(html.contains("<a href=\"" + anchor + "\">ссылка " + i + "</a>"), forms.get(i) + " in " + html);
        }
    }

    @Test
    void titlesTheImporterReadsAreTitlesValidationAccepts() throws Exception {
        Path root = Samples.copyOfSample(dir.resolve("ws"));
        Path batch = root.resolve("batches/2020-05-part-1.md");
        String original = Files.readString(batch);
        for (int month = 1; month <= 12; month++) {
            String period = String.format("2020-%02d", month);
            for (String name : List.of(Rubric.MONTHS.get(month - 1), Rubric.MONTHS.get(month - 1).toLowerCase())) {
                String title = "Читаем статьи за вас. " + name + " 2020. Часть 1";
                assertEquals(period, HabrTextImporter.read(title + "\n\nПривет!\n").batch().getPeriod(), title);
                Files.writeString(batch, original.replace("Рубрика Читаем статьи за вас. Май 2020. Часть 1", title)
                        .replace("period: 2020-05", "period: " + period));
                List<ReportEntry> report = WorkspaceValidation.run(RfyWorkspace.load(root), ValidationSettings.defaults(),
                        null);
                assertTrue(report.stream().noneMatch(e -> e.code().equals(Rule.BATCH_TITLE_PATTERN.code())),
                        title + ": " + report);
            }
        }
        Files.writeString(batch, original.replace("period: 2020-05", "period: 2020-06"));
        List<ReportEntry> mismatch = WorkspaceValidation.run(RfyWorkspace.load(root), ValidationSettings.defaults(), null)
                .stream().filter(e -> e.code().equals(Rule.BATCH_TITLE_PATTERN.code())).toList();
        assertEquals(1, mismatch.size(), mismatch.toString());
        assertEquals("2020-05", mismatch.get(0).suggestion());
    }
}
