package org.w3id.cailloux.node.federation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Triple;
import org.w3id.cailloux.node.federation.SourceSelection.StarSelection;

/**
 * What the planner decided for one query, phase by phase: the decisions {@code /federation/explain} shows and
 * the requests {@link DataRounds} sends.
 *
 * @param extracted   the stars read from the query (phase 1)
 * @param local       the patterns answered from the local vocabulary (phase 2)
 * @param joined      the stars each star took in through record-part properties (phase 3)
 * @param selections  each remaining star with its filters (phase 4) and sources (phases 5, 6)
 * @param rounds      the stars of the first round and those bound-joined in the second (phase 7)
 * @param limit       the LIMIT (and ORDER BY) pushed to the nodes, if any (phase 8)
 * @param aggregate   the GROUP BY and aggregates pushed to the nodes, or why not (phase 9)
 * @param firstRound  the data requests of the first round, one per node (phase 10); none when the aggregate is pushed
 * @param services    the SERVICE clauses, answered during the first round
 */
record FederationPlan(List<Star> extracted, List<Triple> local, Map<Integer, List<Integer>> joined,
                      List<StarSelection> selections, BoundJoin.Rounds rounds, Optional<LimitPushdown.TopK> limit,
                      AggregatePushdown.Decision aggregate, List<ExclusiveGroups.FetchRequest> firstRound,
                      List<ServiceCalls.Call> services) {

    /** The partial aggregation the nodes answer instead of sending their matches, if pushed down. */
    Optional<PartialAggregation> partialAggregation() {
        return aggregate.pushed();
    }
}
