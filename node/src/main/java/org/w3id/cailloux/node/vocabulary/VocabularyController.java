package org.w3id.cailloux.node.vocabulary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ModelAndView;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.rdf.ContentNegotiation;
import org.w3id.cailloux.node.rdf.NotAcceptableProblem;
import org.w3id.cailloux.node.rdf.RdfFormat;

/**
 * {@code GET /vocabulary}: the vocabulary the node runs, as HTML or RDF by content negotiation, with an entity tag
 * and {@code Last-Modified} so that a client asking again gets {@code 304 Not Modified} until another is put in force.
 */
@Controller("/vocabulary")
public class VocabularyController {

    private static final List<String> OFFERED = offered();

    private final VocabularyRepresentations representations;
    private final VocabularyPage page;
    private final LiveVocabulary live;

    VocabularyController(VocabularyRepresentations representations, VocabularyPage page, LiveVocabulary live) {
        this.representations = representations;
        this.page = page;
        this.live = live;
    }

    @Get
    @Produces({MediaType.TEXT_HTML, "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", MediaType.ALL})
    HttpResponse<?> vocabulary(HttpRequest<?> request, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        String chosen = ContentNegotiation.choose(accept, OFFERED)
                .orElseThrow(() -> new NotAcceptableProblem(accept, OFFERED));
        String etag = "\"" + page.version() + "-" + representations.tag() + "-"
                + (chosen.equals(MediaType.TEXT_HTML) ? "html" : RdfFormat.ofMediaType(chosen).orElseThrow().name().toLowerCase()) + "\"";
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(live.since().atZone(ZoneOffset.UTC));
        if (notModified(request, etag)) {
            return HttpResponse.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.LAST_MODIFIED, lastModified)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        if (chosen.equals(MediaType.TEXT_HTML)) {
            return HttpResponse.ok(new ModelAndView<>("vocabulary", Map.of("page", page)))
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .header(HttpHeaders.ETAG, etag).header(HttpHeaders.LAST_MODIFIED, lastModified)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        RdfFormat format = RdfFormat.ofMediaType(chosen).orElseThrow();
        return HttpResponse.ok(representations.in(format))
                .contentType(format.mediaType() + "; charset=utf-8")
                .header(HttpHeaders.ETAG, etag).header(HttpHeaders.LAST_MODIFIED, lastModified)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /** If-None-Match decides when present (RFC 9110 §13.2.2); otherwise If-Modified-Since. */
    private boolean notModified(HttpRequest<?> request, String etag) {
        String noneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (noneMatch != null) {
            return noneMatch.strip().equals("*") || List.of(noneMatch.split(",")).stream().map(String::strip)
                    .map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(etag::equals);
        }
        String since = request.getHeaders().get(HttpHeaders.IF_MODIFIED_SINCE);
        if (since == null) {
            return false;
        }
        try {
            return !live.since().isAfter(ZonedDateTime.parse(since.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static List<String> offered() {
        List<String> offered = new ArrayList<>();
        offered.add(MediaType.TEXT_HTML);
        offered.addAll(RdfFormat.mediaTypes());
        return List.copyOf(offered);
    }
}
