package org.w3id.cailloux.node.curation.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.cailloux.node.curation.Actor;
import org.w3id.cailloux.node.curation.CurationActors;
import org.w3id.cailloux.node.curation.hub.CurationService;
import org.w3id.cailloux.node.curation.hub.Impact;
import org.w3id.cailloux.node.curation.hub.ImpactJson;
import org.w3id.cailloux.node.curation.hub.ProposalView;
import org.w3id.cailloux.node.curation.store.CurationStore;
import org.w3id.cailloux.node.curation.store.Proposal;
import org.w3id.cailloux.node.curation.store.ProposalState;
import org.w3id.cailloux.node.curation.problems.CurationRequestProblem;
import org.w3id.cailloux.node.curation.web.CurationPages;
import org.w3id.cailloux.node.publishing.ClientLanguage;
import org.w3id.cailloux.node.rdf.ContentNegotiation;
import org.w3id.cailloux.node.rdf.NotAcceptableProblem;

/**
 * {@code /vocabulary/proposals} on the hub: typed change requests, their threads and decisions. JSON, an HTML page for
 * browsers, and TriG for a single proposal, by content negotiation. Writes need credentials ({@link CurationActors}).
 */
@Controller("/vocabulary/proposals")
@Requires(property = "cailloux.vocabulary.hub", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProposalsController {

    private static final String TRIG = "application/trig";
    private static final List<String> LIST_OFFERS = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON);
    private static final List<String> ONE_OFFERS = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, TRIG);

    private final CurationService curation;
    private final CurationActors actors;
    private final JsonBodies bodies;
    private final CurationPages pages;
    private final Impact impact;

    ProposalsController(CurationService curation, CurationActors actors, JsonBodies bodies, CurationPages pages, Impact impact) {
        this.impact = impact;
        this.curation = curation;
        this.actors = actors;
        this.bodies = bodies;
        this.pages = pages;
    }

    @Get
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @Header(HttpHeaders.ACCEPT) String accept,
                         @Nullable @QueryValue String state, @Nullable @QueryValue String kind, @Nullable @QueryValue String proposer,
                         @Nullable @QueryValue String node, @Nullable @QueryValue String concept) {
        if (state != null && !state.isBlank() && ProposalState.ofCode(state).isEmpty()) {
            throw new CurationRequestProblem("state is one of draft, submitted, in-review, accepted, rejected, withdrawn, released.");
        }
        CurationStore.Filter filter = new CurationStore.Filter(blank(state), blank(kind), blank(proposer), blank(node), blank(concept));
        Optional<Actor> viewer = actors.find(request, null);
        List<Proposal> found = curation.list(filter, viewer.orElse(null));
        String chosen = ContentNegotiation.choose(accept, LIST_OFFERS).orElseThrow(() -> new NotAcceptableProblem(accept, LIST_OFFERS));
        if (chosen.equals(MediaType.TEXT_HTML)) {
            return pages.queue(request, filter, found);
        }
        return HttpResponse.ok(Map.of("proposals", found.stream().map(p -> ProposalJson.of(p, curation.url(p.id()))).toList()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    @Post
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<Map<String, Object>> propose(HttpRequest<?> request, @Nullable @Body byte[] body,
                                              @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Actor actor = actors.require(request, body);
        Proposal made = curation.propose(actor, bodies.object(body), ClientLanguage.of(language));
        return HttpResponse.created(ProposalJson.of(curation.view(made.id(), actor)), URI.create(curation.url(made.id())));
    }

    @Get("/{id}")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, TRIG, MediaType.ALL})
    HttpResponse<?> one(HttpRequest<?> request, long id, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        Actor viewer = actors.find(request, null).orElse(null);
        String chosen = ContentNegotiation.choose(accept, ONE_OFFERS).orElseThrow(() -> new NotAcceptableProblem(accept, ONE_OFFERS));
        ProposalView view = curation.view(id, viewer);
        if (chosen.equals(MediaType.TEXT_HTML)) {
            return pages.proposal(request, view, ImpactJson.of(impact.of(view)));
        }
        if (chosen.equals(TRIG)) {
            return HttpResponse.ok(ProposalRdf.trig(view)).contentType(TRIG + "; charset=utf-8").header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        return HttpResponse.ok(ProposalJson.of(view)).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    @Get("/{id}/impact")
    @Produces(MediaType.APPLICATION_JSON)
    Map<String, Object> impact(HttpRequest<?> request, long id) {
        Actor viewer = actors.find(request, null).orElse(null);
        return ImpactJson.of(impact.of(curation.view(id, viewer)));
    }

    @Put("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    Map<String, Object> edit(HttpRequest<?> request, long id, @Nullable @Body byte[] body,
                             @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Actor actor = actors.require(request, body);
        curation.edit(actor, id, bodies.object(body), ClientLanguage.of(language));
        return ProposalJson.of(curation.view(id, actor));
    }

    @Post("/{id}/submit")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    Map<String, Object> submit(HttpRequest<?> request, long id, @Nullable @Body byte[] body) {
        Actor actor = actors.require(request, body);
        curation.submit(actor, id);
        return ProposalJson.of(curation.view(id, actor));
    }

    @Post("/{id}/withdraw")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    Map<String, Object> withdraw(HttpRequest<?> request, long id, @Nullable @Body byte[] body) {
        Actor actor = actors.require(request, body);
        Map<String, Object> json = body == null || body.length == 0 ? Map.of() : bodies.object(body);
        curation.withdraw(actor, id, json.get("reason") instanceof String s ? s : null);
        return ProposalJson.of(curation.view(id, actor));
    }

    @Post("/{id}/comments")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<Map<String, Object>> comment(HttpRequest<?> request, long id, @Nullable @Body byte[] body) {
        Actor actor = actors.require(request, body);
        Map<String, Object> json = bodies.object(body);
        var comment = curation.comment(actor, id, json.get("text") instanceof String s ? s : null);
        return HttpResponse.created(ProposalJson.comment(comment), URI.create(curation.url(id) + "#comment-" + comment.id()));
    }

    @Post("/{id}/decision")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    Map<String, Object> decide(HttpRequest<?> request, long id, @Nullable @Body byte[] body,
                               @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Actor actor = actors.require(request, body);
        Map<String, Object> json = bodies.object(body);
        curation.decide(actor, id, json.get("decision") instanceof String s ? s : null,
                json.get("reason") instanceof String s ? s : null, ClientLanguage.of(language));
        return ProposalJson.of(curation.view(id, actor));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
