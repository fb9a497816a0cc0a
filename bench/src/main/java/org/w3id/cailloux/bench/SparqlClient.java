package org.w3id.cailloux.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;

/**
 * SPARQL 1.1 Protocol client used the same way against both endpoints: POST of an HTML form
 * ({@code query=...}), the same Accept header, the whole answer read before the clock stops.
 */
final class SparqlClient {

    /** One answer: its raw bytes and how long it took, from sending to the last byte. */
    record Answer(byte[] body, long nanos) {}

    private final HttpClient http;

    SparqlClient(HttpClient http) {
        this.http = http;
    }

    /** Runs {@code query} on {@code endpoint}; fails unless the answer is 200. */
    Answer run(URI endpoint, ResearcherQuery query) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", query.accept())
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8)))
                .build();
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - started;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(endpoint + " answered " + response.statusCode() + " to " + query.name() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return new Answer(response.body(), nanos);
        } catch (IOException e) {
            throw new UncheckedIOException(endpoint + " failed on " + query.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The size of an answer: rows of a SELECT, triples of a graph, 1 or 0 for ASK. */
    static int size(ResearcherQuery query, Answer answer) {
        if (query.graphResult()) {
            AtomicInteger triples = new AtomicInteger();
            RDFParser.source(new ByteArrayInputStream(answer.body())).lang(Lang.NTRIPLES).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple triple) {
                    triples.incrementAndGet();
                }
            });
            return triples.get();
        }
        if (query.askResult()) {
            return ResultSetMgr.readBoolean(new ByteArrayInputStream(answer.body()), ResultSetLang.RS_JSON) ? 1 : 0;
        }
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(answer.body()), ResultSetLang.RS_JSON);
        int count = 0;
        while (rows.hasNext()) {
            rows.next();
            count++;
        }
        return count;
    }
}
