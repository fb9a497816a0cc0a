package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;

/** The JSON of {@code /federation/explain}: each phase's decisions and the requests the query would send. */
final class FederationExplain {

    /** Stands for the values a bound join takes from the first round, which explain does not fetch. */
    static final String ROUND_ONE_VALUES = "urn:cailloux:values-found-in-round-1";

    private FederationExplain() {}

    static Map<String, Object> describe(Query query, FederationPlan plan, SourceLedger ledger) {
        Map<String, Object> phases = new LinkedHashMap<>();
        phases.put("patternExtraction", plan.extracted().stream().map(FederationExplain::star).toList());
        phases.put("vocabularyPatterns", plan.local().stream().map(RemoteQueries::triple).toList());
        phases.put("recordPartJoins", plan.joined().entrySet().stream().map(e -> {
            Map<String, Object> join = new LinkedHashMap<>();
            join.put("star", e.getKey());
            join.put("joined", e.getValue());
            join.put("reason", "reached through a record-part property: same record, same node");
            return join;
        }).toList());
        phases.put("sourceSelection", plan.selections().stream().map(s -> {
            Map<String, Object> star = star(s.star());
            star.put("sources", s.decisions().stream().map(d -> {
                Map<String, Object> decision = new LinkedHashMap<>();
                decision.put("node", d.source().nodeIri());
                decision.put("selected", d.relevant());
                decision.put("reason", d.reason());
                return decision;
            }).toList());
            return star;
        }).toList());
        phases.put("boundJoin", plan.rounds().second().stream().map(d -> {
            Map<String, Object> join = new LinkedHashMap<>();
            join.put("star", d.star().star().id());
            join.put("valuesFrom", d.provider().id());
            join.put("variable", d.variable().toString());
            return join;
        }).toList());
        phases.put("coveredStars", plan.rounds().covered().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(Star::id))).map(e -> {
                    Map<String, Object> covered = new LinkedHashMap<>();
                    covered.put("star", e.getKey().id());
                    covered.put("matchedIn", e.getValue().id());
                    return covered;
                }).toList());
        phases.put("fetchedWhole", plan.rounds().whole().stream().map(Star::id).sorted().toList());
        phases.put("limitPushdown", plan.limit().map(FederationExplain::limit).orElse(null));
        phases.put("aggregatePushdown", aggregate(plan.aggregate()));
        List<Map<String, Object>> requests = new ArrayList<>();
        plan.partialAggregation().ifPresent(p -> p.requests().forEach(r -> {
            Map<String, Object> partial = request(r.source(), 1, r.query());
            partial.put("aggregate", true);
            requests.add(partial);
        }));
        plan.firstRound().forEach(r -> requests.add(request(r.source(), 1, r.query())));
        secondRound(plan).forEach(r -> requests.add(request(r.source(), 2, r.query())));
        plan.services().forEach(c -> {
            Map<String, Object> service = request(c.source(), 1, c.query());
            service.put("service", true);
            service.put("silent", c.silent());
            requests.add(service);
        });
        phases.put("exclusiveGroups", requests);

        Map<String, Object> explanation = new LinkedHashMap<>();
        explanation.put("query", query.toString());
        explanation.put("phases", phases);
        explanation.put("sourceSelectionRequests", ledger.sources().stream().map(s -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("node", s.nodeIri());
            node.put("self", s.isSelf());
            node.put("sent", ledger.entry(s).selectionRequests);
            if (ledger.entry(s).failure != null) {
                node.put("failure", ledger.entry(s).failure);
            }
            return node;
        }).toList());
        explanation.put("dataRequestsSent", 0);
        explanation.put("note", "Source-selection questions were sent (\"sent\" per node) or answered from cache or VoID; "
                + "no data request was sent. Second-round requests show " + ROUND_ONE_VALUES
                + " where the values found in the first round would go.");
        return explanation;
    }

    private static List<ExclusiveGroups.FetchRequest> secondRound(FederationPlan plan) {
        Map<Source, List<RemoteQueries.Fetch>> bySource = new LinkedHashMap<>();
        for (BoundJoin.Deferred d : plan.rounds().second()) {
            RemoteQueries.Fetch fetch = new RemoteQueries.Fetch(d.star().star(), List.of(NodeFactory.createURI(ROUND_ONE_VALUES)));
            d.star().sources().forEach(s -> bySource.computeIfAbsent(s, k -> new ArrayList<>()).add(fetch));
        }
        // one request a node: the values are not known yet, so neither is where the requests would be cut
        return new ExclusiveGroups(Integer.MAX_VALUE).requests(bySource, 2, Optional.empty());
    }

    private static Map<String, Object> limit(LimitPushdown.TopK topK) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rows", topK.rows());
        map.put("orderBy", topK.order().stream().map(c -> (c.getDirection() == Query.ORDER_DESCENDING ? "DESC(" : "ASC(")
                + RemoteQueries.expression(c.getExpression()) + ")").toList());
        return map;
    }

    private static Map<String, Object> aggregate(AggregatePushdown.Decision decision) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("pushed", decision.pushed().isPresent());
        map.put("reason", decision.reason());
        decision.pushed().ifPresent(p -> {
            map.put("groupBy", p.keys().stream().map(Object::toString).toList());
            map.put("partials", p.partials().stream().map(partial -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("combine", partial.combine().name());
                one.put("eachNode", partial.text());
                return one;
            }).toList());
        });
        return map;
    }

    private static Map<String, Object> star(Star star) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("star", star.id());
        map.put("group", star.group());
        map.put("scope", star.scope().toString());
        map.put("patterns", star.text());
        return map;
    }

    private static Map<String, Object> request(Source source, int round, String query) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("node", source.nodeIri());
        map.put("round", round);
        map.put("query", query);
        return map;
    }
}
