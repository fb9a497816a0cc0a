package org.w3id.cailloux.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.query.Query;

/** A plain SPARQL 1.1 Protocol client over the JDK's HTTP client, so tests see status, headers and timing. */
public final class SparqlHttp {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration timeout;

    /** A client that gives up on an answer after {@code timeout}. */
    public SparqlHttp(Duration timeout) {
        this.timeout = timeout;
    }

    /** What came back, and how long it took. */
    public record Response(int status, HttpResponse<byte[]> raw, Duration elapsed) {

        /** The first value of the header, or null. */
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The body as text. */
        public String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        /** The body read as an answer to {@code query}. */
        public Answer answer(Query query) {
            if (status != 200) {
                throw new AssertionError("HTTP " + status + ": " + text());
            }
            return Answer.parse(query, header("Content-Type"), raw.body());
        }
    }

    /** POSTs the query as a form ({@code query=...}), asking for JSON results or N-Triples. */
    public Response post(String endpoint, Query query) {
        return post(endpoint, query.toString(), accept(query));
    }

    /** POSTs the query text as a form, with this Accept header. */
    public Response post(String endpoint, String queryText, String accept) {
        return send(form(endpoint, queryText, accept).build());
    }

    /** POSTs the query with {@code Cache-Control: no-cache}: the federating node asks every node again. */
    public Response postFresh(String endpoint, Query query) {
        return send(form(endpoint, query.toString(), accept(query)).header("Cache-Control", "no-cache").build());
    }

    private HttpRequest.Builder form(String endpoint, String queryText, String accept) {
        return HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(queryText, StandardCharsets.UTF_8)));
    }

    /** GETs a URL (e.g. {@code /federation/peers}). */
    public Response get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", accept).GET().build());
    }

    private Response send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException("No answer from " + request.uri() + " after " + Duration.ofNanos(System.nanoTime() - start), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The media type to ask for, given the query's form. */
    public static String accept(Query query) {
        return query.isSelectType() || query.isAskType() ? "application/sparql-results+json" : "application/n-triples";
    }
}
