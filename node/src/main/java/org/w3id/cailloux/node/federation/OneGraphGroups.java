package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.w3id.cailloux.node.federation.SourceSelection.StarSelection;

/**
 * A grouped pattern of any shape (UNION, OPTIONAL, BIND, FILTERs over several basic graph patterns) inside
 * {@code GRAPH ?g} when {@code ?g} is a GROUP BY key: each group is then one city's, so one node computes it whole.
 * Each basic graph pattern goes out as the distinct matches of the node's data, so a triple held in two of the
 * node's graphs counts once, as it does when the matches are fetched and grouped here.
 *
 * @param graph    the GRAPH variable, a key of every group
 * @param pattern  the pattern inside the GRAPH
 * @param triples  its triple patterns, in order
 * @param filters  every expression it evaluates (FILTERs, OPTIONAL conditions, BINDs)
 * @param vars     the variables it can bind (with the graph variable)
 */
record OneGraphGroups(Var graph, Op pattern, List<Triple> triples, List<Expr> filters, Set<Var> vars) {

    /** The pattern under a grouping when it has this form and only these operators, or null. */
    static OneGraphGroups of(Op grouped, List<Var> keys) {
        if (!(grouped instanceof OpGraph g) || !g.getNode().isVariable() || !keys.contains(Var.alloc(g.getNode()))) {
            return null;
        }
        List<Triple> triples = new ArrayList<>();
        List<Expr> filters = new ArrayList<>();
        Set<Var> vars = new LinkedHashSet<>();
        vars.add(Var.alloc(g.getNode()));
        return collect(g.getSubOp(), triples, filters, vars) ? new OneGraphGroups(Var.alloc(g.getNode()), g.getSubOp(), triples, filters, vars) : null;
    }

    private static boolean collect(Op op, List<Triple> triples, List<Expr> filters, Set<Var> vars) {
        return switch (op) {
            case OpBGP bgp -> {
                for (Triple t : bgp.getPattern().getList()) {
                    triples.add(t);
                    for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                        if (n.isVariable()) {
                            vars.add(Var.alloc(n));
                        } else if (n.isBlank()) {
                            yield false;
                        }
                    }
                }
                yield !bgp.getPattern().isEmpty();
            }
            case OpFilter f -> {
                filters.addAll(f.getExprs().getList());
                yield collect(f.getSubOp(), triples, filters, vars);
            }
            case OpExtend e -> {
                filters.addAll(e.getVarExprList().getExprs().values());
                vars.addAll(e.getVarExprList().getVars());
                yield collect(e.getSubOp(), triples, filters, vars);
            }
            case OpLeftJoin l -> {
                if (l.getExprs() != null) {
                    filters.addAll(l.getExprs().getList());
                }
                yield collect(l.getLeft(), triples, filters, vars) && collect(l.getRight(), triples, filters, vars);
            }
            case OpJoin j -> collect(j.getLeft(), triples, filters, vars) && collect(j.getRight(), triples, filters, vars);
            case OpUnion u -> collect(u.getLeft(), triples, filters, vars) && collect(u.getRight(), triples, filters, vars);
            case OpSequence s -> s.getElements().stream().allMatch(e -> collect(e, triples, filters, vars));
            case OpTable t -> t.isJoinIdentity();
            default -> false;
        };
    }

    /** The nodes that may match the pattern: every part of a join, either side of a UNION, the left of an OPTIONAL. */
    List<Source> sources(List<StarSelection> selections) {
        Map<Triple, Set<Source>> byTriple = new HashMap<>();
        Set<Source> all = new LinkedHashSet<>();
        for (StarSelection s : selections) {
            all.addAll(s.sources());
            s.star().triples().forEach(t -> byTriple.computeIfAbsent(t, k -> new HashSet<>()).addAll(s.sources()));
        }
        Set<Source> matching = sources(pattern, byTriple);
        return all.stream().filter(s -> matching == null || matching.contains(s)).toList();
    }

    /** Null stands for every node (a pattern that matches without data). */
    private static Set<Source> sources(Op op, Map<Triple, Set<Source>> byTriple) {
        return switch (op) {
            case OpBGP bgp -> bgp.getPattern().getList().stream().map(t -> byTriple.getOrDefault(t, Set.of()))
                    .reduce(null, OneGraphGroups::both, OneGraphGroups::both);
            case OpFilter f -> sources(f.getSubOp(), byTriple);
            case OpExtend e -> sources(e.getSubOp(), byTriple);
            case OpLeftJoin l -> sources(l.getLeft(), byTriple);
            case OpJoin j -> both(sources(j.getLeft(), byTriple), sources(j.getRight(), byTriple));
            case OpSequence s -> s.getElements().stream().map(e -> sources(e, byTriple)).reduce(null, OneGraphGroups::both, OneGraphGroups::both);
            case OpUnion u -> {
                Set<Source> left = sources(u.getLeft(), byTriple);
                Set<Source> right = sources(u.getRight(), byTriple);
                if (left == null || right == null) {
                    yield null;
                }
                Set<Source> either = new HashSet<>(left);
                either.addAll(right);
                yield either;
            }
            default -> null;
        };
    }

    private static Set<Source> both(Set<Source> a, Set<Source> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Set<Source> common = new HashSet<>(a);
        common.retainAll(b);
        return common;
    }

    /** The pattern as one node's SPARQL, each basic graph pattern matched in its data graphs (variables from {@code graphBase}). */
    String text(String graphBase) {
        int[] next = {0};
        return text(pattern, graphBase, next);
    }

    private static String text(Op op, String graphBase, int[] next) {
        return switch (op) {
            case OpBGP bgp -> {
                Set<Var> matched = new LinkedHashSet<>();
                bgp.getPattern().forEach(t -> List.of(t.getSubject(), t.getPredicate(), t.getObject())
                        .forEach(n -> { if (n.isVariable()) matched.add(Var.alloc(n)); }));
                String data = RemoteQueries.nodeData(bgp.getPattern().getList(), List.of(), graphBase + (next[0]++) + "_");
                yield matched.isEmpty() ? "{ SELECT * WHERE { " + data + "} LIMIT 1 }"
                        : "{ SELECT DISTINCT " + matched.stream().map(Var::toString).collect(Collectors.joining(" ")) + " WHERE { " + data + "} }";
            }
            case OpFilter f -> "{ " + text(f.getSubOp(), graphBase, next) + filters(f.getExprs()) + " }";
            case OpExtend e -> "{ " + text(e.getSubOp(), graphBase, next) + binds(e.getVarExprList()) + " }";
            case OpLeftJoin l -> "{ " + text(l.getLeft(), graphBase, next) + " OPTIONAL { " + text(l.getRight(), graphBase, next)
                    + (l.getExprs() == null ? "" : filters(l.getExprs())) + " } }";
            case OpJoin j -> "{ " + text(j.getLeft(), graphBase, next) + " " + text(j.getRight(), graphBase, next) + " }";
            case OpSequence s -> s.getElements().stream().map(e -> text(e, graphBase, next)).collect(Collectors.joining(" ", "{ ", " }"));
            case OpUnion u -> "{ " + text(u.getLeft(), graphBase, next) + " UNION " + text(u.getRight(), graphBase, next) + " }";
            case OpTable t -> "{ }";
            default -> throw new IllegalStateException("not a pattern of one graph: " + op.getName());
        };
    }

    private static String filters(ExprList exprs) {
        return exprs.getList().stream().map(e -> " FILTER(" + RemoteQueries.expression(e) + ")").collect(Collectors.joining());
    }

    private static String binds(VarExprList binds) {
        return binds.getVars().stream().map(v -> " BIND(" + RemoteQueries.expression(binds.getExpr(v)) + " AS " + v + ")").collect(Collectors.joining());
    }
}
