package org.w3id.cailloux.node.vocabulary;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.views.ModelAndView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.rdf.ContentNegotiation;
import org.w3id.cailloux.node.rdf.NotAcceptableProblem;
import org.w3id.cailloux.node.rdf.RdfFormat;

/** {@code GET /vocabulary}: the vocabulary the node uses, as HTML or RDF by content negotiation. */
@Controller("/vocabulary")
public class VocabularyController {

    private static final List<String> OFFERED = offered();

    private final VocabularyRepresentations representations;
    private final VocabularyPage page;

    VocabularyController(VocabularyRepresentations representations, VocabularyPage page) {
        this.representations = representations;
        this.page = page;
    }

    @Get
    @Produces({MediaType.TEXT_HTML, "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", MediaType.ALL})
    HttpResponse<?> vocabulary(@Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        String chosen = ContentNegotiation.choose(accept, OFFERED)
                .orElseThrow(() -> new NotAcceptableProblem(accept, OFFERED));
        if (chosen.equals(MediaType.TEXT_HTML)) {
            return HttpResponse.ok(new ModelAndView<>("vocabulary", Map.of("page", page)))
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        RdfFormat format = RdfFormat.ofMediaType(chosen).orElseThrow();
        return HttpResponse.ok(representations.in(format))
                .contentType(format.mediaType() + "; charset=utf-8")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    private static List<String> offered() {
        List<String> offered = new ArrayList<>();
        offered.add(MediaType.TEXT_HTML);
        offered.addAll(RdfFormat.mediaTypes());
        return List.copyOf(offered);
    }
}
