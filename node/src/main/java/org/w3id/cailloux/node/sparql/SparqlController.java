package org.w3id.cailloux.node.sparql;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.w3id.cailloux.node.NodeIdentity;

/**
 * {@code /sparql}: the node's SPARQL 1.1 Protocol endpoint, query only. GET with {@code query=}, POST
 * as a form or an {@code application/sparql-query} body; GET without a query gives the Service
 * Description. The work is {@link SparqlQuery}'s; this class only reads the request and picks the format.
 */
@Controller("/sparql")
// Without this, Micronaut refuses (403) browsers from other origins when the node runs on localhost;
// it also answers CORS preflights; SparqlCorsFilter then states Access-Control-Allow-Origin: *
@CrossOrigin(allowedOriginsRegex = ".*", allowedMethods = {HttpMethod.GET, HttpMethod.POST},
        exposedHeaders = {SparqlResponses.TRUNCATED, SparqlResponses.ANSWER}, allowCredentials = false, maxAge = 86400)
public class SparqlController {

    private final SparqlQuery sparqlQuery;
    private final ServiceDescription serviceDescription;
    private final NodeIdentity identity;

    SparqlController(SparqlQuery sparqlQuery, ServiceDescription serviceDescription, NodeIdentity identity) {
        this.sparqlQuery = sparqlQuery;
        this.serviceDescription = serviceDescription;
        this.identity = identity;
    }

    // Micronaut answers 406 itself unless the route lists what it produces; */* lets every Accept reach
    // the negotiation below, whose 406 problem says what is offered
    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Produces({"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
            MediaType.APPLICATION_JSON, "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml",
            MediaType.ALL})
    HttpResponse<?> get(HttpRequest<?> request, @Nullable @Header(HttpHeaders.ACCEPT) String accept,
                        @Nullable @Header(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        ProtocolRequest protocol = ProtocolRequest.ofGet(request.getParameters());
        if (protocol.query() == null) {
            String mediaType = SparqlResponses.negotiateRdf(accept);
            return SparqlResponses.of(serviceDescription.describe(identity.baseUri() + "sparql", identity.baseUri()), mediaType);
        }
        return answer(protocol, accept, cacheControl);
    }

    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Consumes(MediaType.ALL)
    @Produces({"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
            MediaType.APPLICATION_JSON, "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml",
            MediaType.ALL})
    HttpResponse<?> post(HttpRequest<?> request, @Nullable @Header(HttpHeaders.ACCEPT) String accept,
                         @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
                         @Nullable @Header(HttpHeaders.CACHE_CONTROL) String cacheControl, @Nullable @Body String body) {
        return answer(ProtocolRequest.ofPost(contentType, body, request.getParameters()), accept, cacheControl);
    }

    private HttpResponse<?> answer(ProtocolRequest protocol, @Nullable String accept, @Nullable String cacheControl) {
        if (!SparqlResponses.wantsFresh(cacheControl)) {
            Optional<AnswerCache.Kept> kept = sparqlQuery.cached(protocol);
            if (kept.isPresent()) {
                return SparqlResponses.of(kept.get(), SparqlResponses.negotiate(kept.get().answer(), accept)).header(SparqlResponses.ANSWER, "cached");
            }
        }
        Query query = sparqlQuery.validate(protocol, identity.baseUri() + "sparql");
        String mediaType = SparqlResponses.negotiate(query, accept);
        return SparqlResponses.of(sparqlQuery.execute(protocol, query), mediaType).header(SparqlResponses.ANSWER, "evaluated");
    }

}
