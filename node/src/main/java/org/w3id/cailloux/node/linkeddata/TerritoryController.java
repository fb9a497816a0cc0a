package org.w3id.cailloux.node.linkeddata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.rdf.ContentNegotiation;
import org.w3id.cailloux.node.rdf.NotAcceptableProblem;
import org.w3id.cailloux.node.rdf.RdfFormat;

/**
 * {@code GET /territory}: the city's description (graph {@code <base>territory}), HTML with its published
 * experiments for browsers, RDF by content negotiation; {@code /territory.ttl} etc. name one format each.
 */
@Controller
public class TerritoryController {

    /** The experiments the territory's page lists; the index at {@code /experiments} has them all. */
    static final int TERRITORY_EXPERIMENTS = 20;

    private final PublishedData data;
    private final NodeIdentity identity;

    TerritoryController(PublishedData data, NodeIdentity identity) {
        this.data = data;
        this.identity = identity;
    }

    @Get("/territory")
    @Produces({MediaType.TEXT_HTML, "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", MediaType.ALL})
    HttpResponse<?> territory(@Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        String chosen = ContentNegotiation.choose(accept, RdfDocuments.HTML_AND_RDF)
                .orElseThrow(() -> new NotAcceptableProblem(accept, RdfDocuments.HTML_AND_RDF));
        Optional<Graph> graph = data.territory();
        if (!chosen.equals(MediaType.TEXT_HTML)) {
            return RdfDocuments.rdf(graph.orElseThrow(TerritoryNotPublishedProblem::new),
                    RdfFormat.ofMediaType(chosen).orElseThrow(), true);
        }
        if (graph.isEmpty()) {
            throw new PageNotFoundException("Territoire pas encore publié", "Territory not published yet",
                    "Ce nœud n’a pas encore publié la description de son territoire.",
                    "This node has not published the description of its territory yet.");
        }
        String iri = identity.territoryIri();
        TerritoryPage page = TerritoryPage.read(iri, graph.get(), data.experiments(1, TERRITORY_EXPERIMENTS),
                identity.baseUri() + "experiments", RdfDocuments.downloads(iri));
        return RdfDocuments.ok(new ModelAndView<>("territory", Map.of("page", page, "city", identity.city())),
                MediaType.TEXT_HTML, true);
    }

    @Get("/territory.{extension}")
    @Produces({"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", MediaType.ALL})
    HttpResponse<?> territoryIn(@PathVariable String extension) {
        RdfFormat format = RdfDocuments.ofExtension(extension).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND,
                "No RDF format has the extension ." + extension + "; use .ttl, .jsonld, .rdf or .nt."));
        return RdfDocuments.rdf(data.territory().orElseThrow(TerritoryNotPublishedProblem::new), format, false);
    }
}
