package org.w3id.cailloux.node.federation;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.cors.CorsFilter;
import org.w3id.cailloux.node.sparql.SparqlResponses;

/**
 * Lets browsers on any origin read {@code /federation/*} answers, as {@code /sparql}'s, with
 * {@code Access-Control-Allow-Origin: *} and the federation's headers exposed (see {@code SparqlCorsFilter}).
 */
@ServerFilter({"/federation/sparql", "/federation/explain"})
public class FederationCorsFilter implements Ordered {

    @ResponseFilter
    void allowAnyOrigin(MutableHttpResponse<?> response) {
        response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                SparqlResponses.TRUNCATED + ", " + SourcesHeader.SOURCES + ", " + SourcesHeader.FAILED + ", Server-Timing");
    }

    @Override
    public int getOrder() {
        // Response filters run in reverse order: a lower order than the CORS filter's runs after it
        return CorsFilter.CORS_FILTER_ORDER - 1;
    }
}
