package org.w3id.cailloux.node.publishing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.publishing.problems.ExperimentGoneProblem;
import org.w3id.cailloux.node.publishing.problems.ExperimentNotFoundProblem;
import org.w3id.cailloux.node.publishing.problems.MalformedRecordProblem;
import org.w3id.cailloux.node.publishing.problems.RevisionNotFoundProblem;
import org.w3id.cailloux.node.publishing.record.ExperimentRecord;
import org.w3id.cailloux.node.publishing.record.RecordCodec;
import org.w3id.cailloux.node.rdf.ContentNegotiation;
import org.w3id.cailloux.node.rdf.NotAcceptableProblem;
import org.w3id.cailloux.node.security.Role;
import org.w3id.cailloux.node.security.Staff;
import org.w3id.cailloux.node.security.StaffAuthenticator;

/** The publishing API: {@code /api/experiments} and each experiment's revisions. Reads are public, writes need an editor. */
@Controller("/api/experiments")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExperimentController {

    private final PublishingService publishing;
    private final ExperimentStore store;
    private final ExperimentSearch search;
    private final RecordReader reader;
    private final RecordWriter writer;
    private final StaffAuthenticator authenticator;
    private final NodeIdentity identity;

    ExperimentController(PublishingService publishing, ExperimentStore store, ExperimentSearch search, RecordReader reader,
                         RecordWriter writer, StaffAuthenticator authenticator, NodeIdentity identity) {
        this.publishing = publishing;
        this.store = store;
        this.search = search;
        this.reader = reader;
        this.writer = writer;
        this.authenticator = authenticator;
        this.identity = identity;
    }

    @Get
    @Produces("application/json")
    Map<String, Object> list(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String theme,
                             @Nullable @QueryValue String status, @Nullable @QueryValue String state,
                             @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        boolean staff = authenticator.authenticate(request).isPresent();
        return search.search(new ExperimentSearch.Criteria(q, theme, status, state, page, size), staff);
    }

    @Post
    @Consumes({"application/json", "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    @Produces({"application/json", "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", MediaType.ALL})
    HttpResponse<?> create(HttpRequest<?> request, @Body byte[] body, @Nullable @QueryValue String state,
                           @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Staff staff = authenticator.require(request, Role.EDITOR);
        ExperimentRecord record = reader.one(contentType(request), body, null);
        StoredExperiment stored = publishing.create(record, state(state), staff.username(), ClientLanguage.of(acceptLanguage));
        return represent(request, stored, HttpResponse.created(URI.create("/api/experiments/" + stored.slug())));
    }

    @Get("/{slug}")
    @Produces({"application/json", "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", MediaType.ALL})
    HttpResponse<?> read(HttpRequest<?> request, @PathVariable String slug) {
        StoredExperiment stored = visible(request, slug);
        return represent(request, stored, HttpResponse.ok());
    }

    @Put("/{slug}")
    @Consumes({"application/json", "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    @Produces({"application/json", "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", MediaType.ALL})
    HttpResponse<?> replace(HttpRequest<?> request, @PathVariable String slug, @Body byte[] body,
                            @Nullable @QueryValue String state, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Staff staff = authenticator.require(request, Role.EDITOR);
        ExperimentRecord record = reader.one(contentType(request), body, slug);
        StoredExperiment stored = publishing.update(record, state(state), ifMatch, staff.username(), ClientLanguage.of(acceptLanguage));
        return represent(request, stored, HttpResponse.ok());
    }

    @Delete("/{slug}")
    @Produces("application/json")
    HttpResponse<Map<String, Object>> delete(HttpRequest<?> request, @PathVariable String slug,
                                             @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        Staff staff = authenticator.require(request, Role.EDITOR);
        StoredExperiment deleted = publishing.delete(slug, ifMatch, staff.username());
        return HttpResponse.ok(summary(deleted));
    }

    @Get("/{slug}/revisions")
    @Produces("application/json")
    Map<String, Object> revisions(HttpRequest<?> request, @PathVariable String slug) {
        visibleOrDeleted(request, slug);
        List<Map<String, Object>> revisions = store.revisions(slug).stream().map(r -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("number", r.number());
            entry.put("state", r.state().code());
            entry.put("author", r.author());
            entry.put("createdAt", r.createdAt().toString());
            entry.put("href", "/api/experiments/" + slug + "/revisions/" + r.number());
            return entry;
        }).toList();
        return Map.of("slug", slug, "revisions", revisions);
    }

    @Get("/{slug}/revisions/{number}")
    @Produces({"application/json", "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", MediaType.ALL})
    HttpResponse<?> revision(HttpRequest<?> request, @PathVariable String slug, @PathVariable int number) {
        visibleOrDeleted(request, slug);
        Revision revision = store.revision(slug, number)
                .orElseThrow(() -> new RevisionNotFoundProblem("The experiment '" + slug + "' has no revision " + number + "."));
        if (revision.state() == ExperimentState.DELETED) {
            throw new ExperimentGoneProblem("Revision " + number + " of '" + slug + "' records its deletion; it holds no data.");
        }
        String mediaType = negotiate(request);
        ExperimentRecord record = new ExperimentRecord(slug, identity.experimentIri(slug), RecordCodec.decode(revision.record()));
        return HttpResponse.ok(writer.write(record, mediaType)).contentType(mediaType).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    @Post("/{slug}/revisions/{number}/restore")
    @Produces({"application/json", "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", MediaType.ALL})
    HttpResponse<?> restore(HttpRequest<?> request, @PathVariable String slug, @PathVariable int number,
                            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Staff staff = authenticator.require(request, Role.EDITOR);
        StoredExperiment restored = publishing.restore(slug, number, staff.username(), ClientLanguage.of(acceptLanguage));
        return represent(request, restored, HttpResponse.ok());
    }

    private HttpResponse<?> represent(HttpRequest<?> request, StoredExperiment stored, MutableHttpResponse<Object> response) {
        String mediaType = negotiate(request);
        ExperimentRecord record = new ExperimentRecord(stored.slug(), identity.experimentIri(stored.slug()), RecordCodec.decode(stored.record()));
        return response.body(writer.write(record, mediaType))
                .contentType(mediaType)
                .header(HttpHeaders.ETAG, stored.etag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header("Cailloux-State", stored.state().code())
                .header("Cailloux-Revision", Integer.toString(stored.revision()));
    }

    private StoredExperiment visible(HttpRequest<?> request, String slug) {
        StoredExperiment stored = visibleOrDeleted(request, slug);
        if (stored.state() == ExperimentState.DELETED) {
            throw new ExperimentGoneProblem("The experiment '" + slug + "' was deleted (revision " + stored.revision()
                    + "); GET /api/experiments/" + slug + "/revisions lists the versions an editor can restore.");
        }
        return stored;
    }

    private StoredExperiment visibleOrDeleted(HttpRequest<?> request, String slug) {
        StoredExperiment stored = store.find(slug)
                .orElseThrow(() -> new ExperimentNotFoundProblem("No experiment has the slug '" + slug + "'."));
        if (stored.state() == ExperimentState.DRAFT && authenticator.authenticate(request).isEmpty()) {
            throw new ExperimentNotFoundProblem("No experiment has the slug '" + slug + "'.");
        }
        return stored;
    }

    private static String negotiate(HttpRequest<?> request) {
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        return ContentNegotiation.choose(accept, RecordFormats.ALL)
                .orElseThrow(() -> new NotAcceptableProblem(accept, RecordFormats.ALL));
    }

    private static String contentType(HttpRequest<?> request) {
        return request.getContentType().map(Object::toString).orElse(null);
    }

    private static ExperimentState state(String state) {
        if (state == null) {
            return ExperimentState.PUBLISHED;
        }
        ExperimentState parsed = ExperimentState.ofCode(state);
        if (parsed == null || parsed == ExperimentState.DELETED) {
            throw new MalformedRecordProblem("state=" + state + " is not a state to write: use state=draft or state=published.");
        }
        return parsed;
    }

    private static Map<String, Object> summary(StoredExperiment stored) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("slug", stored.slug());
        summary.put("state", stored.state().code());
        summary.put("revision", stored.revision());
        return summary;
    }
}
