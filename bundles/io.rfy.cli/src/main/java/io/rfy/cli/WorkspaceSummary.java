package io.rfy.cli;

import java.io.PrintStream;

import io.rfy.model.Batch;
import io.rfy.model.ReviewStatus;
import io.rfy.store.RfyWorkspace;

/** A few lines that say what a workspace holds. */
final class WorkspaceSummary {

    private WorkspaceSummary() {
    }

    static void print(RfyWorkspace ws, PrintStream out) {
        out.println(CliMessages.get("summary.workspace", ws.root()));
        out.println(CliMessages.get("summary.reviewers", ws.reviewers().getReviewers().size()));
        out.print(CliMessages.get("summary.reviews", ws.reviews().size()));
        String sep = "";
        for (ReviewStatus s : ReviewStatus.VALUES) {
            long n = ws.reviews().stream().filter(r -> r.getStatus() == s).count();
            out.printf("%s%d %s", sep, n, s.getLiteral());
            sep = ", ";
        }
        out.printf(")%n");
        out.println(CliMessages.get("summary.batches", ws.batches().size()));
        for (Batch b : ws.batches()) {
            out.println(CliMessages.get("summary.batch", b.getId(), b.getTitle(), b.getReviews().size()));
        }
    }
}
