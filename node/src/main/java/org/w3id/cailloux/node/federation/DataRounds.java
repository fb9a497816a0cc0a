package org.w3id.cailloux.node.federation;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.ElementService;
import org.w3id.cailloux.node.federation.ExclusiveGroups.FetchRequest;
import org.w3id.cailloux.node.federation.SourceSelection.StarSelection;
import org.w3id.cailloux.node.publishing.record.ExperimentRecord;
import org.w3id.cailloux.node.sparql.QueryAnswer;

/**
 * Sends a plan's data requests: the first round (one CONSTRUCT per node, and the SERVICE clauses) in
 * parallel, then the bound joins' second round with the values the first round found. What each node sent
 * is kept apart, by node, for the local evaluation; a node that fails any request is left out entirely.
 */
@Singleton
public class DataRounds {

    /**
     * What came back.
     *
     * @param data     each answering node's triples
     * @param services each SERVICE clause's rows; a clause that failed silently is absent
     * @param second   the data requests of the second round, as sent
     * @param partials each answering node's partial aggregates, when the aggregate is pushed down
     * @param firstMillis  how long the first round took, answers read
     * @param secondMillis how long the second round took (values gathered, requests sent, answers read), 0 without one
     */
    record Fetched(Map<Source, Graph> data, Map<ElementService, QueryAnswer.Rows> services, List<FetchRequest> second,
                   Map<Source, QueryAnswer.Rows> partials, double firstMillis, double secondMillis) {}

    private final SourceClient client;
    private final FederationSettings settings;
    private final ExclusiveGroups secondRoundGroups;

    DataRounds(SourceClient client, FederationSettings settings) {
        this.client = client;
        this.settings = settings;
        this.secondRoundGroups = new ExclusiveGroups(settings.getMaxRequestLength());
    }

    Fetched run(FederationPlan plan, SourceLedger ledger, Deadline deadline) {
        long started = System.nanoTime();
        Map<Source, Graph> data = new LinkedHashMap<>();
        Map<ElementService, QueryAnswer.Rows> services = new HashMap<>();
        Map<Object, CompletableFuture<Object>> requests = new LinkedHashMap<>();
        for (FetchRequest request : plan.firstRound()) {
            if (!ledger.failed(request.source())) {
                requests.put(request, erased(client.construct(request.source(), request.query(), deadline, ledger.reusesKept())));
            }
        }
        for (ServiceCalls.Call call : plan.services()) {
            requests.put(call, erased(client.select(call.source(), call.query(), deadline, ledger.reusesKept())));
        }
        plan.partialAggregation().ifPresent(p -> p.requests().stream().filter(r -> !ledger.failed(r.source()))
                .forEach(r -> requests.put(r, erased(client.select(r.source(), r.query(), deadline, ledger.reusesKept())))));
        Map<Source, QueryAnswer.Rows> partials = new LinkedHashMap<>();
        FanOut.await(requests, deadline).forEach((key, outcome) -> {
            switch (key) {
                case FetchRequest request -> {
                    ledger.data(request.source(), outcome);
                    if (outcome.ok()) {
                        add(data, request.source(), (Graph) outcome.value());
                    }
                }
                case ServiceCalls.Call call -> {
                    ledger.data(call.source(), outcome);
                    if (outcome.ok()) {
                        services.put(call.element(), (QueryAnswer.Rows) outcome.value());
                    } else if (!call.silent()) {
                        throw new ServiceFailedProblem(call.source(), outcome.failure());
                    }
                }
                case PartialAggregation.Request request -> {
                    ledger.data(request.source(), outcome);
                    if (outcome.ok()) {
                        partials.put(request.source(), (QueryAnswer.Rows) outcome.value());
                    }
                }
                default -> throw new IllegalStateException("unknown request " + key);
            }
        });
        long firstDone = System.nanoTime();
        List<FetchRequest> second = secondRound(plan, data, ledger);
        Map<FetchRequest, CompletableFuture<Graph>> later = new LinkedHashMap<>();
        second.forEach(r -> later.put(r, client.construct(r.source(), r.query(), deadline, ledger.reusesKept())));
        FanOut.await(later, deadline).forEach((request, outcome) -> {
            ledger.data(request.source(), outcome);
            if (outcome.ok()) {
                add(data, request.source(), outcome.value());
            }
        });
        data.keySet().removeIf(ledger::failed);
        partials.keySet().removeIf(ledger::failed);
        long secondDone = System.nanoTime();
        return new Fetched(data, services, second, partials, (firstDone - started) / 1e6,
                second.isEmpty() ? 0 : (secondDone - firstDone) / 1e6);
    }

    private List<FetchRequest> secondRound(FederationPlan plan, Map<Source, Graph> data, SourceLedger ledger) {
        List<BoundJoin.Deferred> deferred = plan.rounds().second();
        if (deferred.isEmpty()) {
            return List.of();
        }
        Set<Star> later = new HashSet<>();
        deferred.forEach(d -> later.add(d.star().star()));
        List<Star> roundOne = plan.selections().stream().map(StarSelection::star).filter(s -> !later.contains(s)).toList();
        Graph firstRound = GraphFactory.createDefaultGraph();
        data.forEach((source, graph) -> {
            if (!ledger.failed(source)) {
                graph.find().forEachRemaining(firstRound::add);
            }
        });
        Map<Source, List<RemoteQueries.Fetch>> bySource = new LinkedHashMap<>();
        for (BoundJoin.Deferred d : deferred) {
            Set<Node> values = values(d, joined(d.provider(), roundOne), firstRound);
            if (values.isEmpty()) {
                continue; // the provider matched nothing: the join is empty, nothing to fetch
            }
            List<Source> sources = d.star().sources().stream().filter(s -> !ledger.failed(s)).toList();
            Map<Source, List<Node>> routed = route(values, sources);
            routed.forEach((source, sent) -> {
                boolean bindable = sent.size() <= settings.getBoundJoinMaxValues() && sent.stream().allMatch(Node::isURI);
                bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(bindable
                        ? new RemoteQueries.Fetch(d.star().star(), sent) : RemoteQueries.Fetch.unbound(d.star().star()));
            });
        }
        return secondRoundGroups.requests(bySource, 2, Optional.empty());
    }

    /**
     * The values each source may hold triples about, sources given none left out: an experiment's record (its
     * IRI and its {@code #fragments}, under {@code <node IRI>experiments/}) is published by its own node only, the
     * rule the pushdowns rely on too; any other value (an agent, a city outside the network) may be on any node.
     */
    private static Map<Source, List<Node>> route(Set<Node> values, List<Source> sources) {
        Map<Source, String> experiments = new LinkedHashMap<>();
        sources.forEach(s -> experiments.put(s, ExperimentRecord.experimentsBase(s.nodeIri())));
        List<Node> anywhere = new ArrayList<>();
        Map<Source, List<Node>> owned = new LinkedHashMap<>();
        for (Node value : values) {
            Optional<Source> owner = value.isURI() ? sources.stream()
                    .filter(s -> value.getURI().startsWith(experiments.get(s))).findFirst() : Optional.empty();
            owner.ifPresentOrElse(s -> owned.computeIfAbsent(s, k -> new ArrayList<>()).add(value), () -> anywhere.add(value));
        }
        Map<Source, List<Node>> routed = new LinkedHashMap<>();
        for (Source source : sources) {
            List<Node> sent = new ArrayList<>(owned.getOrDefault(source, List.of()));
            sent.addAll(anywhere);
            // In a fixed order, so that the same question is the same request, which the peer may answer from its cache
            sent.sort(Comparator.comparing(Node::toString));
            if (!sent.isEmpty()) {
                routed.put(source, sent);
            }
        }
        return routed;
    }

    /**
     * The provider and the stars of the first round joined with it (same group, linked through shared variables):
     * an answer matches all of them, so only the values their join gives can be part of one (for a chain
     * {@code ?c cx:inspiredBy ?b . ?b cx:inspiredBy ?a}, the ends of two-hop chains, not of every link).
     */
    private static List<Triple> joined(Star provider, List<Star> roundOne) {
        List<Star> linked = new ArrayList<>(List.of(provider));
        Set<Var> vars = new HashSet<>(provider.vars());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Star star : roundOne) {
                if (!linked.contains(star) && star.group() == provider.group() && star.scope().equals(provider.scope())
                        && star.vars().stream().anyMatch(vars::contains)) {
                    linked.add(star);
                    vars.addAll(star.vars());
                    grew = true;
                }
            }
        }
        return linked.stream().flatMap(s -> s.triples().stream()).toList();
    }

    /** The values of the shared variable in the matches of {@code pattern} among what the first round brought. */
    private static Set<Node> values(BoundJoin.Deferred deferred, List<Triple> pattern, Graph firstRound) {
        Set<Node> values = new LinkedHashSet<>();
        OpBGP provider = new OpBGP(BasicPattern.wrap(pattern));
        QueryIterator matches = Algebra.exec(provider, DatasetGraphFactory.wrap(firstRound));
        try {
            matches.forEachRemaining(b -> {
                Node value = b.get(deferred.variable());
                if (value != null && !value.isLiteral()) {
                    values.add(value);
                }
            });
        } finally {
            matches.close();
        }
        return values;
    }

    // The same future, seen as one of Object: cancelling it must still cancel the exchange
    @SuppressWarnings("unchecked")
    private static CompletableFuture<Object> erased(CompletableFuture<?> future) {
        return (CompletableFuture<Object>) future;
    }

    /**
     * Keeps what {@code source} sent: a first answer as it came, a second merged with it into a new graph (an
     * answer's graph may be shared, as this node's own answers are by its answer cache, and is never changed).
     */
    private static void add(Map<Source, Graph> data, Source source, Graph graph) {
        Graph earlier = data.get(source);
        if (earlier == null) {
            data.put(source, graph);
            return;
        }
        Graph merged = GraphFactory.createDefaultGraph();
        earlier.find().forEachRemaining(merged::add);
        graph.find().forEachRemaining(merged::add);
        data.put(source, merged);
    }
}
