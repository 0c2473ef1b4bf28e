package io.rfy.ui.source;

import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.PatternRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/** Token scanners for the two partitions: Markdown (headings, code, links, figures, emphasis) and the YAML front matter. */
final class MarkdownScanners {

    private MarkdownScanners() {
    }

    static RuleBasedScanner body() {
        RuleBasedScanner scanner = new RuleBasedScanner();
        EndOfLineRule heading = new EndOfLineRule("#", new Token(MarkdownColors.heading()));
        heading.setColumnConstraint(0);
        scanner.setRules(new IRule[] {
            heading,
            new org.eclipse.jface.text.rules.MultiLineRule("```", "```", new Token(MarkdownColors.code()), (char) 0, true),
            new SingleLineRule("`", "`", new Token(MarkdownColors.code()), (char) 0, true),
            new LinkRule(new Token(MarkdownColors.link()), new Token(MarkdownColors.figure())),
            new PatternRule("**", "**", new Token(MarkdownColors.strong()), '\\', true),
            new PatternRule("__", "__", new Token(MarkdownColors.strong()), '\\', true),
            new SingleLineRule("*", "*", new Token(MarkdownColors.emphasis()), '\\'),
            new SingleLineRule("_", "_", new Token(MarkdownColors.emphasis()), '\\'),
        });
        return scanner;
    }

    static RuleBasedScanner frontMatter() {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(new Token(MarkdownColors.frontMatter()));
        scanner.setRules(new IRule[] {
            new KeyRule(new Token(MarkdownColors.key())),
            new SingleLineRule("\"", "\"", new Token(MarkdownColors.string()), '\\'),
        });
        return scanner;
    }

    /** {@code [text](url)} and {@code ![caption](url)}, on one line. */
    private static final class LinkRule implements IRule {
        private final IToken token;
        private final IToken figure;

        LinkRule(IToken token, IToken figure) {
            this.token = token;
            this.figure = figure;
        }

        @Override
        public IToken evaluate(ICharacterScanner s) {
            int read = 0;
            int c = s.read();
            read++;
            boolean isFigure = c == '!';
            if (isFigure) {
                c = s.read();
                read++;
            }
            if (c != '[') {
                return undo(s, read);
            }
            int depth = 1;
            while (depth > 0) {
                c = s.read();
                read++;
                if (c == ICharacterScanner.EOF || c == '\n') {
                    return undo(s, read);
                }
                depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            }
            c = s.read();
            read++;
            if (c != '(') {
                return undo(s, read);
            }
            do {
                c = s.read();
                read++;
                if (c == ICharacterScanner.EOF || c == '\n') {
                    return undo(s, read);
                }
            } while (c != ')');
            return isFigure ? figure : token;
        }

        private static IToken undo(ICharacterScanner s, int n) {
            for (int i = 0; i < n; i++) {
                s.unread();
            }
            return Token.UNDEFINED;
        }
    }

    /** A YAML key ({@code reviewer:}, {@code - title:} or {@code {label:}), the name and its colon. */
    private static final class KeyRule implements IRule {
        private final IToken token;

        KeyRule(IToken token) {
            this.token = token;
        }

        @Override
        public IToken evaluate(ICharacterScanner s) {
            int read = 0;
            int c = s.read();
            read++;
            if (!Character.isLetter(c)) {
                return undo(s, read);
            }
            // only where a key can start: after indentation, "- " or "{"/", "
            s.unread();
            s.unread();
            int before = s.read();
            s.read();
            if (before != ICharacterScanner.EOF && before != ' ' && before != '\n' && before != '{' && before != '\t') {
                return undo(s, read);
            }
            while (Character.isLetterOrDigit(c = s.read()) || c == '-' || c == '_') {
                read++;
            }
            read++;
            if (c != ':') {
                return undo(s, read);
            }
            return token;
        }

        private static IToken undo(ICharacterScanner s, int n) {
            for (int i = 0; i < n; i++) {
                s.unread();
            }
            return Token.UNDEFINED;
        }
    }
}
