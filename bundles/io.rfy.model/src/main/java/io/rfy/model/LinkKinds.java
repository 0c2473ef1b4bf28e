package io.rfy.model;

import java.util.Locale;

/**
 * Infers what a link points at when the file does not say: from the URL's host first (an arXiv link is the
 * paper whatever its label), then from the label as the rubric writes it ("Оригинал статьи", "Оригинал статьи 1",
 * "GitHub project", "Blog", "Colab", "Video", "Open source", "Project page", "Dataset", "Demo", "Slides"; case does
 * not matter), else {@link LinkKind#OTHER}. Used by {@link Link#getEffectiveKind()} when the kind is not set.
 */
public final class LinkKinds {

    private LinkKinds() {
    }

    /**
     * The kind of a link with this label and URL; either may be {@code null} or blank (the plain-text scrape of
     * the rubric lost the URLs behind the labels). Never {@code null}.
     */
    public static LinkKind infer(String label, String url) {
        LinkKind byUrl = fromUrl(url);
        if (byUrl != null) {
            return byUrl;
        }
        LinkKind byLabel = fromLabel(label);
        return byLabel != null ? byLabel : LinkKind.OTHER;
    }

    /** The kind the URL's host (and for a few hosts its path) tells, or {@code null} when it tells nothing. */
    static LinkKind fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String s = url.trim();
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        } else if (s.regionMatches(true, 0, "mailto:", 0, 7) || s.startsWith("#") || s.startsWith("/")) {
            return null;
        }
        int end = 0;
        while (end < s.length() && "/?#".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        String host = s.substring(0, end).toLowerCase(Locale.ROOT);
        host = host.substring(host.lastIndexOf('@') + 1);
        int port = host.indexOf(':');
        if (port >= 0) {
            host = host.substring(0, port);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.isEmpty() || host.indexOf('.') < 0) {
            return null;
        }
        String rest = s.substring(end);
        int query = indexOfAny(rest, "?#");
        String path = (query < 0 ? rest : rest.substring(0, query)).toLowerCase(Locale.ROOT);

        if (on(host, "arxiv.org") || on(host, "openreview.net") || on(host, "doi.org") || on(host, "aclanthology.org")
                || on(host, "aclweb.org") && path.startsWith("/anthology") || on(host, "proceedings.mlr.press")
                || on(host, "papers.nips.cc") || on(host, "proceedings.neurips.cc") || path.endsWith(".pdf")) {
            return LinkKind.PAPER;
        }
        if (host.startsWith("blog.")) {
            return LinkKind.BLOG;
        }
        if (on(host, "huggingface.co") || on(host, "hf.co")) {
            return huggingFace(path);
        }
        if (on(host, "github.com") || on(host, "gitlab.com") || on(host, "bitbucket.org")) {
            return LinkKind.CODE;
        }
        if (host.equals("colab.research.google.com")) {
            return LinkKind.COLAB;
        }
        if (on(host, "youtube.com") || host.equals("youtu.be") || on(host, "vimeo.com")) {
            return LinkKind.VIDEO;
        }
        if (on(host, "slideshare.net") || on(host, "speakerdeck.com")) {
            return LinkKind.SLIDES;
        }
        if (on(host, "kaggle.com") && path.startsWith("/datasets")) {
            return LinkKind.DATASET;
        }
        if (on(host, "medium.com") || on(host, "towardsdatascience.com") || on(host, "substack.com")
                || host.contains("blog") || path.equals("/blog") || path.startsWith("/blog/")) {
            return LinkKind.BLOG;
        }
        return null;
    }

    /** huggingface.co/papers/... a paper, /datasets/... a dataset, /spaces/... a demo, /&lt;org&gt;/&lt;model&gt; code. */
    private static LinkKind huggingFace(String path) {
        String[] segments = path.replaceAll("^/+|/+$", "").split("/+");
        String first = segments[0];
        switch (first) {
            case "papers":
                return LinkKind.PAPER;
            case "datasets":
                return LinkKind.DATASET;
            case "spaces":
                return LinkKind.DEMO;
            case "blog":
                return LinkKind.BLOG;
            case "docs", "learn", "models", "":
                return null;
            default:
                return segments.length >= 2 ? LinkKind.CODE : null;
        }
    }

    /** The kind the rubric's label tells ("Оригинал статьи 2", "GitHub project", ...), or {@code null}. */
    static LinkKind fromLabel(String label) {
        if (label == null) {
            return null;
        }
        String l = label.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ").trim();
        if (l.isEmpty()) {
            return null;
        }
        if (l.startsWith("оригинал статьи") || l.startsWith("статья") || l.startsWith("paper") || l.equals("arxiv")
                || l.startsWith("препринт") || l.equals("pdf")) {
            return LinkKind.PAPER;
        }
        if (l.startsWith("github") || l.startsWith("gitlab") || l.startsWith("open source") || l.startsWith("code")
                || l.startsWith("source code") || l.startsWith("код") || l.startsWith("исходный код")
                || l.startsWith("репозиторий") || l.startsWith("repository")) {
            return LinkKind.CODE;
        }
        if (l.startsWith("blog") || l.startsWith("блог") || l.startsWith("пост в блоге")) {
            return LinkKind.BLOG;
        }
        if (l.startsWith("colab") || l.startsWith("колаб")) {
            return LinkKind.COLAB;
        }
        if (l.startsWith("video") || l.startsWith("видео") || l.startsWith("youtube")) {
            return LinkKind.VIDEO;
        }
        if (l.startsWith("project") || l.startsWith("сайт проекта") || l.startsWith("страница проекта")
                || l.startsWith("проект")) {
            return LinkKind.PROJECT;
        }
        if (l.startsWith("dataset") || l.startsWith("датасет") || l.startsWith("набор данных")) {
            return LinkKind.DATASET;
        }
        if (l.startsWith("demo") || l.startsWith("демо")) {
            return LinkKind.DEMO;
        }
        if (l.startsWith("slides") || l.startsWith("слайды") || l.startsWith("презентация")) {
            return LinkKind.SLIDES;
        }
        return null;
    }

    private static boolean on(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
