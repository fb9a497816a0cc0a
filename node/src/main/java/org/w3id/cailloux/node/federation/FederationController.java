package org.w3id.cailloux.node.federation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Query;
import org.reactivestreams.Publisher;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.sparql.ProtocolRequest;
import org.w3id.cailloux.node.sparql.SparqlResponses;

/**
 * {@code /federation/sparql}: the SPARQL 1.1 Protocol over the whole network, exactly as {@code /sparql}
 * speaks it (GET, form POST, {@code application/sparql-query}; the same formats, limits and problems). The
 * dataset: each node's published data is the named graph named by its node IRI, the default graph is their
 * union plus the vocabulary. Without a query, GET gives the Service Description (one {@code sd:namedGraph} per node).
 * {@code GET /federation/explain?query=} shows the plan as JSON; {@code GET /federation/changes} is this node's
 * change feed ({@link ChangeFeed}). {@code Cache-Control: no-cache} asks every peer again.
 *
 * <p>Every answer names the nodes behind it in {@code Cailloux-Sources}, an RFC 8941 structured-field list:
 * one item per node, its IRI as a string, with parameters {@code status} = {@code answered} | {@code failed} |
 * {@code unneeded}, {@code selection} and {@code data} (requests it got), {@code cached} (its answers kept from
 * before, see {@link PeerAnswerCache} and {@link FederatedAnswerCache}) and, when failed, {@code reason}:
 * <pre>{@code
 * Cailloux-Sources: "http://a.example/";status=answered;selection=1;data=1, "http://b.example/";status=failed;selection=1;data=0;reason="connection refused"
 * Cailloux-Sources-Failed: 1
 * }</pre>
 * A failed node's data is left out of the answer entirely; the others' answer still comes within
 * {@code cailloux.federation.timeout}.
 */
@Controller("/federation")
@CrossOrigin(allowedOriginsRegex = ".*", allowedMethods = {HttpMethod.GET, HttpMethod.POST},
        exposedHeaders = {SparqlResponses.TRUNCATED, SourcesHeader.SOURCES, SourcesHeader.FAILED, "Server-Timing"},
        allowCredentials = false, maxAge = 86400)
public class FederationController {

    private final FederatedQuery federatedQuery;
    private final NodeIdentity identity;
    private final ChangeFeed changes;

    FederationController(FederatedQuery federatedQuery, NodeIdentity identity, ChangeFeed changes) {
        this.federatedQuery = federatedQuery;
        this.identity = identity;
        this.changes = changes;
    }

    @Get("/sparql")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Produces({"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
            MediaType.APPLICATION_JSON, "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml",
            MediaType.ALL})
    HttpResponse<?> get(HttpRequest<?> request, @Nullable @Header(HttpHeaders.ACCEPT) String accept,
                        @Nullable @Header(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        ProtocolRequest protocol = ProtocolRequest.ofGet(request.getParameters());
        if (protocol.query() == null) {
            String mediaType = SparqlResponses.negotiateRdf(accept);
            return SparqlResponses.of(FederationServiceDescription.describe(identity.baseUri() + "federation/sparql", federatedQuery.sources()), mediaType);
        }
        return answer(protocol, accept, cacheControl);
    }

    @Post("/sparql")
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

    @Get("/explain")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> explain(@Nullable @QueryValue String query) {
        ProtocolRequest protocol = new ProtocolRequest(query, List.of(), List.of());
        Query parsed = federatedQuery.validate(protocol, identity.baseUri() + "federation/sparql");
        return HttpResponse.ok(federatedQuery.explain(parsed));
    }

    /** This node's change feed (see {@link ChangeFeed}): what lets federating nodes keep its answers exactly. */
    @Get("/changes")
    @Produces(MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<String>> changes() {
        return changes.events();
    }

    private HttpResponse<?> answer(ProtocolRequest protocol, @Nullable String accept, @Nullable String cacheControl) {
        long started = System.nanoTime();
        Query query = federatedQuery.validate(protocol, identity.baseUri() + "federation/sparql");
        String mediaType = SparqlResponses.negotiate(query, accept);
        FederatedAnswer answer = federatedQuery.execute(protocol, query, !SparqlResponses.wantsFresh(cacheControl));
        MutableHttpResponse<Writable> response = SparqlResponses.of(answer.answer(), mediaType);
        return response.header(SourcesHeader.SOURCES, answer.sources())
                .header(SourcesHeader.FAILED, Long.toString(answer.failed()))
                .header("Server-Timing", String.format(Locale.ROOT, "%s, total;dur=%.1f", answer.timing(), (System.nanoTime() - started) / 1e6));
    }

}
