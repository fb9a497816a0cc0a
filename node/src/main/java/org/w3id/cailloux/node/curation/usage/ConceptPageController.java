package org.w3id.cailloux.node.curation.usage;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.node.curation.CurationSettings;
import org.w3id.cailloux.node.curation.hub.Changelog;
import org.w3id.cailloux.node.curation.hub.ImpactJson;
import org.w3id.cailloux.node.curation.problems.ProposalNotFoundProblem;
import org.w3id.cailloux.node.curation.store.CurationStore;
import org.w3id.cailloux.node.curation.web.CurationPages;
import org.w3id.cailloux.node.rdf.ContentNegotiation;
import org.w3id.cailloux.node.rdf.NotAcceptableProblem;
import org.w3id.cailloux.node.rdf.RdfFormat;
import org.w3id.cailloux.node.research.NetworkQueryException;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;
import org.w3id.cailloux.node.vocabulary.VocabularyPage;
import org.w3id.cailloux.node.vocabulary.VocabularyRepresentations;
import org.w3id.cailloux.node.web.StaffSessions;
import org.w3id.cailloux.vocabulary.Scheme;

/**
 * Every node's concept pages, {@code /vocabulary/scheme/{scheme}/{concept}}: labels, definition, place in the
 * hierarchy, a deprecation banner with the replacements, the candidate mark, and how many experiments use it per
 * city, asked live across the network, with links to them; on the hub, its history across versions. And the usage
 * report of every concept, {@code /vocabulary/usage}: unused and most used concepts per scheme.
 */
@Controller("/vocabulary")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ConceptPageController {

    private final LiveVocabulary live;
    private final VocabularyPage page;
    private final ConceptUsage usage;
    private final StaffSessions sessions;
    private final CurationSettings settings;
    private final BeanProvider<CurationStore> store;
    private final VocabularyRepresentations representations;

    ConceptPageController(VocabularyRepresentations representations, LiveVocabulary live, VocabularyPage page, ConceptUsage usage, StaffSessions sessions,
                          CurationSettings settings, BeanProvider<CurationStore> store) {
        this.live = live;
        this.page = page;
        this.usage = usage;
        this.sessions = sessions;
        this.settings = settings;
        this.store = store;
        this.representations = representations;
    }

    @Get("/scheme/{scheme}/{concept}")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, "text/turtle", "application/ld+json", "application/rdf+xml",
            "application/n-triples", MediaType.ALL})
    HttpResponse<?> concept(HttpRequest<?> request, String scheme, String concept, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        String iri = Scheme.NS + scheme + "/" + concept;
        VocabularyPage.ConceptRow row = page.concept(iri).orElseThrow(() -> new ProposalNotFoundProblem("No concept " + iri
                + " in the vocabulary this node runs (" + page.version() + "); GET /vocabulary lists them."));
        List<String> offers = new ArrayList<>(List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON));
        offers.addAll(RdfFormat.mediaTypes());
        String chosen = ContentNegotiation.choose(accept, offers).orElseThrow(() -> new NotAcceptableProblem(accept, offers));
        if (RdfFormat.ofMediaType(chosen).isPresent()) {
            RdfFormat format = RdfFormat.ofMediaType(chosen).get();
            return HttpResponse.ok(representations.serialise(description(iri), format))
                    .contentType(format.mediaType() + "; charset=utf-8").header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        ConceptUsage.Usage used = null;
        String usageError = null;
        try {
            used = usage.of(iri);
        } catch (NetworkQueryException e) {
            usageError = "le réseau n'a pas pu être interrogé";
        }
        List<Map<String, Object>> history = settings.isHub() && store.isPresent() ? Changelog.history(releases(), iri) : List.of();
        if (chosen.equals(MediaType.APPLICATION_JSON)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("concept", iri);
            json.put("label", Map.of("fr", row.labelFr(), "en", row.labelEn()));
            json.put("deprecated", row.deprecated());
            json.put("replacedBy", row.replacedBy());
            json.put("candidate", row.candidate());
            json.put("vocabularyVersion", page.version());
            json.put("usage", used == null ? null : ImpactJson.usage(used));
            json.put("history", history);
            return HttpResponse.ok(json).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        Map<String, Object> model = new HashMap<>();
        sessions.current(request).ifPresent(s -> model.put("signedIn", s));
        Resource r = live.current().model().getResource(iri);
        model.put("c", row);
        model.put("scheme", page.scheme(scheme).orElseThrow());
        model.put("altFr", texts(r, SKOS.altLabel, "fr"));
        model.put("altEn", texts(r, SKOS.altLabel, "en"));
        model.put("scopeFr", String.join(" ", texts(r, SKOS.scopeNote, "fr")));
        model.put("changeNotes", texts(r, SKOS.changeNote, "fr"));
        model.put("broader", links(r, SKOS.broader));
        model.put("narrower", links(r, SKOS.narrower));
        model.put("related", links(r, SKOS.related));
        model.put("replacements", links(r, org.apache.jena.vocabulary.DCTerms.isReplacedBy));
        model.put("proposal", r.hasProperty(RDFS.seeAlso) && row.candidate() ? r.getPropertyResourceValue(RDFS.seeAlso).getURI() : null);
        model.put("usage", used);
        model.put("usageError", usageError);
        model.put("history", history);
        model.put("hubPage", settings.isHub() || settings.getHubUrl() == null ? null
                : settings.getHubUrl() + "vocabulary/scheme/" + scheme + "/" + concept);
        model.put("version", page.version());
        return HttpResponse.ok(new ModelAndView<>("curation/concept", model)).contentType(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    @Get("/usage")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<?> report(HttpRequest<?> request, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        List<String> offers = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON);
        String chosen = ContentNegotiation.choose(accept, offers).orElseThrow(() -> new NotAcceptableProblem(accept, offers));
        ConceptUsage.Report report = usage.report();
        Map<String, String> cities = usage.cityNames();
        List<Map<String, Object>> schemes = new ArrayList<>();
        for (VocabularyPage.SchemeSection s : page.schemes()) {
            List<Map<String, Object>> concepts = new ArrayList<>();
            for (VocabularyPage.ConceptRow c : s.concepts()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("concept", c.iri());
                one.put("label", c.labelFr());
                one.put("path", CurationPages.conceptPath(c.iri()));
                one.put("deprecated", c.deprecated());
                one.put("experiments", report.total(c.iri()));
                Map<String, Long> byCity = new LinkedHashMap<>();
                report.byConcept().getOrDefault(c.iri(), Map.of()).forEach((node, n) -> byCity.put(cities.getOrDefault(node, node), n));
                one.put("byCity", byCity);
                concepts.add(one);
            }
            List<Map<String, Object>> used = concepts.stream().filter(c -> (long) c.get("experiments") > 0)
                    .sorted((a, b) -> Long.compare((long) b.get("experiments"), (long) a.get("experiments"))).toList();
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("scheme", s.iri());
            one.put("label", s.labelFr());
            one.put("mostUsed", used.subList(0, Math.min(5, used.size())));
            one.put("unused", concepts.stream().filter(c -> (long) c.get("experiments") == 0 && !(boolean) c.get("deprecated")).toList());
            one.put("concepts", concepts);
            schemes.add(one);
        }
        if (chosen.equals(MediaType.APPLICATION_JSON)) {
            return HttpResponse.ok(Map.of("schemes", schemes, "failedNodes", report.failed())).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        Map<String, Object> model = new HashMap<>();
        sessions.current(request).ifPresent(s -> model.put("signedIn", s));
        model.put("schemes", schemes);
        model.put("failed", report.failed());
        return HttpResponse.ok(new ModelAndView<>("curation/usage", model)).contentType(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    private List<org.w3id.cailloux.node.curation.store.Release> releases() {
        List<org.w3id.cailloux.node.curation.store.Release> all = new ArrayList<>(store.get().inTransaction(tx -> tx.releases(true)));
        all.sort(java.util.Comparator.comparing(r -> org.w3id.cailloux.node.vocabulary.SemanticVersion.parse(r.version())));
        return all;
    }

    /** The concept's own triples and those that point to it from the vocabulary. */
    private Graph description(String iri) {
        Graph all = live.current().graph();
        Graph g = GraphFactory.createDefaultGraph();
        Node n = NodeFactory.createURI(iri);
        all.find(n, Node.ANY, Node.ANY).forEachRemaining(g::add);
        all.find(Node.ANY, Node.ANY, n).forEachRemaining(g::add);
        return g;
    }

    private static List<String> texts(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
                .filter(o -> o.asLiteral().getLanguage().equals(lang)).map(o -> o.asLiteral().getString()).sorted().toList();
    }

    private List<Map<String, String>> links(Resource r, Property p) {
        Model m = r.getModel();
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isURIResource)
                .map(o -> o.asResource().getURI()).sorted().map(iri -> Map.of("iri", iri, "path", CurationPages.conceptPath(iri),
                        "label", page.concept(iri).map(VocabularyPage.ConceptRow::labelFr).orElse(iri))).toList();
    }
}
