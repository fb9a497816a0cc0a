package org.w3id.cailloux.bench;

import java.util.ArrayList;
import java.util.List;

/** The query mix's results as a table: per query and for the whole mix, node beside Fuseki. */
final class QueryMixTable {

    private final List<ResearcherQuery> queries;
    private final QueryMixBenchmark.Sizes sizes;
    private final QueryMixBenchmark.Timings node;
    private final QueryMixBenchmark.Timings fuseki;
    private final BenchOptions options;

    QueryMixTable(List<ResearcherQuery> queries, QueryMixBenchmark.Sizes sizes, QueryMixBenchmark.Timings node,
                  QueryMixBenchmark.Timings fuseki, BenchOptions options) {
        this.queries = queries;
        this.sizes = sizes;
        this.node = node;
        this.fuseki = fuseki;
        this.options = options;
    }

    void addTo(Report report, Targets targets) {
        List<List<String>> rows = new ArrayList<>();
        for (ResearcherQuery query : queries) {
            LatencyStats n = LatencyStats.of(node.perQuery().get(query.name()));
            LatencyStats f = LatencyStats.of(fuseki.perQuery().get(query.name()));
            int nodeSize = sizes.node().get(query.name());
            int fusekiSize = sizes.fuseki().get(query.name());
            rows.add(List.of("`" + query.name() + "`", nodeSize == fusekiSize ? Integer.toString(nodeSize) : nodeSize + " ≠ " + fusekiSize,
                    ms(n.p50Millis()), ms(n.p95Millis()), ms(f.p50Millis()), ms(f.p95Millis()), ratio(n.p50Millis() / f.p50Millis())));
        }
        LatencyStats nodeMix = LatencyStats.of(node.perMix());
        LatencyStats fusekiMix = LatencyStats.of(fuseki.perMix());
        double mixRatio = nodeMix.p50Millis() / fusekiMix.p50Millis();
        rows.add(List.of("**whole mix** (" + queries.size() + " queries in a row)", "",
                "**" + ms(nodeMix.p50Millis()) + "**", ms(nodeMix.p95Millis()),
                "**" + ms(fusekiMix.p50Millis()) + "**", ms(fusekiMix.p95Millis()), "**" + ratio(mixRatio) + "**"));
        double nodeQps = nodeMix.perSecond() * queries.size();
        double fusekiQps = fusekiMix.perSecond() * queries.size();
        report.heading(3, "Researcher query mix on /sparql, node vs Fuseki (" + options.rounds() + " rounds after "
                        + options.warmupRounds() + " warm-up rounds; latency in ms, client side, answer fully read)")
                .table(List.of("query", "answer size (rows / triples / ASK)", "node p50", "node p95", "Fuseki p50", "Fuseki p95",
                        "node / Fuseki (p50)"), rows)
                .paragraph("Throughput, one client, queries one after the other: node " + Report.number(nodeQps, 1)
                        + " queries/s, Fuseki " + Report.number(fusekiQps, 1) + " queries/s.");
        List<List<String>> questions = queries.stream().map(q -> List.of("`" + q.name() + "`", q.question())).toList();
        report.table(List.of("query", "what the researcher asks"), questions);
        targets.queryMix(mixRatio);
    }

    private static String ms(double millis) {
        return Report.number(millis, millis < 10 ? 2 : 1);
    }

    private static String ratio(double ratio) {
        return Report.number(ratio, 2) + "×";
    }
}
