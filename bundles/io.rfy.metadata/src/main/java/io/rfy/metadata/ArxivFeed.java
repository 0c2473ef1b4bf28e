package io.rfy.metadata;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import io.rfy.ids.ArxivId;

/**
 * The arXiv API's answer (an Atom feed with {@code arxiv:} and {@code opensearch:} elements) read into a record:
 * title and abstract unwrapped, authors (with {@code arxiv:affiliation} where given), the year of {@code published}
 * (version 1), {@code arxiv:doi} unless it is arXiv's own, and a GitHub repository named in the abstract or
 * {@code arxiv:comment} as the code link. The API's own failure forms are errors: an entry titled "Error" (a
 * malformed id; HTTP 400 or 200), a feed without entries (no such paper), and the plain text "Rate exceeded.".
 */
final class ArxivFeed {

    static final String SERVICE = "arXiv";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ARXIV = "http://arxiv.org/schemas/atom";

    private ArxivFeed() {
    }

    /**
     * @param asked the id asked for (its version, if any, is the one the record names)
     * @param arxivAffiliations the affiliations arXiv lists for the authors, filled here (OpenAlex is asked first)
     */
    static PaperRecord parse(String body, ArxivId asked, List<String> arxivAffiliations) throws MetadataException {
        if (body.strip().startsWith("Rate exceeded")) {
            throw new MetadataException("arXiv is limiting requests (\"Rate exceeded.\"); wait a minute before asking"
                    + " again; nothing was written");
        }
        Document doc = xml(body);
        List<Element> entries = children(doc.getDocumentElement(), ATOM, "entry");
        if (entries.isEmpty()) {
            throw new MetadataException("arXiv has no paper " + asked.withVersion());
        }
        Element entry = entries.get(0);
        String title = oneLine(text(entry, ATOM, "title"));
        String id = text(entry, ATOM, "id");
        if ("Error".equals(title) || id != null && id.contains("/api/errors")) {
            throw new MetadataException("arXiv refused the query for " + asked.withVersion() + ": "
                    + oneLine(Optional.ofNullable(text(entry, ATOM, "summary")).orElse("(no reason given)")));
        }
        if (title == null || title.isEmpty()) {
            throw new MetadataException("arXiv's answer for " + asked.withVersion() + " has no title");
        }
        List<String> authors = new ArrayList<>();
        Set<String> affiliations = new LinkedHashSet<>();
        for (Element author : children(entry, ATOM, "author")) {
            String name = oneLine(text(author, ATOM, "name"));
            if (name != null && !name.isEmpty()) {
                authors.add(name);
            }
            for (Element affiliation : children(author, ARXIV, "affiliation")) {
                String a = oneLine(affiliation.getTextContent());
                if (!a.isEmpty()) {
                    affiliations.add(a);
                }
            }
        }
        arxivAffiliations.addAll(affiliations);
        String published = text(entry, ATOM, "published");
        Integer year = published != null && published.strip().matches("\\d{4}-.*")
                ? Integer.valueOf(published.strip().substring(0, 4)) : null;
        String doi = Optional.ofNullable(text(entry, ARXIV, "doi")).map(String::strip)
                .flatMap(io.rfy.ids.Doi::parse).filter(d -> !d.isArxiv()).map(io.rfy.ids.Doi::value).orElse(null);
        String summary = text(entry, ATOM, "summary");
        String comment = text(entry, ARXIV, "comment");
        String code = CodeLinks.find(summary).or(() -> CodeLinks.find(comment)).orElse(null);
        // the version asked for is kept (the workspace's version policy); the feed's own id names the latest
        ArxivId paper = asked;
        if (id != null) {
            paper = ArxivId.parse(id.strip()).map(found -> asked.version() == 0 ? new ArxivId(found.id(), 0) : asked)
                    .orElse(asked);
        }
        return new PaperRecord(SERVICE, title, authors, List.of(), year, paper.withVersion(), doi, paper.absUrl(), code,
                List.of());
    }

    private static Document xml(String body) throws MetadataException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // an answer is data: no DTDs, no external entities
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(body)));
        } catch (SAXException e) {
            throw new MetadataException("arXiv's answer is not the Atom feed it should be (" + e.getMessage()
                    + "); nothing was written");
        } catch (ParserConfigurationException | IOException e) {
            throw new MetadataException("cannot read arXiv's answer: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String ns, String name) {
        List<Element> found = children(parent, ns, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    /** Titles and abstracts are hard-wrapped in the feed. */
    static String oneLine(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }
}
