package org.w3id.cailloux.node.federation;

import java.util.List;
import java.util.OptionalLong;
import org.apache.jena.graph.Triple;
import org.w3id.cailloux.node.federation.SourceSelection.StarSelection;

/**
 * What the planner decided for one query, phase by phase: the decisions {@code /federation/explain} shows and
 * the requests {@link DataRounds} sends.
 *
 * @param extracted   the stars read from the query (phase 1)
 * @param local       the patterns answered from the local vocabulary (phase 2)
 * @param selections  each remaining star with its filters (phase 3) and sources (phases 4, 5)
 * @param rounds      the stars of the first round and those bound-joined in the second (phase 6)
 * @param limit       the LIMIT pushed to the nodes, if any (phase 7)
 * @param firstRound  the data requests of the first round, one per node (phase 8)
 * @param services    the SERVICE clauses, answered during the first round
 */
record FederationPlan(List<Star> extracted, List<Triple> local, List<StarSelection> selections, BoundJoin.Rounds rounds,
                      OptionalLong limit, List<ExclusiveGroups.FetchRequest> firstRound, List<ServiceCalls.Call> services) {}
