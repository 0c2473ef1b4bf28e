package io.rfy.ui.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.osgi.util.NLS;

import io.rfy.ui.internal.Messages;

/**
 * Completes ids: reviewer ids after {@code reviewer:}, review ids after {@code review:} and in {@code rfy:review/}
 * links, both elsewhere; and paper names (titles and short names of the workspace's papers) after {@code paper:} in
 * cross-links. The ids come from the workspace folder as it is on disk when assist is asked for.
 */
public final class IdCompletions implements IContentAssistProcessor {

    /** The ids to offer; the paper names are asked for only after {@code paper:}, as they mean reading every review. */
    public record Ids(List<String> reviewers, List<String> reviews, Supplier<List<String>> papers) {

        public Ids(List<String> reviewers, List<String> reviews) {
            this(reviewers, reviews, List::of);
        }
    }

    /** {@code paper:} and what is typed of the name after it, with or without an opening quote. */
    private static final Pattern PAPER = Pattern.compile("(?:^|[\\s{,])paper:\\s*(\"?)([^\"]*)$");

    private final Supplier<Ids> ids;

    public IdCompletions(Supplier<Ids> ids) {
        this.ids = ids;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        IDocument doc = viewer.getDocument();
        try {
            IRegion line = doc.getLineInformationOfOffset(offset);
            String before = doc.get(line.getOffset(), offset - line.getOffset());
            FrontMatterKeys.Place keys = FrontMatterKeys.at(doc.get(), offset);
            if (keys != null) {
                return keyProposals(keys, offset).toArray(ICompletionProposal[]::new);
            }
            Matcher paper = PAPER.matcher(before);
            if (paper.find()) {
                return paperProposals(paper.group(1).isEmpty(), paper.group(2), offset)
                        .toArray(ICompletionProposal[]::new);
            }
            String prefix = prefix(before);
            String context = before.substring(0, before.length() - prefix.length());
            return proposals(context, prefix, offset).toArray(ICompletionProposal[]::new);
        } catch (BadLocationException e) {
            return new ICompletionProposal[0];
        }
    }

    /** Public for tests: the keys (or list items) that fit where the cursor is in the front matter. */
    public static List<CompletionProposal> keyProposals(FrontMatterKeys.Place place, int offset) {
        List<CompletionProposal> result = new ArrayList<>();
        String typed = place.typed();
        for (String key : place.keys()) {
            if (!key.startsWith(typed)) {
                continue;
            }
            boolean item = key.startsWith("{");
            String text = (place.needsDash() ? "- " : "") + key + (item ? "" : ": ");
            // an item template puts the cursor on its first value
            int cursor = item ? (place.needsDash() ? 2 : 0) + key.indexOf(": ") + 2 : text.length();
            result.add(new CompletionProposal(text, offset - typed.length(), typed.length(), cursor, null,
                    NLS.bind(item ? Messages.Source_item : Messages.Source_key, key), null, null));
        }
        return result;
    }

    /** Public for tests: the proposals for a line's text before the cursor. */
    public List<CompletionProposal> proposals(String context, String prefix, int offset) {
        Ids known = ids.get();
        String c = context.stripTrailing();
        if (c.endsWith("status:") && context.startsWith("status:")) {
            List<CompletionProposal> statuses = new ArrayList<>();
            add(statuses, List.of("draft", "ready", "published"), prefix, offset, Messages.Source_status);
            return statuses;
        }
        boolean reviewer = c.endsWith("reviewer:");
        boolean review = c.endsWith("review:") || context.endsWith("rfy:review/") || context.endsWith("{review:");
        List<CompletionProposal> result = new ArrayList<>();
        if (reviewer || !review) {
            add(result, known.reviewers(), prefix, offset, Messages.Source_reviewer);
        }
        if (review || !reviewer) {
            add(result, known.reviews(), prefix, offset, Messages.Source_review);
        }
        return result;
    }

    /**
     * Public for tests: the paper names containing {@code typed} (any case), those that start with it first; the
     * name is written in double quotes, as titles often hold a ':'.
     */
    public List<CompletionProposal> paperProposals(boolean needsOpeningQuote, String typed, int offset) {
        String t = typed.toLowerCase(Locale.ROOT);
        List<String> names = ids.get().papers().get().stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(t))
                .distinct().sorted(Comparator.comparing((String n) -> !n.toLowerCase(Locale.ROOT).startsWith(t))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        List<CompletionProposal> result = new ArrayList<>();
        for (String name : names) {
            String text = (needsOpeningQuote ? "\"" : "") + name + "\"";
            result.add(new CompletionProposal(text, offset - typed.length(), typed.length(), text.length(), null,
                    NLS.bind(Messages.Source_paper, name), null, null));
        }
        return result;
    }

    /** {@code shown}: how the proposal is shown, "{0}  (review)" with the id as {0}. */
    private static void add(List<CompletionProposal> out, List<String> ids, String prefix, int offset, String shown) {
        for (String id : ids) {
            if (id.startsWith(prefix)) {
                out.add(new CompletionProposal(id, offset - prefix.length(), prefix.length(), id.length(), null,
                        NLS.bind(shown, id), null, null));
            }
        }
    }

    /** The id characters just before the cursor. */
    static String prefix(String before) {
        int i = before.length();
        while (i > 0) {
            char ch = before.charAt(i - 1);
            if (Character.isLetterOrDigit(ch) || ch == '-' || ch == '_' || ch == '.') {
                i--;
            } else {
                break;
            }
        }
        return before.substring(i);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] {'/'};
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
