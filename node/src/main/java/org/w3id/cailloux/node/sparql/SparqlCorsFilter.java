package org.w3id.cailloux.node.sparql;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Lets browsers on any origin read {@code /sparql}'s answers, errors included: the endpoint is public
 * and takes no credentials, so {@code *} is safe, and YASGUI on another site can use it.
 */
@ServerFilter("/sparql")
public class SparqlCorsFilter {

    @ResponseFilter
    void allowAnyOrigin(MutableHttpResponse<?> response) {
        response.header("Access-Control-Allow-Origin", "*");
        response.header("Access-Control-Expose-Headers", SparqlResponses.TRUNCATED);
    }
}
