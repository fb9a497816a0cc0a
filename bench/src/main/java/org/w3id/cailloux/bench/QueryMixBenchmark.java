package org.w3id.cailloux.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The researcher query mix against the node and Fuseki in one run: first a check that both give
 * answers of the same size to every query, then warm-up rounds, then measured rounds. Within a
 * round each query goes to both servers back to back, the first one alternating, so that neither
 * always profits from a warmer operating-system cache.
 */
final class QueryMixBenchmark {

    /** Latencies of one server: per query, and per round the time of the whole mix. */
    record Timings(Map<String, List<Long>> perQuery, List<Long> perMix) {}

    /** The answer sizes both servers gave in the check. */
    record Sizes(Map<String, Integer> node, Map<String, Integer> fuseki) {
        boolean agree() {
            return node.equals(fuseki);
        }
    }

    private final SparqlClient client;
    private final List<ResearcherQuery> queries;
    private final URI node;
    private final URI fuseki;

    QueryMixBenchmark(SparqlClient client, List<ResearcherQuery> queries, URI node, URI fuseki) {
        this.client = client;
        this.queries = queries;
        this.node = node;
        this.fuseki = fuseki;
    }

    /** Runs every query once on each server and counts rows, triples or the ASK answer. */
    Sizes check() {
        Map<String, Integer> nodeSizes = new LinkedHashMap<>();
        Map<String, Integer> fusekiSizes = new LinkedHashMap<>();
        for (ResearcherQuery query : queries) {
            nodeSizes.put(query.name(), SparqlClient.size(query, client.run(node, query)));
            fusekiSizes.put(query.name(), SparqlClient.size(query, client.run(fuseki, query)));
        }
        return new Sizes(nodeSizes, fusekiSizes);
    }

    /** Runs {@code warmup} unmeasured rounds then {@code rounds} measured ones; returns the node's and Fuseki's timings. */
    List<Timings> run(int warmup, int rounds) {
        for (int round = 0; round < warmup; round++) {
            round(round, null, null);
        }
        Timings nodeTimings = new Timings(new LinkedHashMap<>(), new ArrayList<>());
        Timings fusekiTimings = new Timings(new LinkedHashMap<>(), new ArrayList<>());
        queries.forEach(q -> {
            nodeTimings.perQuery().put(q.name(), new ArrayList<>());
            fusekiTimings.perQuery().put(q.name(), new ArrayList<>());
        });
        for (int round = 0; round < rounds; round++) {
            round(round, nodeTimings, fusekiTimings);
        }
        return List.of(nodeTimings, fusekiTimings);
    }

    private void round(int round, Timings nodeTimings, Timings fusekiTimings) {
        long nodeMix = 0;
        long fusekiMix = 0;
        for (int i = 0; i < queries.size(); i++) {
            ResearcherQuery query = queries.get(i);
            long nodeNanos;
            long fusekiNanos;
            if ((round + i) % 2 == 0) {
                nodeNanos = client.run(node, query).nanos();
                fusekiNanos = client.run(fuseki, query).nanos();
            } else {
                fusekiNanos = client.run(fuseki, query).nanos();
                nodeNanos = client.run(node, query).nanos();
            }
            nodeMix += nodeNanos;
            fusekiMix += fusekiNanos;
            if (nodeTimings != null) {
                nodeTimings.perQuery().get(query.name()).add(nodeNanos);
                fusekiTimings.perQuery().get(query.name()).add(fusekiNanos);
            }
        }
        if (nodeTimings != null) {
            nodeTimings.perMix().add(nodeMix);
            fusekiTimings.perMix().add(fusekiMix);
        }
    }
}
