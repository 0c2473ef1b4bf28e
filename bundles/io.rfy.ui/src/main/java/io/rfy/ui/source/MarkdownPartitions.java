package io.rfy.ui.source;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/** Splits a workspace Markdown file into its YAML front matter and the Markdown body (the default partition). */
public final class MarkdownPartitions {

    public static final String FRONT_MATTER = "__rfy_front_matter";
    public static final String[] TYPES = {IDocument.DEFAULT_CONTENT_TYPE, FRONT_MATTER};

    private MarkdownPartitions() {
    }

    public static void install(IDocument document) {
        IDocumentPartitioner partitioner = new FastPartitioner(new Scanner(), new String[] {FRONT_MATTER});
        partitioner.connect(document);
        document.setDocumentPartitioner(partitioner);
    }

    private static final class Scanner extends RuleBasedPartitionScanner {
        Scanner() {
            setPredicateRules(new IPredicateRule[] {new FrontMatterRule(this, new Token(FRONT_MATTER))});
        }

        int offset() {
            return fOffset;
        }
    }

    /** "---" at the very start of the file up to the next line that is "---": front matter only counts there. */
    private static final class FrontMatterRule implements IPredicateRule {
        private final Scanner scanner;
        private final Token token;

        FrontMatterRule(Scanner scanner, Token token) {
            this.scanner = scanner;
            this.token = token;
        }

        @Override
        public IToken getSuccessToken() {
            return token;
        }

        @Override
        public IToken evaluate(org.eclipse.jface.text.rules.ICharacterScanner s) {
            return evaluate(s, false);
        }

        @Override
        public IToken evaluate(org.eclipse.jface.text.rules.ICharacterScanner s, boolean resume) {
            if (!resume && scanner.offset() != 0) {
                return Token.UNDEFINED;
            }
            int read = 0;
            if (!resume) {
                for (char c : "---".toCharArray()) {
                    read++;
                    if (s.read() != c) {
                        unread(s, read);
                        return Token.UNDEFINED;
                    }
                }
            }
            // then everything up to and including a line that is exactly "---"
            StringBuilder line = new StringBuilder();
            boolean firstLine = !resume;
            int c;
            while ((c = s.read()) != org.eclipse.jface.text.rules.ICharacterScanner.EOF) {
                if (c == '\n') {
                    if (!firstLine && line.toString().strip().equals("---")) {
                        return token;
                    }
                    firstLine = false;
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
            return token; // an unterminated front matter runs to the end (the store reports it)
        }

        private static void unread(org.eclipse.jface.text.rules.ICharacterScanner s, int n) {
            for (int i = 0; i < n; i++) {
                s.unread();
            }
        }
    }
}
