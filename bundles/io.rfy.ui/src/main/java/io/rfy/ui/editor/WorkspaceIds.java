package io.rfy.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;

import io.rfy.ide.WorkspaceModels;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.Reviewer;
import io.rfy.model.ReviewerRegistry;
import io.rfy.store.ReviewersResource;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.WorkspaceLayout;

/**
 * What an editor of one file needs to know about the rest of its workspace folder, without loading every review:
 * the reviewers (reviewers.yaml, through the store) and the review ids (the file names under reviews/).
 */
public final class WorkspaceIds {

    private WorkspaceIds() {
    }

    /** The reviewers of the project's reviewers.yaml, loaded into {@code resourceSet}; empty if it is missing or broken. */
    public static List<Reviewer> reviewers(IProject project, ResourceSet resourceSet) {
        Path file = root(project).resolve(WorkspaceLayout.REVIEWERS_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        ReviewersResource resource = new ReviewersResource(URI.createFileURI(file.toString()));
        resourceSet.getResources().add(resource);
        try {
            resource.load(null);
        } catch (IOException e) {
            return List.of();
        }
        if (resource.getContents().isEmpty()) {
            return List.of();
        }
        return ((ReviewerRegistry) resource.getContents().get(0)).getReviewers();
    }

    /** The ids of the reviews in the project (file names of reviews/<yyyy-mm>/<id>.md), sorted. */
    public static List<String> reviewIds(IProject project) {
        Path reviews = root(project).resolve(RfyWorkspace.REVIEWS);
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(reviews)) {
            return ids;
        }
        try (Stream<Path> walk = Files.walk(reviews, 2)) {
            walk.filter(p -> WorkspaceLayout.kindOf(root(project), p) == WorkspaceLayout.Kind.REVIEW
                    && Files.isRegularFile(p)).forEach(p -> ids.add(WorkspaceLayout.idOf(p)));
        } catch (IOException e) {
            // an unreadable folder just offers no ids
        }
        ids.sort(null);
        return ids;
    }

    /**
     * The titles, short names and aliases of every paper of the project's reviews, as a {@code paper:} cross-link may name
     * them, from the project's shared model (loaded on first use). Empty if the folder is unreadable.
     */
    public static List<String> paperNames(IProject project) {
        List<String> names = new ArrayList<>();
        try {
            WorkspaceModels.get().read(project, null, ws -> names(ws, names));
        } catch (IOException e) {
            // an unreadable folder just offers no names
        }
        return names;
    }

    private static List<String> names(RfyWorkspace ws, List<String> names) {
        for (Review review : ws.reviews()) {
            for (Paper paper : review.getPapers()) {
                if (paper.getTitle() != null && !paper.getTitle().isBlank()) {
                    names.add(paper.getTitle());
                }
                String shortName = paper.getShortName();
                if (shortName != null && !shortName.isBlank() && !shortName.equals(paper.getTitle())) {
                    names.add(shortName);
                }
                names.addAll(paper.getAliases());
            }
        }
        return names;
    }

    public static Path root(IProject project) {
        return Path.of(project.getLocation().toOSString());
    }
}
