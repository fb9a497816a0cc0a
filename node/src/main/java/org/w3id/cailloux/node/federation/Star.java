package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_OneOf;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Triple patterns of one basic graph pattern sharing a subject, with the FILTERs over that pattern that use
 * only their variables: the unit the planner fetches from a node.
 *
 * @param id      the star's number in the query
 * @param group   the basic graph pattern it comes from (stars of one group are joined); -1 for a path's predicate
 * @param scope   the graph it is matched in
 * @param triples its triple patterns
 * @param filters the FILTER expressions pushed down with it
 */
record Star(int id, int group, GraphScope scope, List<Triple> triples, List<Expr> filters) {

    Star {
        triples = List.copyOf(triples);
        filters = List.copyOf(filters);
    }

    Node subject() {
        return triples.getFirst().getSubject();
    }

    /** Every variable of its triple patterns, in order of appearance. */
    Set<Var> vars() {
        Set<Var> vars = new LinkedHashSet<>();
        for (Triple t : triples) {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isVariable()) {
                    vars.add(Var.alloc(n));
                }
            }
        }
        return vars;
    }

    /** Variables in object position: a bound join can take their values to other stars. */
    Set<Var> objectVars() {
        return triples.stream().map(Triple::getObject).filter(Node::isVariable).map(Var::alloc)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Star withTriples(List<Triple> kept) {
        return new Star(id, group, scope, kept, filters);
    }

    Star withFilters(List<Expr> pushed) {
        return new Star(id, group, scope, triples, pushed);
    }

    /**
     * The star with a {@code FILTER(?v IN (...))} for each of its variables that {@code allowed} gives values (an
     * empty set matches nothing); itself when it has none of them.
     */
    Star allowing(Map<Var, Set<Node>> allowed) {
        List<Expr> pushed = new ArrayList<>(filters);
        for (Var var : vars()) {
            Set<Node> values = allowed.get(var);
            if (values != null) {
                ExprList list = new ExprList();
                values.forEach(node -> list.add(NodeValue.makeNode(node)));
                pushed.add(new E_OneOf(new ExprVar(var), list));
            }
        }
        return pushed.size() == filters.size() ? this : withFilters(pushed);
    }

    /** The star as SPARQL text, for explanations and logs. */
    String text() {
        String patterns = triples.stream().map(RemoteQueries::triple).collect(Collectors.joining(" . "));
        String conditions = filters.stream().map(e -> " FILTER(" + RemoteQueries.expression(e) + ")").collect(Collectors.joining());
        return patterns + " ." + conditions;
    }
}
