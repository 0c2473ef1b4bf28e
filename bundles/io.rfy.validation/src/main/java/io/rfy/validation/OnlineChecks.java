package io.rfy.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import io.rfy.model.Batch;
import io.rfy.model.Link;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.RfyPackage.Literals;
import io.rfy.validation.LinkStatus.Verdict;

/** The live part of validation: every web link of the workspace checked once, the answers turned into findings. */
final class OnlineChecks {

    private OnlineChecks() {
    }

    /** The web links of these reviews and batches (all of a workspace, or the files the builder re-checks). */
    static List<Finding> run(List<Review> reviews, List<Batch> batchList, LinkChecker checker, IProgressMonitor monitor) {
        // where each URL is used: the first place is where a finding about it is reported, the count says how many
        Map<String, List<Finding>> uses = new LinkedHashMap<>();
        for (Review review : reviews) {
            for (Paper paper : review.getPapers()) {
                for (Link link : paper.getLinks()) {
                    if (link.getUrl() != null && PaperChecks.isHttp(link.getUrl())) {
                        use(uses, link.getUrl(), Finding.at(Rule.LINK_BROKEN, "the link '" + link.getLabel() + "' (" + link.getUrl().trim() + ")",
                                link, Literals.LINK__URL));
                    }
                }
            }
            BodyChecks.webLinks(review.getBody()).forEach((offset, url) -> use(uses, url,
                    new Finding(Rule.LINK_BROKEN, "the link " + url, review, Literals.REVIEW__BODY, -1, offset, null)));
        }
        for (Batch batch : batchList) {
            BodyChecks.webLinks(batch.getIntro()).forEach((offset, url) -> use(uses, url,
                    new Finding(Rule.LINK_BROKEN, "the link " + url, batch, Literals.BATCH__INTRO, -1, offset, null)));
        }
        Map<String, LinkStatus> results = checker.check(uses.keySet(), monitor);
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : uses.entrySet()) {
            LinkStatus status = results.get(e.getKey());
            if (status == null || status.verdict() == Verdict.OK || status.verdict() == Verdict.SKIPPED) {
                continue;
            }
            for (Finding use : e.getValue()) {
                findings.add(switch (status.verdict()) {
                    case BROKEN -> new Finding(Rule.LINK_BROKEN, use.message() + " is broken: " + status.detail(),
                            use.object(), use.feature(), use.index(), use.bodyOffset(), null, e.getKey());
                    case MOVED -> new Finding(Rule.LINK_MOVED, use.message() + " " + status.detail(), use.object(),
                            use.feature(), use.index(), use.bodyOffset(), status.finalUrl(), e.getKey());
                    default -> new Finding(Rule.LINK_UNVERIFIED, use.message() + " could not be verified: "
                            + status.detail(), use.object(), use.feature(), use.index(), use.bodyOffset(), null,
                            e.getKey());
                });
            }
        }
        return findings;
    }

    private static void use(Map<String, List<Finding>> uses, String url, Finding where) {
        uses.computeIfAbsent(url.trim(), k -> new ArrayList<>()).add(where);
    }
}
