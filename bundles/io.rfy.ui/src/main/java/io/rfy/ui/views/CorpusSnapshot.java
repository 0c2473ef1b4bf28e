package io.rfy.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.rfy.corpus.CorpusAnchors;
import io.rfy.corpus.CorpusReader;
import io.rfy.corpus.Mention;
import io.rfy.corpus.MentionIndex;
import io.rfy.model.CorpusCrossLink;
import io.rfy.model.CorpusDocument;
import io.rfy.model.CorpusItem;
import io.rfy.model.CrossLink;
import io.rfy.model.Paper;
import io.rfy.model.Review;
import io.rfy.ide.WorkspaceModels;
import io.rfy.store.RfyWorkspace;

/**
 * One RFY project's corpus as the Corpus view shows it, read off the UI thread: the documents with their items, where
 * the workspace's papers are mentioned in each (through the cached {@link MentionIndex}), which passages reviews
 * already link to, and the reviews a passage can be linked to.
 */
public final class CorpusSnapshot {

    /** A review a passage can be linked to. */
    public record Choice(String id, String label, IFile file, String paper) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A passage some review links to, in code points of its document's text. */
    public record Linked(String review, int start, int end, CorpusAnchors.Status status) {
    }

    /** A corpus document in the tree (equal by project and id, so a reload keeps the selection). */
    public static final class Doc {
        final CorpusSnapshot owner;
        final CorpusDocument document;
        final String file;
        final String error;

        Doc(CorpusSnapshot owner, CorpusDocument document, String file, String error) {
            this.owner = owner;
            this.document = document;
            this.file = file;
            this.error = error;
        }

        public String id() {
            return document != null ? document.getId() : file;
        }

        public CorpusDocument document() {
            return document;
        }

        /** Why the file could not be read, or null. */
        public String error() {
            return error;
        }

        public CorpusSnapshot owner() {
            return owner;
        }

        public List<Item> items() {
            List<Item> items = new ArrayList<>();
            if (document != null) {
                for (int i = 0; i < document.getItems().size(); i++) {
                    items.add(new Item(this, i));
                }
            }
            return items;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Doc d && owner.project.equals(d.owner.project) && id().equals(d.id());
        }

        @Override
        public int hashCode() {
            return Objects.hash(owner.project, id());
        }
    }

    /** One item (digest section, channel post) of a document. */
    public static final class Item {
        final Doc doc;
        final int index;

        Item(Doc doc, int index) {
            this.doc = doc;
            this.index = index;
        }

        public Doc doc() {
            return doc;
        }

        public CorpusItem item() {
            return doc.document.getItems().get(index);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Item i && index == i.index && doc.equals(i.doc);
        }

        @Override
        public int hashCode() {
            return Objects.hash(doc, index);
        }
    }

    /** The same project's corpus read again is the same tree node (the Corpus view keeps it expanded). */
    @Override
    public boolean equals(Object o) {
        return o instanceof CorpusSnapshot c && project.equals(c.project);
    }

    @Override
    public int hashCode() {
        return project.hashCode();
    }

    final IProject project;
    final List<Doc> docs = new ArrayList<>();
    final Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    final Map<String, List<Linked>> linked = new LinkedHashMap<>();
    final List<Choice> choices = new ArrayList<>();
    String problem;

    private CorpusSnapshot(IProject project) {
        this.project = project;
    }

    public IProject project() {
        return project;
    }

    public List<Doc> docs() {
        return docs;
    }

    public List<Choice> choices() {
        return choices;
    }

    /** The mentions in a document, by start. */
    public List<Mention> mentions(String document) {
        return mentions.getOrDefault(document, List.of());
    }

    public List<Linked> linked(String document) {
        return linked.getOrDefault(document, List.of());
    }

    /** Why the project's workspace could not be read, or null. */
    public String problem() {
        return problem;
    }

    /** Reads a project; a document that cannot be read is listed with its error, the others are still shown. */
    public static CorpusSnapshot read(IProject project, IProgressMonitor monitor) {
        CorpusSnapshot s = new CorpusSnapshot(project);
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the corpus of " + project.getName(), 100);
        List<Path> files;
        try {
            // the project's shared model (loaded by the first reader, kept current by WorkspaceModels) lists them; the
            // documents are read without holding it (that takes the longest), the mentions and links with it after
            files = WorkspaceModels.get().read(project, progress.split(20), RfyWorkspace::corpusFiles);
        } catch (IOException e) {
            s.problem = "Cannot list " + RfyWorkspace.CORPUS + "/ of " + project.getName() + ": " + e.getMessage();
            return s;
        }
        SubMonitor reading = SubMonitor.convert(progress.split(40), files.size());
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path file : files) {
            if (reading.isCanceled()) {
                throw new OperationCanceledException();
            }
            String name = RfyWorkspace.CORPUS + "/" + file.getFileName();
            reading.subTask(name);
            try {
                CorpusDocument doc = CorpusReader.read(file);
                s.docs.add(new Doc(s, doc, name, null));
                texts.put(doc.getId(), doc.getText());
            } catch (IOException | RuntimeException e) {
                s.docs.add(new Doc(s, null, name, e.getMessage() == null ? e.toString() : e.getMessage()));
            }
            reading.worked(1);
        }
        try {
            return WorkspaceModels.get().read(project, null, ws -> fill(s, project, ws, texts, progress));
        } catch (IOException e) {
            s.problem = "Cannot read " + project.getName() + ": " + e.getMessage();
            return s;
        }
    }

    /** The mentions, the passages already linked and the reviews to link to, from the model. */
    private static CorpusSnapshot fill(CorpusSnapshot s, IProject project, RfyWorkspace ws, Map<String, String> texts,
            SubMonitor progress) {
        progress.subTask("Finding mentions");
        try {
            try (MentionIndex index = MentionIndex.open(ws)) {
                for (Mention m : index.mentions(null)) {
                    if (texts.containsKey(m.document())) {
                        s.mentions.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(m);
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            s.problem = "Mentions not shown: " + e.getMessage();
        }
        s.mentions.values().forEach(l -> l.sort(Comparator.comparingInt(Mention::start)));
        progress.worked(30);
        for (Review review : ws.reviews()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            for (CrossLink c : review.getCrossLinks()) {
                if (c instanceof CorpusCrossLink link && texts.containsKey(link.getDocument())) {
                    CorpusAnchors.Resolution r = CorpusAnchors.resolve(texts.get(link.getDocument()), link.getQuote(),
                            link.getPrefix(), link.getSuffix());
                    if (r.status() != CorpusAnchors.Status.BROKEN) {
                        s.linked.computeIfAbsent(link.getDocument(), k -> new ArrayList<>())
                                .add(new Linked(review.getId(), r.start(), r.end(), r.status()));
                    }
                }
            }
            if (review.eResource() != null) {
                Paper first = review.getPapers().isEmpty() ? null : review.getPapers().get(0);
                String papers = ReviewsTree.papers(review);
                s.choices.add(new Choice(review.getId(), review.getId() + (papers.isEmpty() ? "" : " — " + papers),
                        project.getFile(ws.relative(review.eResource())), first == null ? null : first.getTitle()));
            }
        }
        s.choices.sort(Comparator.comparing(Choice::id));
        progress.done();
        return s;
    }

    /** The document with this id, or null. */
    public Doc doc(String id) {
        return docs.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }
}
