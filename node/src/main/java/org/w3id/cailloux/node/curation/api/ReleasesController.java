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
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.reactivestreams.Publisher;
import org.w3id.cailloux.node.curation.Actor;
import org.w3id.cailloux.node.curation.CurationActors;
import org.w3id.cailloux.node.curation.distribution.VocabularyFeed;
import org.w3id.cailloux.node.curation.hub.Changelog;
import org.w3id.cailloux.node.curation.hub.CurationService;
import org.w3id.cailloux.node.curation.hub.HubVocabulary;
import org.w3id.cailloux.node.curation.hub.Releases;
import org.w3id.cailloux.node.curation.problems.CurationRequestProblem;
import org.w3id.cailloux.node.curation.problems.ProposalNotFoundProblem;
import org.w3id.cailloux.node.curation.review.Reviewer;
import org.w3id.cailloux.node.curation.store.CurationStore;
import org.w3id.cailloux.node.curation.store.Release;
import org.w3id.cailloux.node.curation.web.CurationPages;
import org.w3id.cailloux.node.publishing.record.RecordCodec;
import org.w3id.cailloux.node.rdf.ContentNegotiation;
import org.w3id.cailloux.node.rdf.NotAcceptableProblem;
import org.w3id.cailloux.node.rdf.RdfFormat;
import org.w3id.cailloux.node.security.ForbiddenProblem;
import org.w3id.cailloux.node.vocabulary.VocabularyRepresentations;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/**
 * The hub's releases and what it publishes: {@code /vocabulary/releases} (list, and a coordinator's new release),
 * {@code /vocabulary/versions/{version}} (each version forever, by content negotiation), {@code /vocabulary/changes}
 * (the changelog between two versions), {@code /vocabulary/candidates}, {@code /vocabulary/checks} (severities),
 * {@code /vocabulary/audit} and the feed nodes listen to, {@code /vocabulary/feed}.
 */
@Controller("/vocabulary")
@Requires(property = "cailloux.vocabulary.hub", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReleasesController {

    private static final String TRIG = "application/trig";
    private static final List<String> PAGE_OR_JSON = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON);

    private final Releases releases;
    private final CurationService curation;
    private final HubVocabulary hub;
    private final CurationActors actors;
    private final JsonBodies bodies;
    private final VocabularyFeed feed;
    private final Reviewer reviewer;
    private final CurationStore store;
    private final CurationPages pages;
    private final VocabularyRepresentations representations;

    ReleasesController(VocabularyRepresentations representations, Releases releases, CurationService curation, HubVocabulary hub, CurationActors actors, JsonBodies bodies,
                       VocabularyFeed feed, Reviewer reviewer, CurationStore store, CurationPages pages) {
        this.releases = releases;
        this.curation = curation;
        this.hub = hub;
        this.actors = actors;
        this.bodies = bodies;
        this.feed = feed;
        this.reviewer = reviewer;
        this.store = store;
        this.pages = pages;
        this.representations = representations;
    }

    @Get("/releases")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        String chosen = ContentNegotiation.choose(accept, PAGE_OR_JSON).orElseThrow(() -> new NotAcceptableProblem(accept, PAGE_OR_JSON));
        List<Release> all = releases.all();
        Releases.Next next = releases.next();
        if (chosen.equals(MediaType.TEXT_HTML)) {
            return pages.releases(request, all, next);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("latest", all.get(all.size() - 1).version());
        json.put("releases", all.stream().map(this::releaseJson).toList());
        Map<String, Object> upcoming = new LinkedHashMap<>();
        upcoming.put("version", next.version());
        upcoming.put("proposals", next.proposals().stream().map(p -> ProposalJson.of(p, curation.url(p.id()))).toList());
        json.put("next", upcoming);
        return HttpResponse.ok(json).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    @Post("/releases")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<Map<String, Object>> release(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Actor actor = actors.require(request, body);
        Map<String, Object> json = body == null || body.length == 0 ? Map.of() : bodies.object(body);
        Release made = releases.release(actor, json.get("version") instanceof String v ? v : null,
                json.get("note") instanceof String n ? n : null);
        return HttpResponse.created(releaseJson(made), URI.create(versionUrl(made.version())));
    }

    @Get("/versions/{version}")
    @Produces({MediaType.TEXT_HTML, "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", MediaType.ALL})
    HttpResponse<?> version(HttpRequest<?> request, String version, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        Release release = releases.find(version).orElseThrow(() -> new ProposalNotFoundProblem("No release " + version
                + " on this hub; GET /vocabulary/releases lists them."));
        List<String> offers = new ArrayList<>(List.of(MediaType.TEXT_HTML));
        offers.addAll(RdfFormat.mediaTypes());
        String chosen = ContentNegotiation.choose(accept, offers).orElseThrow(() -> new NotAcceptableProblem(accept, offers));
        String etag = "\"" + version + "\"";
        if (!chosen.equals(MediaType.TEXT_HTML) && etag.equals(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH))) {
            return HttpResponse.notModified().header(HttpHeaders.ETAG, etag);
        }
        if (chosen.equals(MediaType.TEXT_HTML)) {
            List<Release> withDeltas = new ArrayList<>(store.inTransaction(tx -> tx.releases(true)));
            withDeltas.sort(java.util.Comparator.comparing(r -> org.w3id.cailloux.node.vocabulary.SemanticVersion.parse(r.version())));
            return pages.release(request, release, withDeltas);
        }
        RdfFormat format = RdfFormat.ofMediaType(chosen).orElseThrow();
        return HttpResponse.ok(representations.serialise(RecordCodec.decode(release.content()), format))
                .contentType(format.mediaType() + "; charset=utf-8")
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    @Get("/changes")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, TRIG, MediaType.ALL})
    HttpResponse<?> changes(HttpRequest<?> request, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                            @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        List<Release> all = releases.all();
        String first = from == null || from.isBlank() ? all.get(0).version() : from.strip();
        String last = to == null || to.isBlank() ? all.get(all.size() - 1).version() : to.strip();
        int a = index(all, first);
        int b = index(all, last);
        if (a > b) {
            throw new CurationRequestProblem("from (" + first + ") comes after to (" + last + "): give the older version first.");
        }
        List<Release> withDeltas = store.inTransaction(tx -> tx.releases(true));
        withDeltas.sort(java.util.Comparator.comparing(r -> org.w3id.cailloux.node.vocabulary.SemanticVersion.parse(r.version())));
        Changelog log = Changelog.between(withDeltas, first, last);
        List<String> offers = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, TRIG);
        String chosen = ContentNegotiation.choose(accept, offers).orElseThrow(() -> new NotAcceptableProblem(accept, offers));
        if (chosen.equals(MediaType.TEXT_HTML)) {
            return pages.changelog(request, log, all);
        }
        if (chosen.equals(TRIG)) {
            DatasetGraph delta = DatasetGraphFactory.createGeneral();
            for (Changelog.Step step : log.steps()) {
                String v = versionUrl(step.release().version());
                delta.addGraph(NodeFactory.createURI(v + "/insertions"), step.delta().insertions());
                delta.addGraph(NodeFactory.createURI(v + "/deletions"), step.delta().deletions());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, delta, RDFFormat.TRIG_PRETTY);
            return HttpResponse.ok(out.toByteArray()).contentType(TRIG + "; charset=utf-8").header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", first);
        json.put("to", last);
        json.putAll(log.summary().toJson());
        json.put("steps", log.steps().stream().map(s -> {
            Map<String, Object> step = releaseJson(s.release());
            step.put("insertions", s.delta().insertions().size());
            step.put("deletions", s.delta().deletions().size());
            step.put("delta", versionUrl(s.release().version()));
            return step;
        }).toList());
        return HttpResponse.ok(json).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    @Get("/candidates")
    @Produces({"application/n-triples", "text/turtle", MediaType.ALL})
    HttpResponse<?> candidates(HttpRequest<?> request, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        HubVocabulary.Published published = hub.published();
        List<String> offers = List.of("application/n-triples", "text/turtle");
        String chosen = ContentNegotiation.choose(accept, offers).orElseThrow(() -> new NotAcceptableProblem(accept, offers));
        RdfFormat format = RdfFormat.ofMediaType(chosen).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, published.candidates().graph(), format.writeFormat());
        return HttpResponse.ok(out.toByteArray()).contentType(format.mediaType() + "; charset=utf-8")
                .header(HttpHeaders.ETAG, "\"" + published.candidates().tag() + "\"")
                .header("Cailloux-Candidates", Integer.toString(published.candidates().count()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    @Get("/checks")
    @Produces(MediaType.APPLICATION_JSON)
    Map<String, Object> checks() {
        Map<String, String> severities = hub.severities();
        return Map.of("checks", reviewer.checks().stream().map(c -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", c.id());
            json.put("severity", severities.get(c.id()));
            json.put("defaultSeverity", c.defaultSeverity().code());
            json.put("description", c.description());
            json.put("descriptionFr", c.descriptionFr());
            return json;
        }).toList());
    }

    @Put("/checks/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    Map<String, Object> severity(HttpRequest<?> request, String id, @Nullable @Body byte[] body) {
        Actor actor = actors.require(request, body);
        Map<String, Object> json = bodies.object(body);
        curation.setSeverity(actor, id, json.get("severity") instanceof String s ? s : null);
        return checks();
    }

    @Get("/audit")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<?> audit(HttpRequest<?> request, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        Actor actor = pages.viewer(request).or(() -> actors.find(request, null))
                .orElseThrow(() -> new org.w3id.cailloux.node.security.UnauthorizedProblem("The audit trail is for coordinators: sign in."));
        if (!actor.coordinates()) {
            throw new ForbiddenProblem("The audit trail is for coordinators; the account " + actor.username() + " is " + actor.role().code() + ".");
        }
        var entries = store.inTransaction(tx -> tx.auditTrail(500));
        String chosen = ContentNegotiation.choose(accept, PAGE_OR_JSON).orElseThrow(() -> new NotAcceptableProblem(accept, PAGE_OR_JSON));
        if (chosen.equals(MediaType.TEXT_HTML)) {
            return pages.audit(request, entries);
        }
        return HttpResponse.ok(Map.of("entries", entries.stream().map(e -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("at", e.at().toString());
            json.put("actor", e.actor());
            json.put("actorNode", e.actorNode());
            json.put("action", e.action());
            json.put("proposal", e.proposalId());
            json.put("version", e.version());
            json.put("detail", e.detail());
            return json;
        }).toList()));
    }

    @Get("/feed")
    @Produces(MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<String>> feed() {
        return feed.events();
    }

    private Map<String, Object> releaseJson(Release r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", r.version());
        json.put("versionIri", TransitionVocabulary.VERSION_IRI_BASE + r.version());
        json.put("url", versionUrl(r.version()));
        json.put("priorVersion", r.priorVersion());
        json.put("issued", r.issuedAt().toString());
        json.put("releasedBy", r.releasedBy());
        json.put("note", r.note());
        return json;
    }

    private String versionUrl(String version) {
        return curation.versionUrl(version);
    }

    private static int index(List<Release> all, String version) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).version().equals(version)) {
                return i;
            }
        }
        throw new ProposalNotFoundProblem("No release " + version + " on this hub; GET /vocabulary/releases lists them.");
    }
}
