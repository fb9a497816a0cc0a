package org.w3id.cailloux.node.federation;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the requests a node's {@code /sparql} receives, so that tests can see what the federation sent. */
@ServerFilter("/sparql")
public class SparqlRequestCounter {

    private final AtomicInteger selection = new AtomicInteger();
    private final AtomicInteger data = new AtomicInteger();

    @RequestFilter
    void count(HttpRequest<?> request) {
        // The federation's source-selection questions are SELECTs of EXISTS; its data requests CONSTRUCTs
        String type = request.getContentType().map(Object::toString).orElse("");
        if (type.startsWith("application/sparql-query")) {
            if (request.getHeaders().accept().stream().anyMatch(m -> m.toString().startsWith("application/n-triples"))) {
                data.incrementAndGet();
            } else {
                selection.incrementAndGet();
            }
        }
    }

    /** Source-selection requests (and SERVICE SELECTs) received so far. */
    int selection() {
        return selection.get();
    }

    /** Data requests (CONSTRUCT) received so far. */
    int data() {
        return data.get();
    }
}
