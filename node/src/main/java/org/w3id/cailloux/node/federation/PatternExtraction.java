package org.w3id.cailloux.node.federation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.Path;

/**
 * Phase 1: the patterns a query matches against the network's data, read from its algebra (sub-queries and
 * EXISTS included, SERVICE bodies left to their peer): each basic graph pattern cut into stars by subject,
 * with its graph scope and the FILTERs directly over it; each property path becomes one pattern per
 * predicate it can follow ({@code ?s <p> ?o}), a negated property set one {@code ?s ?p ?o}.
 */
final class PatternExtraction {

    /**
     * What the query matches.
     *
     * @param stars        every star, in the order of the query
     * @param groupFilters the FILTER expressions over each basic graph pattern, by group number
     * @param groupValues  the values a VALUES block joined with each basic graph pattern allows its variables, by group
     *                     number (a variable left UNDEF in a row is not constrained)
     */
    record Patterns(List<Star> stars, Map<Integer, List<Expr>> groupFilters, Map<Integer, Map<Var, Set<Node>>> groupValues) {

        /** Nothing to match. */
        static Patterns none() {
            return new Patterns(List.of(), Map.of(), Map.of());
        }
    }

    Patterns extract(Op op) {
        List<Star> stars = new ArrayList<>();
        Map<Integer, List<Expr>> groupFilters = new LinkedHashMap<>();
        Deque<GraphScope> scopes = new ArrayDeque<>();
        scopes.push(GraphScope.DEFAULT);
        Map<Op, List<Expr>> filtersOver = new IdentityHashMap<>();
        Map<Op, Map<Var, Set<Node>>> valuesOver = new IdentityHashMap<>();
        Map<Integer, Map<Var, Set<Node>>> groupValues = new LinkedHashMap<>();
        int[] serviceDepth = {0};
        int[] groups = {0};
        OpVisitorBase before = new OpVisitorBase() {
            @Override
            public void visit(OpGraph graph) {
                scopes.push(new GraphScope(graph.getNode()));
            }

            @Override
            public void visit(OpService service) {
                serviceDepth[0]++;
            }

            @Override
            public void visit(OpFilter filter) {
                if (filter.getSubOp() instanceof OpBGP) {
                    filtersOver.put(filter.getSubOp(), filter.getExprs().getList());
                }
            }

            @Override
            public void visit(OpJoin join) {
                valuesJoined(join, valuesOver);
            }

            @Override
            public void visit(OpSequence sequence) {
                valuesJoined(sequence, valuesOver);
            }
        };
        OpVisitorBase after = new OpVisitorBase() {
            @Override
            public void visit(OpGraph graph) {
                scopes.pop();
            }

            @Override
            public void visit(OpService service) {
                serviceDepth[0]--;
            }
        };
        OpVisitorBase visitor = new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                if (serviceDepth[0] > 0 || bgp.getPattern().isEmpty()) {
                    return;
                }
                int group = groups[0]++;
                groupFilters.put(group, filtersOver.getOrDefault(bgp, List.of()));
                if (valuesOver.containsKey(bgp)) {
                    groupValues.put(group, valuesOver.get(bgp));
                }
                Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
                bgp.getPattern().forEach(t -> bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t));
                bySubject.values().forEach(triples -> stars.add(new Star(stars.size(), group, scopes.peek(), triples, List.of())));
            }

            @Override
            public void visit(OpPath path) {
                if (serviceDepth[0] > 0) {
                    return;
                }
                List<Node> predicates = new ArrayList<>();
                predicates(path.getTriplePath().getPath(), predicates);
                for (Node predicate : predicates) {
                    int n = stars.size();
                    Triple pattern = Triple.create(Var.alloc("path" + n + "s"), predicate, Var.alloc("path" + n + "o"));
                    stars.add(new Star(n, -1, scopes.peek(), List.of(pattern), List.of()));
                }
            }

            @Override
            public void visit(OpDatasetNames names) {
                // GRAPH ?g {}: which nodes have data at all
                if (serviceDepth[0] == 0) {
                    int n = stars.size();
                    Triple any = Triple.create(Var.alloc("any" + n + "s"), Var.alloc("any" + n + "p"), Var.alloc("any" + n + "o"));
                    stars.add(new Star(n, -1, new GraphScope(names.getGraphNode()), List.of(any), List.of()));
                }
            }
        };
        // The expression visitor makes the walker enter EXISTS and NOT EXISTS patterns too
        Walker.walk(op, visitor, new ExprVisitorBase(), before, after);
        return new Patterns(stars, groupFilters, groupValues);
    }

    /**
     * For a join of VALUES blocks and basic graph patterns (nested joins flattened; a BGP may sit under its
     * FILTER), the values each block allows, recorded for each BGP of the join: every solution of the join binds
     * those variables to one of them. Anything else in the join (OPTIONAL, UNION...) is left as it is.
     */
    private static void valuesJoined(Op join, Map<Op, Map<Var, Set<Node>>> valuesOver) {
        List<Op> leaves = new ArrayList<>();
        flatten(join, leaves);
        Map<Var, Set<Node>> values = new LinkedHashMap<>();
        List<Op> bgps = new ArrayList<>();
        for (Op leaf : leaves) {
            if (leaf instanceof OpTable table && !table.isJoinIdentity()) {
                values.putAll(values(table));
            } else if (leaf instanceof OpBGP) {
                bgps.add(leaf);
            } else if (leaf instanceof OpFilter filter && filter.getSubOp() instanceof OpBGP) {
                bgps.add(filter.getSubOp());
            }
        }
        if (!values.isEmpty()) {
            bgps.forEach(bgp -> valuesOver.merge(bgp, values, (a, b) -> {
                Map<Var, Set<Node>> both = new LinkedHashMap<>(a);
                both.putAll(b);
                return both;
            }));
        }
    }

    private static void flatten(Op op, List<Op> leaves) {
        switch (op) {
            case OpJoin join -> {
                flatten(join.getLeft(), leaves);
                flatten(join.getRight(), leaves);
            }
            case OpSequence sequence -> sequence.getElements().forEach(element -> flatten(element, leaves));
            default -> leaves.add(op);
        }
    }

    /** The values of each variable of the table that every row binds. */
    private static Map<Var, Set<Node>> values(OpTable table) {
        Map<Var, Set<Node>> values = new LinkedHashMap<>();
        for (Var var : table.getTable().getVars()) {
            Set<Node> allowed = new LinkedHashSet<>();
            boolean everyRow = true;
            for (var rows = table.getTable().rows(); rows.hasNext(); ) {
                Binding row = rows.next();
                Node value = row.get(var);
                if (value == null) {
                    everyRow = false;
                    break;
                }
                allowed.add(value);
            }
            if (everyRow && !allowed.isEmpty()) {
                values.put(var, allowed);
            }
        }
        return values;
    }

    /** The predicates a path can follow; a variable stands for any predicate (negated property sets). */
    private static void predicates(Path path, List<Node> into) {
        switch (path) {
            case P_Link link -> add(link.getNode(), into);
            case P_ReverseLink link -> add(link.getNode(), into);
            case P_NegPropSet negated -> add(Var.alloc("negated" + into.size()), into);
            case P_Path1 one -> predicates(one.getSubPath(), into);
            case P_Path2 two -> {
                predicates(two.getLeft(), into);
                predicates(two.getRight(), into);
            }
            default -> add(Var.alloc("unknown" + into.size()), into);
        }
    }

    private static void add(Node predicate, List<Node> into) {
        if (!into.contains(predicate)) {
            into.add(predicate);
        }
    }
}
