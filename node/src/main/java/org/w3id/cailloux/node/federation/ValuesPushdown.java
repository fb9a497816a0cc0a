package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;

/**
 * After vocabulary bindings: the values a VALUES block joined with a basic graph pattern allows go out with the
 * stars of that pattern, as {@code FILTER(?v IN (...))}, which {@link RemoteQueries} sends as a VALUES block when
 * the values are IRIs. The details of fifty chosen experiments ({@code VALUES ?e { ... } ?e cx:effect ?x ...})
 * then reach the nodes as those fifty, instead of every experiment's effects. Sound because every solution of the
 * join binds the variable to one of the values; a superset is fetched at worst ({@code IN} compares by value), the
 * join itself is still evaluated centrally. Only for a few values ({@link #MAX_VALUES}), so that each request
 * stays well under a node's query size limit.
 */
final class ValuesPushdown {

    /** The most values sent for one variable. */
    static final int MAX_VALUES = 100;

    /** The stars, each with a FILTER … IN for every variable a VALUES block of its group constrains to few values. */
    List<Star> apply(List<Star> stars, Map<Integer, Map<Var, Set<Node>>> groupValues) {
        List<Star> constrained = new ArrayList<>(stars.size());
        for (Star star : stars) {
            Map<Var, Set<Node>> values = star.group() < 0 ? null : groupValues.get(star.group());
            if (values == null) {
                constrained.add(star);
                continue;
            }
            Map<Var, Set<Node>> few = new HashMap<>();
            values.forEach((var, allowed) -> {
                if (allowed.size() <= MAX_VALUES) {
                    few.put(var, allowed);
                }
            });
            constrained.add(star.allowing(few));
        }
        return constrained;
    }
}
