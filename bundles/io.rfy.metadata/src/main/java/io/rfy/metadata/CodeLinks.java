package io.rfy.metadata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rfy.ids.GitHubRepo;

/** The first GitHub repository named in a text (an abstract, a comment): the paper's code, by the authors' own word. */
final class CodeLinks {

    private static final Pattern GITHUB = Pattern.compile("(?:https?://)?(?:www\\.)?github\\.com/[^\\s<>\"'()\\[\\]{},;]+",
            Pattern.CASE_INSENSITIVE);

    private CodeLinks() {
    }

    static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = GITHUB.matcher(text);
        while (m.find()) {
            // a sentence ends after the URL more often than a repository name ends with a dot
            String url = m.group().replaceAll("[.:!?]+$", "");
            Optional<GitHubRepo> repo = GitHubRepo.parse(url).filter(GitHubRepo::isValid);
            if (repo.isPresent()) {
                return Optional.of(repo.get().url());
            }
        }
        return Optional.empty();
    }
}
