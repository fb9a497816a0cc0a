package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * After filter pushdown: the values this node's vocabulary gives a variable go out with the stars that share it. A theme
 * looked up by its label ({@code ?t skos:prefLabel "mobilité"@fr . ?e cx:theme ?t}) reaches the nodes as
 * {@code FILTER(?t IN (<…/themes/mobility>))} instead of every experiment with its themes. Sound inside one
 * basic graph pattern, whose every solution binds the variable to a value its vocabulary patterns match; only
 * when the vocabulary gives few values ({@link #MAX_VALUES}), so that the request stays small.
 */
final class VocabularyBindings {

    /** The most values sent for one variable. */
    static final int MAX_VALUES = 64;
    private static final int MAX_ROWS = 10_000;

    private final Graph vocabulary;

    VocabularyBindings(Graph vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The stars, each with a FILTER … IN for every variable its group's vocabulary patterns bind to few values. */
    List<Star> bind(List<Star> stars, Map<Integer, List<Triple>> localByGroup) {
        Map<Integer, Map<Var, Set<Node>>> valuesByGroup = new HashMap<>();
        localByGroup.forEach((group, triples) -> {
            if (group >= 0) {
                valuesByGroup.put(group, values(triples));
            }
        });
        List<Star> bound = new ArrayList<>();
        for (Star star : stars) {
            Map<Var, Set<Node>> values = star.scope().isDefault() ? valuesByGroup.get(star.group()) : null;
            bound.add(values == null ? star : star.allowing(values));
        }
        return bound;
    }

    /** The distinct values of each variable of {@code triples} matched in the vocabulary, few enough to send. */
    private Map<Var, Set<Node>> values(List<Triple> triples) {
        Map<Var, Set<Node>> values = new HashMap<>();
        Set<Var> tooMany = new LinkedHashSet<>();
        QueryIterator rows = Algebra.exec(new OpBGP(BasicPattern.wrap(triples)), DatasetGraphFactory.wrap(vocabulary));
        try {
            int count = 0;
            while (rows.hasNext()) {
                if (++count > MAX_ROWS) {
                    return Map.of();
                }
                Binding row = rows.next();
                row.vars().forEachRemaining(var -> {
                    Set<Node> seen = values.computeIfAbsent(var, v -> new LinkedHashSet<>());
                    if (seen.add(row.get(var)) && seen.size() > MAX_VALUES) {
                        tooMany.add(var);
                    }
                });
            }
        } finally {
            rows.close();
        }
        // A pattern with no match in the vocabulary: every variable it binds has no value
        for (Triple t : triples) {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isVariable()) {
                    values.putIfAbsent(Var.alloc(n), new LinkedHashSet<>());
                }
            }
        }
        tooMany.forEach(values::remove);
        return values;
    }
}
