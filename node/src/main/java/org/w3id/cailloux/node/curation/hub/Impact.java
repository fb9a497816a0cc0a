package org.w3id.cailloux.node.curation.hub;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.curation.change.Change;
import org.w3id.cailloux.node.curation.review.Reviewer;
import org.w3id.cailloux.node.curation.usage.ConceptUsage;
import org.w3id.cailloux.node.peers.PeerRegistry;
import org.w3id.cailloux.node.research.ExampleQueries;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;
import org.w3id.cailloux.vocabulary.Validation;
import org.w3id.cailloux.vocabulary.Violation;

/**
 * What a proposal that touches existing concepts would do to the network's data, before anyone decides: per city, the
 * experiments that use those concepts (asked live), the shape rules their records would start failing (each record
 * fetched from its node and validated with the vocabulary before and after the change), and the example queries that
 * name the concepts.
 */
@Singleton
@Requires(property = "cailloux.vocabulary.hub", value = "true")
public class Impact {

    /** At most this many records are fetched and validated again, the first of each city first. */
    static final int MAX_RECORDS = 60;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** A shape rule that records would start failing. */
    public record FailingRule(String rule, String field, String message, List<String> experiments) {}

    /** The impact of one proposal. */
    public record Report(Map<String, ConceptUsage.Usage> usage, List<FailingRule> failing, int recordsChecked, int recordsUnread,
                         List<ExampleQueries.Example> queries) {}

    private final CurationService curation;
    private final ConceptUsage usage;
    private final ExampleQueries examples;
    private final PeerRegistry peers;
    private final NodeIdentity identity;
    private final LiveVocabulary live;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    Impact(CurationService curation, ConceptUsage usage, ExampleQueries examples, PeerRegistry peers, NodeIdentity identity,
           LiveVocabulary live) {
        this.curation = curation;
        this.usage = usage;
        this.examples = examples;
        this.peers = peers;
        this.identity = identity;
        this.live = live;
    }

    /** The impact of {@code view}'s change; empty lists when it touches no existing concept. */
    public Report of(ProposalView view) {
        Change change = view.change();
        if (change == null) {
            return new Report(Map.of(), List.of(), 0, 0, List.of());
        }
        WorkingVocabulary working = curation.working(view.proposal().id());
        Set<String> touched = new LinkedHashSet<>(change.subjects());
        touched.addAll(change.retired());
        if (change.minted() != null) {
            touched.remove(change.minted());
        }
        touched.removeIf(iri -> !working.graph().contains(org.apache.jena.graph.NodeFactory.createURI(iri),
                org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.vocabulary.SKOS.Concept.asNode()));
        Map<String, ConceptUsage.Usage> used = new LinkedHashMap<>();
        touched.forEach(c -> used.put(c, usage.of(c)));
        List<String> records = new ArrayList<>();
        for (ConceptUsage.Usage u : used.values()) {
            for (ConceptUsage.CityUse city : u.cities()) {
                city.links().forEach(l -> {
                    if (!records.contains(l.iri()) && records.size() < MAX_RECORDS) {
                        records.add(l.iri());
                    }
                });
            }
        }
        Graph after = Reviewer.copy(working.graph());
        change.apply(after);
        Graph shapes = live.shipped().shapesGraph();
        TransitionVocabulary before = TransitionVocabulary.of(working.graph(), shapes);
        TransitionVocabulary then = TransitionVocabulary.of(after, shapes);
        Map<String, FailingRule> failing = new LinkedHashMap<>();
        int[] unread = {0};
        List<CompletableFuture<Graph>> fetches = records.stream().map(this::fetch).toList();
        for (int i = 0; i < records.size(); i++) {
            Graph record = fetches.get(i).join();
            if (record == null) {
                unread[0]++;
                continue;
            }
            Set<String> already = new LinkedHashSet<>();
            Validation was = before.validate(record);
            was.violations().forEach(v -> already.add(v.rule() + " " + v.focus() + " " + v.value()));
            for (Violation v : then.validate(record).violations()) {
                if (!already.contains(v.rule() + " " + v.focus() + " " + v.value())) {
                    String iri = records.get(i);
                    failing.computeIfAbsent(v.rule(), r -> new FailingRule(r, v.field("fr"), v.message("fr"), new ArrayList<>()))
                            .experiments().add(iri);
                }
            }
        }
        return new Report(used, List.copyOf(failing.values()), records.size() - unread[0], unread[0], mentioning(touched));
    }

    /** The example queries that name one of the concepts (prefixed names included). */
    private List<ExampleQueries.Example> mentioning(Set<String> concepts) {
        List<ExampleQueries.Example> found = new ArrayList<>();
        for (ExampleQueries.Example e : examples.all()) {
            String text;
            try {
                Query q = QueryFactory.create(e.text());
                q.setPrefixMapping(PrefixMapping.Factory.create());
                text = q.toString();
            } catch (RuntimeException notSparql) {
                text = e.text();
            }
            String expanded = text;
            if (concepts.stream().anyMatch(c -> expanded.contains("<" + c + ">"))) {
                found.add(e);
            }
        }
        return found;
    }

    /** The record of an experiment, read from its node (one this hub may contact, or itself); null when it cannot be read. */
    private CompletableFuture<Graph> fetch(String experiment) {
        URI iri = URI.create(experiment);
        boolean known = experiment.startsWith(identity.baseUri())
                || peers.peers().stream().anyMatch(p -> experiment.startsWith(p.nodeIri()));
        if (!known) {
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request = HttpRequest.newBuilder(iri).timeout(TIMEOUT).header("Accept", "application/n-triples").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
            if (error != null || response.statusCode() != 200) {
                return null;
            }
            Graph g = GraphFactory.createDefaultGraph();
            try {
                RDFParser.fromString(response.body(), Lang.NTRIPLES).parse(g);
                return g;
            } catch (RuntimeException e) {
                return null;
            }
        });
    }
}
