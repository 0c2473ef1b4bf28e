package io.rfy.metadata;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.rfy.ids.ArxivId;
import io.rfy.ids.Doi;
import io.rfy.ids.OpenReviewId;

/**
 * Paper metadata from an identifier, the one lookup the CLI ({@code rfy new review}, {@code rfy papers fill},
 * {@code rfy validate --online}) and the IDE call: arXiv (Atom) with affiliations from OpenAlex, Crossref for other
 * DOIs, OpenReview for its submissions. Answers are cached (see {@link MetadataCache}); offline, only the cache is
 * read. Every failure is a {@link MetadataException} whose message says what happened; nothing is cached then.
 */
public final class MetadataLookup {

    private final Endpoints endpoints;
    private final MetadataCache cache;
    private final LookupSettings settings;
    private final PoliteHttp http;
    /** Services this lookup could not reach: the papers after the first are not made to wait for the same answer. */
    private final java.util.Map<String, MetadataException> unreachable = new java.util.HashMap<>();

    public MetadataLookup(Endpoints endpoints, MetadataCache cache, LookupSettings settings) {
        this.endpoints = endpoints;
        this.cache = cache;
        this.settings = settings;
        this.http = new PoliteHttp(settings.timeout());
    }

    /** The record of the paper with this identifier. */
    public PaperRecord lookup(PaperIdentifier id) throws MetadataException {
        if (id instanceof PaperIdentifier.Arxiv a) {
            return arxiv(a.id());
        }
        if (id instanceof PaperIdentifier.DoiName d) {
            return d.doi().isArxiv() ? arxiv(ArxivId.parse(d.doi().value()).orElseThrow()) : crossref(d.doi());
        }
        return openReview(((PaperIdentifier.OpenReview) id).id());
    }

    private PaperRecord arxiv(ArxivId id) throws MetadataException {
        String key = id.withVersion();
        URI uri = URI.create(endpoints.arxiv() + "?id_list=" + encode(key) + "&max_results=1");
        List<String> arxivAffiliations = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        PaperRecord record = fetch(ArxivFeed.SERVICE, key, "xml", uri, settings.arxivInterval(),
                body -> ArxivFeed.parse(body, id, arxivAffiliations), notes);
        // OpenAlex knows arXiv papers by arXiv's DOI, which every arXiv paper has
        String doi = "10.48550/arxiv." + id.id();
        URI openAlex = URI.create(endpoints.openAlex() + "/works/doi:" + path(doi));
        List<String> affiliations;
        try {
            affiliations = fetch(OpenAlexWork.SERVICE, doi, "json", openAlex, Duration.ZERO,
                    body -> OpenAlexWork.affiliations(body, doi), notes);
        } catch (MetadataException e) {
            boolean noRecord = e.getMessage().startsWith(OpenAlexWork.SERVICE + " has no record");
            if (!noRecord && !settings.offline()) {
                throw e;
            }
            // a paper too new for OpenAlex still has its arXiv record; what is missing is said, not invented
            affiliations = List.of();
            notes.add((noRecord ? "OpenAlex has no record of " + doi : "OpenAlex's answer is not in the cache")
                    + ": affiliations " + (arxivAffiliations.isEmpty() ? "left empty" : "as arXiv lists them"));
        }
        if (!affiliations.isEmpty()) {
            record = record.withAffiliations(affiliations, OpenAlexWork.SERVICE);
        } else if (!arxivAffiliations.isEmpty()) {
            record = record.withAffiliations(arxivAffiliations, null);
        }
        return withNotes(record, notes);
    }

    private PaperRecord crossref(Doi doi) throws MetadataException {
        URI uri = URI.create(endpoints.crossref() + "/works/" + path(doi.value()));
        List<String> notes = new ArrayList<>();
        return withNotes(fetch(CrossrefWork.SERVICE, doi.key(), "json", uri, Duration.ZERO,
                body -> CrossrefWork.parse(body, doi), notes), notes);
    }

    private PaperRecord openReview(OpenReviewId id) throws MetadataException {
        URI uri = URI.create(endpoints.openReview() + "/notes?id=" + encode(id.id()));
        List<String> notes = new ArrayList<>();
        return withNotes(fetch(OpenReviewNote.SERVICE, id.id(), "json", uri, Duration.ZERO,
                body -> OpenReviewNote.parse(body, id), notes), notes);
    }

    /** The record with what the lookup noted on the way (a cache that could not be written, a missing record). */
    private static PaperRecord withNotes(PaperRecord record, List<String> notes) {
        for (String note : notes) {
            record = record.withNote(note);
        }
        return record;
    }

    /** Reads one answer into what {@code reader} makes of it. */
    private interface Reader<T> {
        T read(String body) throws MetadataException;
    }

    /** The cached answer, else (online) the service's, kept in the cache once it was read without error. */
    private <T> T fetch(String service, String key, String extension, URI uri, Duration interval, Reader<T> reader,
            List<String> notes) throws MetadataException {
        Optional<String> cached = cache.read(service, key, extension);
        if (cached.isPresent()) {
            try {
                return reader.read(cached.get());
            } catch (MetadataException e) {
                if (settings.offline()) {
                    throw new MetadataException("the cached answer " + cache.describe(service, key, extension)
                            + " cannot be read: " + e.getMessage());
                }
                // a damaged cache file: ask again
            }
        }
        if (settings.offline()) {
            throw new MetadataException(service + " was not asked (--offline) and " + cache.describe(service, key, extension)
                    + " holds no answer for " + key + "; run once without --offline");
        }
        MetadataException down = unreachable.get(service);
        if (down != null) {
            throw new MetadataException(down.getMessage());
        }
        String body;
        try {
            body = http.get(service, uri, interval);
        } catch (MetadataException e) {
            if (e.getMessage().startsWith("cannot reach ")) {
                unreachable.put(service, e);
            }
            throw e;
        }
        T value = reader.read(body);
        cache.write(service, key, extension, body).ifPresent(notes::add);
        return value;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A DOI as a URL path: its slashes kept, everything else outside the unreserved characters escaped. */
    static String path(String doi) {
        StringBuilder b = new StringBuilder();
        for (byte c : doi.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (c & 0xff);
            if (Character.isLetterOrDigit(ch) && ch < 128 || "-._~/:;()".indexOf(ch) >= 0) {
                b.append(ch);
            } else {
                b.append('%').append(String.format("%02X", c & 0xff));
            }
        }
        return b.toString();
    }
}
