package io.rfy.store.json;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;

import io.rfy.model.Batch;
import io.rfy.model.CorpusCrossLink;
import io.rfy.model.CrossLink;
import io.rfy.model.Link;
import io.rfy.model.Paper;
import io.rfy.model.PaperCrossLink;
import io.rfy.model.Review;
import io.rfy.model.ReviewCrossLink;
import io.rfy.model.Reviewer;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.store.Ids;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.StoreProblem;

/**
 * The whole workspace as JSON ({@code rfy dump --json}): {@code reviewers}, {@code reviews}, {@code batches},
 * {@code corpus}, each entry mirroring its file, plus the {@code problems} found while loading.
 */
public final class WorkspaceJson {

    private WorkspaceJson() {
    }

    public static void write(RfyWorkspace ws, JsonWriter json) throws IOException {
        json.beginObject();
        json.name("root").value(ws.root().toString());
        json.name("reviewers").beginArray();
        for (Reviewer r : ws.reviewers().getReviewers()) {
            json.beginObject().name("id").value(r.getId()).name("name").value(r.getName())
                    .name("slack").value(r.getSlack()).name("habr").value(r.getHabr()).endObject();
        }
        json.endArray();
        json.name("reviews").beginArray();
        for (Review review : ws.reviews()) {
            review(ws, review, json);
        }
        json.endArray();
        json.name("batches").beginArray();
        for (Batch batch : ws.batches()) {
            json.beginObject().name("id").value(batch.getId()).name("file").value(ws.relative(batch.eResource()))
                    .name("title").value(batch.getTitle()).name("period").value(batch.getPeriod())
                    .name("part").value(batch.getPart()).strings("hubs", batch.getHubs()).strings("tags", batch.getTags())
                    .name("published").beginObject().name("date").value(batch.getPublishedDate())
                    .name("url").value(batch.getPublishedUrl()).endObject();
            json.name("reviews").beginArray();
            @SuppressWarnings("unchecked")
            Iterable<EObject> refs = (Iterable<EObject>) batch.eGet(Literals.BATCH__REVIEWS, false);
            for (EObject ref : refs) {
                json.value(Ids.of(ref));
            }
            json.endArray();
            json.name("intro").value(batch.getIntro()).endObject();
        }
        json.endArray();
        json.name("corpus").beginArray();
        for (Path file : ws.corpusFiles()) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            json.beginObject().name("id").value(dot < 0 ? name : name.substring(0, dot))
                    .name("file").value(RfyWorkspace.CORPUS + "/" + name)
                    .name("format").value(dot < 0 ? "" : name.substring(dot + 1))
                    .name("bytes").value(java.nio.file.Files.size(file)).endObject();
        }
        json.endArray();
        json.name("problems").beginArray();
        for (StoreProblem p : ws.problems()) {
            ProblemJson.write(p, json);
        }
        json.endArray();
        json.endObject();
    }

    private static void review(RfyWorkspace ws, Review review, JsonWriter json) {
        json.beginObject().name("id").value(review.getId()).name("file").value(ws.relative(review.eResource()))
                .name("period").value(review.getPeriod())
                .name("reviewer").value(Ids.of(review, Literals.REVIEW__REVIEWER))
                .name("status").value(review.getStatus().getLiteral());
        json.name("papers").beginArray();
        for (Paper p : review.getPapers()) {
            json.beginObject().name("title").value(p.getTitle()).name("shortName").value(p.getShortName())
                    .strings("authors", p.getAuthors()).strings("affiliations", p.getAffiliations())
                    .name("year").value(p.getYear()).strings("aliases", p.getAliases())
                    .name("arxiv").value(p.getArxiv()).name("doi").value(p.getDoi());
            json.name("links").beginArray();
            for (Link l : p.getLinks()) {
                json.beginObject().name("label").value(l.getLabel()).name("url").value(l.getUrl())
                        .name("kind").value(l.getEffectiveKind().getLiteral()).endObject();
            }
            json.endArray().endObject();
        }
        json.endArray();
        json.strings("tags", review.getTags());
        json.name("crosslinks").beginArray();
        for (CrossLink c : review.getCrossLinks()) {
            json.beginObject();
            if (c instanceof ReviewCrossLink r) {
                json.name("review").value(Ids.of(r, Literals.REVIEW_CROSS_LINK__REVIEW));
            } else if (c instanceof PaperCrossLink p) {
                json.name("paper").value(p.getTitle());
            } else if (c instanceof CorpusCrossLink q) {
                json.name("corpus").value(q.getDocument()).name("quote").value(q.getQuote())
                        .name("prefix").value(q.getPrefix()).name("suffix").value(q.getSuffix());
            }
            json.endObject();
        }
        json.endArray();
        json.name("body").value(review.getBody()).endObject();
    }

}
