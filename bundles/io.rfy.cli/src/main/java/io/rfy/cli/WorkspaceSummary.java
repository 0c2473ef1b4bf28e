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
        out.printf("workspace %s%n", ws.root());
        out.printf("  reviewers: %d%n", ws.reviewers().getReviewers().size());
        out.printf("  reviews:   %d (", ws.reviews().size());
        String sep = "";
        for (ReviewStatus s : ReviewStatus.VALUES) {
            long n = ws.reviews().stream().filter(r -> r.getStatus() == s).count();
            out.printf("%s%d %s", sep, n, s.getLiteral());
            sep = ", ";
        }
        out.printf(")%n");
        out.printf("  batches:   %d%n", ws.batches().size());
        for (Batch b : ws.batches()) {
            out.printf("    %s: %s (%d reviews)%n", b.getId(), b.getTitle(), b.getReviews().size());
        }
    }
}
