package io.rfy.metadata;

import java.util.function.Function;

/**
 * The base URLs of the metadata services. Each can be pointed elsewhere (a mirror, a local server in tests) by an
 * environment variable: {@code RFY_ARXIV_API}, {@code RFY_OPENALEX_API}, {@code RFY_CROSSREF_API},
 * {@code RFY_OPENREVIEW_API}.
 */
public record Endpoints(String arxiv, String openAlex, String crossref, String openReview) {

    public static final String ARXIV_DEFAULT = "https://export.arxiv.org/api/query";
    public static final String OPENALEX_DEFAULT = "https://api.openalex.org";
    public static final String CROSSREF_DEFAULT = "https://api.crossref.org";
    public static final String OPENREVIEW_DEFAULT = "https://api2.openreview.net";

    /** The public services. */
    public static Endpoints defaults() {
        return new Endpoints(ARXIV_DEFAULT, OPENALEX_DEFAULT, CROSSREF_DEFAULT, OPENREVIEW_DEFAULT);
    }

    /** The public services, except where {@code env} (e.g. {@code System::getenv}) names another base URL. */
    public static Endpoints from(Function<String, String> env) {
        return new Endpoints(base(env, "RFY_ARXIV_API", ARXIV_DEFAULT), base(env, "RFY_OPENALEX_API", OPENALEX_DEFAULT),
                base(env, "RFY_CROSSREF_API", CROSSREF_DEFAULT), base(env, "RFY_OPENREVIEW_API", OPENREVIEW_DEFAULT));
    }

    private static String base(Function<String, String> env, String name, String fallback) {
        String value = env.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        value = value.strip();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
