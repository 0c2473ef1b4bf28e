package io.rfy.model;

import java.net.URI;
import java.util.Locale;

/**
 * Infers what a link points at when the file does not say: from the URL's host first (an arXiv link is the
 * paper whatever its label), then from the label as the rubric writes it ("Оригинал статьи", "GitHub project",
 * "Colab", "Video", "Open source" ...).
 */
public final class LinkKinds {

    private LinkKinds() {
    }

    public static LinkKind infer(String label, String url) {
        LinkKind byUrl = fromUrl(url);
        if (byUrl != null) {
            return byUrl;
        }
        LinkKind byLabel = fromLabel(label);
        return byLabel != null ? byLabel : LinkKind.OTHER;
    }

    static LinkKind fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host;
        String path;
        try {
            URI uri = URI.create(url.trim());
            host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.endsWith("arxiv.org") || host.equals("openreview.net") || host.equals("doi.org")
                || host.equals("dx.doi.org") || host.equals("aclanthology.org") || path.endsWith(".pdf")
                || host.equals("huggingface.co") && path.startsWith("/papers/")) {
            return LinkKind.PAPER;
        }
        if (host.equals("github.com") || host.equals("gitlab.com") || host.equals("bitbucket.org")
                || host.equals("huggingface.co")) {
            return LinkKind.CODE;
        }
        if (host.equals("colab.research.google.com")) {
            return LinkKind.COLAB;
        }
        if (host.equals("youtube.com") || host.equals("youtu.be") || host.equals("vimeo.com")
                || host.equals("m.youtube.com")) {
            return LinkKind.VIDEO;
        }
        if (host.equals("medium.com") || host.endsWith(".medium.com") || host.contains("blog")
                || path.startsWith("/blog")) {
            return LinkKind.BLOG;
        }
        return null;
    }

    static LinkKind fromLabel(String label) {
        if (label == null) {
            return null;
        }
        String l = label.toLowerCase(Locale.ROOT).trim();
        if (l.startsWith("оригинал статьи") || l.startsWith("статья") || l.equals("paper") || l.equals("arxiv")) {
            return LinkKind.PAPER;
        }
        if (l.startsWith("github") || l.contains("code") || l.equals("open source") || l.equals("код")) {
            return LinkKind.CODE;
        }
        if (l.startsWith("blog") || l.startsWith("блог")) {
            return LinkKind.BLOG;
        }
        if (l.startsWith("colab")) {
            return LinkKind.COLAB;
        }
        if (l.startsWith("video") || l.startsWith("видео")) {
            return LinkKind.VIDEO;
        }
        if (l.startsWith("project") || l.contains("project page") || l.startsWith("сайт проекта")) {
            return LinkKind.PROJECT;
        }
        if (l.startsWith("dataset") || l.startsWith("датасет")) {
            return LinkKind.DATASET;
        }
        if (l.startsWith("demo") || l.startsWith("демо")) {
            return LinkKind.DEMO;
        }
        if (l.startsWith("slides") || l.startsWith("слайды")) {
            return LinkKind.SLIDES;
        }
        return null;
    }
}
