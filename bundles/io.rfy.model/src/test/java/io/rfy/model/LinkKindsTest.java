package io.rfy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkKindsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://arxiv.org/abs/2005.00341, PAPER",
            "http://export.arxiv.org/pdf/2005.00341v2, PAPER",
            "https://openreview.net/forum?id=rJ4km2R5t7, PAPER",
            "https://doi.org/10.18653/v1/2020.acl-main.1, PAPER",
            "https://aclanthology.org/2020.acl-main.1/, PAPER",
            "https://cdn.openai.com/papers/jukebox.pdf, PAPER",
            "https://example.org/files/Report.PDF?download=1, PAPER",
            "https://huggingface.co/papers/2005.00341, PAPER",
            "https://github.com/openai/jukebox, CODE",
            "https://gist.github.com/someone/abc, CODE",
            "https://gitlab.com/group/project, CODE",
            "https://huggingface.co/openai/whisper-large-v3, CODE",
            "https://huggingface.co/datasets/squad, DATASET",
            "https://huggingface.co/spaces/openai/whisper, DEMO",
            "https://colab.research.google.com/drive/1abc, COLAB",
            "https://www.youtube.com/watch?v=abc, VIDEO",
            "https://m.youtube.com/watch?v=abc, VIDEO",
            "https://youtu.be/abc, VIDEO",
            "https://vimeo.com/123, VIDEO",
            "https://medium.com/@someone/post-1, BLOG",
            "https://towardsdatascience.com/post-1, BLOG",
            "https://ai.googleblog.com/2020/05/post.html, BLOG",
            "https://openai.com/blog/jukebox/, BLOG",
            "https://blog.research.google/2023/post, BLOG",
            "https://www.slideshare.net/someone/talk, SLIDES",
            "arxiv.org/abs/2005.00341, PAPER",
            "HTTPS://GitHub.com/openai/jukebox, CODE",
    })
    void hostDecides(String url, LinkKind expected) {
        assertEquals(expected, LinkKinds.infer(null, url));
        assertEquals(expected, LinkKinds.infer("Что-то ещё", url));
    }

    @Test
    void hostDecidesBeforeTheLabel() {
        assertEquals(LinkKind.PAPER, LinkKinds.infer("GitHub project", "https://arxiv.org/abs/2005.00341"));
        assertEquals(LinkKind.CODE, LinkKinds.infer("Оригинал статьи", "https://github.com/openai/jukebox"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Оригинал статьи, PAPER",
            "Оригинал статьи 1, PAPER",
            "оригинал статьи 2, PAPER",
            "ОРИГИНАЛ СТАТЬИ, PAPER",
            "GitHub project, CODE",
            "github, CODE",
            "Open source, CODE",
            "OPEN SOURCE, CODE",
            "Blog, BLOG",
            "Colab, COLAB",
            "Video, VIDEO",
            "Project page, PROJECT",
            "Dataset, DATASET",
            "Demo, DEMO",
            "Slides, SLIDES",
            "'  Blog  ', BLOG",
            "Что-то ещё, OTHER",
            "Twitter thread, OTHER",
    })
    void rubricLabelsWhenTheUrlTellsNothing(String label, LinkKind expected) {
        assertEquals(expected, LinkKinds.infer(label, null));
        assertEquals(expected, LinkKinds.infer(label, ""));
        assertEquals(expected, LinkKinds.infer(label, "https://example.com/page"));
        assertEquals(expected, LinkKinds.infer(label, "not a url at all"));
    }

    @Test
    void nothingKnownIsOther() {
        assertEquals(LinkKind.OTHER, LinkKinds.infer(null, null));
        assertEquals(LinkKind.OTHER, LinkKinds.infer("", " "));
        assertEquals(LinkKind.OTHER, LinkKinds.infer(null, "https://example.com/"));
        assertEquals(LinkKind.OTHER, LinkKinds.infer(null, "#section-2"));
        assertEquals(LinkKind.OTHER, LinkKinds.infer(null, "https://huggingface.co/"));
    }
}
