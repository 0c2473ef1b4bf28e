package io.rfy.corpus;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.rfy.habr.Rubric;

/**
 * A saved web page, usually a Habr post (a news digest): the article's own text, without the site around it, split
 * into sections at its headings. A page without headings in its article is split like a plain-text digest.
 */
final class HabrPage {

    private HabrPage() {
    }

    static DocumentText read(Document page) {
        Element h1 = Rubric.pageTitle(page);
        String title = h1 == null ? page.title() : h1.text().strip();
        // where the article sits is the rubric's convention, shared with the Habr importer; else the whole body
        Element article = Rubric.articleBody(page);
        if (article == null) {
            article = page.body();
        }
        String text = HtmlText.of(article);
        List<String> headings = new ArrayList<>();
        // the links behind labels ("публикация в блоге") are only in the markup: collect them per section
        List<List<String>> links = new ArrayList<>();
        links.add(new ArrayList<>());
        for (Element e : article.getAllElements()) {
            if (e.is("h2, h3, h4") && !e.text().isBlank()) {
                headings.add(e.text().strip());
                links.add(new ArrayList<>());
            } else if (e.is("a[href]") && e.attr("href").startsWith("http")) {
                links.get(links.size() - 1).add(e.attr("href"));
            }
        }
        if (headings.isEmpty()) {
            return DocumentText.of(text, CorpusSegmenter.split(text)).title(title);
        }
        // each heading starts a line of the extracted text, in order; the same words inside a paragraph do not count
        List<Integer> starts = new ArrayList<>();
        List<Integer> found = new ArrayList<>();
        int from = 0;
        for (int h = 0; h < headings.size(); h++) {
            int at = text.indexOf(headings.get(h), from);
            while (at > 0 && text.charAt(at - 1) != '\n') {
                at = text.indexOf(headings.get(h), at + 1);
            }
            if (at >= 0) {
                starts.add(at);
                found.add(h);
                from = at + headings.get(h).length();
            }
        }
        List<CorpusSegmenter.Item> items = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            String body = text.substring(start, end);
            List<String> urls = new ArrayList<>(links.get(found.get(i) + 1));
            CorpusSegmenter.urls(body).stream().filter(u -> !urls.contains(u)).forEach(urls::add);
            items.add(new CorpusSegmenter.Item(CorpusSegmenter.titleOf(body), start, end, urls,
                    CorpusSegmenter.hashtags(body)));
        }
        return DocumentText.of(text, items).title(title);
    }
}
