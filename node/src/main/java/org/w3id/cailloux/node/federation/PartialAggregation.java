package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Var;

/**
 * An aggregate pushed down to the nodes: each node groups its own matches and sends one row per group with
 * partial aggregates, which {@link AggregateMerge} combines. Exact because every match of the pattern lies in
 * one node's data and no two nodes find the same match.
 *
 * @param keys     the GROUP BY variables, which each node returns as they are
 * @param partials how each aggregate of the query is split
 * @param rows     the variable counting each group's matches on a node (an implicit group may have none)
 * @param requests the SELECT sent to each node
 */
record PartialAggregation(List<Var> keys, List<Partial> partials, Var rows, List<Request> requests) {

    /** How partial values combine into the query's aggregate; ONLY: one node computed the whole group. */
    enum Combine { SUM, MIN, MAX, AVG, ONLY }

    /**
     * One aggregate of the query.
     *
     * @param aggregate the query's aggregate variable
     * @param combine   how the nodes' values combine
     * @param vars      the variables of the partial values (AVG: the sum, then the count)
     * @param text      what each node computes for them, as SPARQL
     */
    record Partial(Var aggregate, Combine combine, List<Var> vars, List<String> text) {}

    /** The partial query one node answers. */
    record Request(Source source, String query) {}

    /** Every variable a node's row carries, in order. */
    List<Var> rowVars() {
        List<Var> vars = new ArrayList<>(keys);
        partials.forEach(p -> vars.addAll(p.vars()));
        vars.add(rows);
        return vars;
    }
}
