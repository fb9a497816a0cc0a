package org.w3id.cailloux.node.linkeddata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.rdf.ContentNegotiation;
import org.w3id.cailloux.node.rdf.NotAcceptableProblem;
import org.w3id.cailloux.node.rdf.RdfFormat;
import org.w3id.cailloux.node.research.RelatedExperiments;
import org.w3id.cailloux.node.web.Paging;

/**
 * {@code GET /experiments/{slug}}: a published experiment's IRI, HTML for browsers or its named graph
 * in RDF by content negotiation; {@code /experiments/{slug}.ttl} (and {@code .jsonld}, {@code .rdf},
 * {@code .nt}) name one format each. Fragment IRIs ({@code #means-1}) are served by the same document.
 */
@Controller("/experiments")
public class ExperimentDocumentController {

    private static final List<String> INDEX_OFFERED = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON);

    private final PublishedData data;
    private final NodeIdentity identity;
    private final RelatedExperiments related;

    ExperimentDocumentController(PublishedData data, NodeIdentity identity, RelatedExperiments related) {
        this.data = data;
        this.identity = identity;
        this.related = related;
    }

    @Get("/{document}")
    // The page asks the network for related experiments, possibly through this node's federation endpoint
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Produces({MediaType.TEXT_HTML, "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", MediaType.ALL})
    HttpResponse<?> experiment(@PathVariable String document, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        int dot = document.lastIndexOf('.');
        Optional<RdfFormat> named = dot > 0 ? RdfDocuments.ofExtension(document.substring(dot + 1)) : Optional.empty();
        if (named.isPresent()) {
            String slug = document.substring(0, dot);
            Graph graph = data.experiment(slug).orElseThrow(() -> new ExperimentNotFoundProblem(slug));
            return RdfDocuments.rdf(graph, named.get(), false);
        }
        String chosen = ContentNegotiation.choose(accept, RdfDocuments.HTML_AND_RDF)
                .orElseThrow(() -> new NotAcceptableProblem(accept, RdfDocuments.HTML_AND_RDF));
        Optional<Graph> graph = data.experiment(document);
        if (!chosen.equals(MediaType.TEXT_HTML)) {
            return RdfDocuments.rdf(graph.orElseThrow(() -> new ExperimentNotFoundProblem(document)),
                    RdfFormat.ofMediaType(chosen).orElseThrow(), true);
        }
        if (graph.isEmpty()) {
            throw new PageNotFoundException("Expérimentation introuvable", "Experiment not found",
                    "Ce nœud ne publie aucune expérimentation nommée « " + document + " ».",
                    "This node publishes no experiment named '" + document + "'.");
        }
        String iri = identity.experimentIri(document);
        ExperimentPage page = ExperimentPageReader.read(iri, document, graph.get(), data.labelsOfObjects(graph.get()),
                data::titleFr, RdfDocuments.downloads(iri));
        return RdfDocuments.ok(new ModelAndView<>("experiment", Map.of("page", page, "city", identity.city(),
                        "network", related.of(iri, graph.get()))),
                MediaType.TEXT_HTML, true);
    }

    /** The index of published experiments, {@link PublishedData#INDEX_PAGE_SIZE} a page ({@code ?page=2}). */
    @Get
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> experiments(@Nullable @Header(HttpHeaders.ACCEPT) String accept, @Nullable @QueryValue String page) {
        String chosen = ContentNegotiation.choose(accept, INDEX_OFFERED)
                .orElseThrow(() -> new NotAcceptableProblem(accept, INDEX_OFFERED));
        PublishedData.ExperimentIndex index = data.experiments(Paging.asked(page), PublishedData.INDEX_PAGE_SIZE);
        String base = identity.baseUri() + "experiments";
        String previous = index.page() > 1 ? base + "?page=" + (index.page() - 1) : null;
        String next = index.page() < index.pages() ? base + "?page=" + (index.page() + 1) : null;
        if (chosen.equals(MediaType.TEXT_HTML)) {
            Map<String, Object> model = new HashMap<>(Map.of("index", index, "city", identity.city(), "territoryIri", identity.territoryIri()));
            model.put("previous", previous);
            model.put("next", next);
            return RdfDocuments.ok(new ModelAndView<>("experiments", model), MediaType.TEXT_HTML, true);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("city", identity.city());
        json.put("total", index.total());
        json.put("page", index.page());
        json.put("pages", index.pages());
        json.put("previous", previous);
        json.put("next", next);
        json.put("experiments", index.experiments().stream()
                .map(e -> Map.of("iri", e.iri(), "slug", e.slug(), "title", e.titleFr(), "titleEn", e.titleEn()))
                .toList());
        return RdfDocuments.ok(json, MediaType.APPLICATION_JSON, true);
    }
}
