package org.w3id.cailloux.node.sparql;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.cors.CorsFilter;

/**
 * Lets browsers on any origin read {@code /sparql}'s answers, errors included, with
 * {@code Access-Control-Allow-Origin: *}: the endpoint is public and takes no credentials, so a query
 * page such as YASGUI on another site can use it. Micronaut's CORS filter, enabled for the route by
 * {@code @CrossOrigin} on {@link SparqlController}, echoes the request's origin; this filter runs after
 * it and states {@code *}. Preflight requests are answered by Micronaut before any application filter,
 * so they carry the echoed origin, which browsers accept just the same.
 */
@ServerFilter("/sparql")
public class SparqlCorsFilter implements Ordered {

    @ResponseFilter
    void allowAnyOrigin(MutableHttpResponse<?> response) {
        response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, SparqlResponses.TRUNCATED + ", " + SparqlResponses.ANSWER);
    }

    @Override
    public int getOrder() {
        // Response filters run in reverse order: a lower order than the CORS filter's runs after it
        return CorsFilter.CORS_FILTER_ORDER - 1;
    }
}
