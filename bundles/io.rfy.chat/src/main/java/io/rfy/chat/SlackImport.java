package io.rfy.chat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.rfy.habr.WorkspaceImport;
import io.rfy.model.Review;
import io.rfy.model.Reviewer;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.StrictUtf8;
import io.rfy.store.WorkspaceLayout;

/**
 * Writes captured reviews into a workspace, as the Habr import does: all or nothing, staged under {@code .rfy/},
 * reviewers merged into {@code reviewers.yaml} (by Slack handle, else added). A message imported before (the same
 * {@code x-slack} channel and ts) updates its draft only when the file is as that import wrote it; a review a person
 * has edited since is left alone and listed.
 */
public final class SlackImport {

    /** What the write did, by workspace-relative path. */
    public record Outcome(List<String> created, List<String> updated, List<String> unchanged, List<String> keptEdited,
            List<String> written) {
    }

    private SlackImport() {
    }

    public static Outcome write(SlackCapture.Result capture, Path workspace) throws IOException {
        Files.createDirectories(workspace);
        RfyWorkspace existing = RfyWorkspace.load(workspace);
        Map<String, String> imported = importedBefore(workspace);

        List<Reviewer> reviewers = new ArrayList<>();
        for (SlackCapture.Captured c : capture.reviews()) {
            if (!reviewers.contains(c.reviewer())) {
                reviewers.add(c.reviewer());
            }
        }
        byte[] reviewersYaml = WorkspaceImport.mergeReviewers(reviewers, existing);

        Map<String, byte[]> contents = new LinkedHashMap<>();
        Set<String> replaceable = new HashSet<>();
        Set<String> ids = new HashSet<>();
        existing.reviews().forEach(r -> ids.add(r.getId()));
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        String channel = capture.channel().name();
        for (SlackCapture.Captured c : capture.reviews()) {
            Review review = c.review();
            String before = imported.get(key(channel, c.message().ts()));
            String path;
            if (before != null) {
                path = before;
                review.setId(WorkspaceLayout.idOf(Path.of(before)));
            } else {
                String id = review.getId();
                for (int n = 2; ids.contains(id) || Files.exists(workspace.resolve(path(review.getPeriod(), id)))
                        || contents.containsKey(path(review.getPeriod(), id)); n++) {
                    id = review.getId() + "-" + n;
                }
                review.setId(id);
                path = path(review.getPeriod(), id);
            }
            ids.add(review.getId());
            String text = XSlack.addTo(new String(WorkspaceImport.render(path, review), StandardCharsets.UTF_8), channel,
                    c.message().ts(), c.permalink());
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (before == null) {
                contents.put(path, bytes);
                created.add(path);
                continue;
            }
            String now = read(workspace.resolve(path));
            if (now != null && now.equals(text)) {
                unchanged.add(path);
            } else if (now != null && XSlack.unchangedSinceImport(now)) {
                contents.put(path, bytes);
                replaceable.add(path);
                updated.add(path);
            } else {
                kept.add(path);
            }
        }
        if (reviewersYaml != null) {
            contents.put(WorkspaceLayout.REVIEWERS_FILE, reviewersYaml);
            replaceable.add(WorkspaceLayout.REVIEWERS_FILE);
        }
        List<String> written = WorkspaceImport.writeFiles(workspace, contents, replaceable);
        return new Outcome(created, updated, unchanged, kept, written);
    }

    /** The review files that came from Slack, by channel and ts. */
    private static Map<String, String> importedBefore(Path workspace) throws IOException {
        Map<String, String> found = new HashMap<>();
        Path reviews = workspace.resolve(WorkspaceLayout.REVIEWS);
        if (!Files.isDirectory(reviews)) {
            return found;
        }
        try (Stream<Path> walk = Files.walk(reviews, 2)) {
            for (Path f : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(f) || WorkspaceLayout.kindOf(workspace, f) != WorkspaceLayout.Kind.REVIEW) {
                    continue;
                }
                String text = read(f);
                XSlack x = text == null || !text.contains("x-slack") ? null : XSlack.of(text);
                if (x != null && x.channel() != null && x.ts() != null) {
                    found.put(key(x.channel(), x.ts()), workspace.relativize(f).toString().replace('\\', '/'));
                }
            }
        }
        return found;
    }

    private static String read(Path f) throws IOException {
        try {
            return StrictUtf8.decode(Files.readAllBytes(f));
        } catch (StrictUtf8.MalformedException e) {
            return null; // the store reports it; it is never replaced
        }
    }

    private static String key(String channel, String ts) {
        return channel + "\n" + ts;
    }

    private static String path(String period, String id) {
        return WorkspaceLayout.reviewPath(period, id);
    }
}
