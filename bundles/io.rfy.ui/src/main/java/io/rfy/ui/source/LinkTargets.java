package io.rfy.ui.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import io.rfy.corpus.CorpusReader;
import io.rfy.corpus.CorpusText;
import io.rfy.model.CorpusDocument;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.model.Reviewer;
import io.rfy.store.ReviewResource;
import io.rfy.store.RfyWorkspace;
import io.rfy.store.WorkspaceLayout;
import io.rfy.ui.editor.WorkspaceIds;
import io.rfy.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Resolves a {@link LinkAt.Link} found in a file of a project to the file it names, the line to reveal and a
 * one-line description for hovers (a review's papers, a corpus document's title, a reviewer's name), reading the
 * target through the store or the corpus reader as it is on disk now.
 */
public final class LinkTargets {

    /** Where a link leads. {@code line} is 1-based; {@code label} is null when only located. */
    public record Target(IFile file, int line, String label) {
    }

    private LinkTargets() {
    }

    /** Where the link leads, with the description hovers show (read from the target). */
    public static Optional<Target> resolve(IFile from, LinkAt.Link link) {
        return resolve(from, link, true);
    }

    /**
     * Where the link leads, without reading the target for a description: what Ctrl+click needs, on every mouse
     * move while Ctrl is held.
     */
    public static Optional<Target> locate(IFile from, LinkAt.Link link) {
        return resolve(from, link, false);
    }

    private static Optional<Target> resolve(IFile from, LinkAt.Link link, boolean describe) {
        if (from == null || from.getProject() == null || from.getProject().getLocation() == null) {
            return Optional.empty();
        }
        IProject project = from.getProject();
        Path root = WorkspaceIds.root(project);
        return switch (link.kind()) {
            case REVIEW -> reviewFile(root, link.key()).map(p -> review(project, root, p, describe));
            case RELATIVE -> relative(root, from, link.key()).map(p -> review(project, root, p, describe));
            case CORPUS -> corpusFile(root, link.key()).map(p -> corpus(project, root, p, link.quote(), describe));
            case REVIEWER -> reviewer(project, root, link.key(), describe);
        };
    }

    /** reviews/<yyyy-mm>/<id>.md, wherever the period is. */
    static Optional<Path> reviewFile(Path root, String id) {
        Path reviews = root.resolve(RfyWorkspace.REVIEWS);
        if (!Files.isDirectory(reviews)) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(reviews, 2)) {
            return walk.filter(p -> WorkspaceLayout.kindOf(root, p) == WorkspaceLayout.Kind.REVIEW
                    && WorkspaceLayout.idOf(p).equals(id) && Files.isRegularFile(p)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> relative(Path root, IFile from, String link) {
        Path base = Path.of(from.getLocation().toOSString()).getParent();
        Path target;
        try {
            target = base.resolve(java.net.URLDecoder.decode(link, StandardCharsets.UTF_8)).normalize();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        // a link must not lead out of the workspace folder, whatever ../ it has
        return target.startsWith(root) && Files.isRegularFile(target) ? Optional.of(target) : Optional.empty();
    }

    private static Optional<Path> corpusFile(Path root, String id) {
        Path corpus = root.resolve(RfyWorkspace.CORPUS);
        if (!Files.isDirectory(corpus)) {
            return Optional.empty();
        }
        try (Stream<Path> list = Files.list(corpus)) {
            return list.filter(Files::isRegularFile).filter(p -> CorpusText.id(p).equals(id)).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static IFile file(IProject project, Path root, Path p) {
        return project.getFile(root.relativize(p).toString().replace('\\', '/'));
    }

    private static Target review(IProject project, Path root, Path p, boolean describe) {
        if (!describe) {
            return new Target(file(project, root, p), 1, null);
        }
        String id = WorkspaceLayout.idOf(p);
        ReviewResource resource = new ReviewResource(URI.createFileURI(p.toString()));
        new ResourceSetImpl().getResources().add(resource);
        String label;
        try {
            resource.load(null);
            Review review = resource.getContents().isEmpty() ? null : (Review) resource.getContents().get(0);
            label = review == null ? NLS.bind(Messages.LinkTargets_reviewUnreadable, id) : describe(id, review);
        } catch (IOException | RuntimeException e) {
            label = NLS.bind(Messages.LinkTargets_reviewNotRead, id, e.getMessage());
        }
        return new Target(file(project, root, p), 1, label);
    }

    private static String describe(String id, Review review) {
        String papers = review.getPapers().stream().map(Paper::getTitle).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("; "));
        Reviewer reviewer = review.getReviewer();
        String status = review.getStatus() == null ? Messages.LinkTargets_noStatus : review.getStatus().getLiteral();
        String about = reviewer == null || reviewer.getId() == null ? status
                : NLS.bind(Messages.LinkTargets_statusBy, status, reviewer.getId());
        return papers.isEmpty() ? NLS.bind(Messages.LinkTargets_review, id, about)
                : NLS.bind(Messages.LinkTargets_reviewOf, new Object[] {id, papers, about});
    }

    private static Target corpus(IProject project, Path root, Path p, String quote, boolean describe) {
        String label = null;
        if (describe) {
            label = documentLabel(p);
        }
        int line = 1;
        if (quote != null && !quote.isEmpty()) {
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                int at = text.indexOf(quote);
                line = at >= 0 ? lineOf(text, at) : 1;
                if (describe) {
                    label += at >= 0 ? NLS.bind(Messages.LinkTargets_quoteAt, line)
                            : NLS.bind(Messages.LinkTargets_quoteMissing, quote);
                }
            } catch (IOException | RuntimeException e) {
                // a document that is not UTF-8 text (or is JSON) opens at its top
            }
        }
        return new Target(file(project, root, p), line, label);
    }

    private static String documentLabel(Path p) {
        String label;
        try {
            CorpusDocument doc = CorpusReader.read(p);
            String title = doc.getTitle() == null || doc.getTitle().isBlank() ? p.getFileName().toString() : doc.getTitle();
            label = NLS.bind(Messages.LinkTargets_document, new Object[] {CorpusText.id(p), title, doc.getItems().size()});
        } catch (IOException | RuntimeException e) {
            label = NLS.bind(Messages.LinkTargets_documentNotRead, p.getFileName(), e.getMessage());
        }
        return label;
    }

    private static Optional<Target> reviewer(IProject project, Path root, String id, boolean describe) {
        Path file = root.resolve(WorkspaceLayout.REVIEWERS_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        int line;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            var m = Pattern.compile("(?m)^\\s*-?\\s*id:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*(#.*)?$").matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
            line = lineOf(text, m.start() + (text.charAt(m.start()) == '\n' ? 1 : 0));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (!describe) {
            return Optional.of(new Target(file(project, root, file), line, null));
        }
        List<Reviewer> reviewers = WorkspaceIds.reviewers(project, new ResourceSetImpl());
        String label = reviewers.stream().filter(r -> id.equals(r.getId())).findFirst()
                .map(r -> NLS.bind(Messages.LinkTargets_reviewerNamed, id, r.getName() == null ? Messages.LinkTargets_noName : r.getName())
                        + (r.getSlack() == null ? "" : NLS.bind(Messages.LinkTargets_slack, r.getSlack())))
                .orElse(NLS.bind(Messages.LinkTargets_reviewer, id));
        return Optional.of(new Target(file(project, root, file), line, label));
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
