package org.w3id.cailloux.node.federation;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpReduced;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.expr.Expr;

/**
 * The pattern an aggregate query groups, as {@link AggregatePushdown} can send it to the nodes: one basic graph
 * pattern with its FILTERs, in the default graph ({@code graph} null) or in a {@code GRAPH}.
 *
 * @param graph   the graph's IRI or variable; null for the default graph
 * @param filters the FILTERs over the pattern
 * @param triples its triple patterns
 */
record GroupedPattern(Node graph, List<Expr> filters, List<Triple> triples) {

    /** The grouping under the query's ORDER BY, HAVING, projection and slice, or null. */
    static OpGroup group(Op op) {
        Op inner = op;
        while (true) {
            switch (inner) {
                case OpSlice s -> inner = s.getSubOp();
                case OpDistinct d -> inner = d.getSubOp();
                case OpReduced r -> inner = r.getSubOp();
                case OpProject p -> inner = p.getSubOp();
                case OpOrder o -> inner = o.getSubOp();
                case OpFilter f -> inner = f.getSubOp();
                case OpExtend e -> inner = e.getSubOp();
                case OpGroup g -> {
                    return g;
                }
                default -> {
                    return null;
                }
            }
        }
    }

    /** The pattern under a grouping, or null when it is not one basic graph pattern (with FILTERs, in a GRAPH or not). */
    static GroupedPattern of(Op op) {
        Node graph = null;
        Op inner = op;
        if (inner instanceof OpGraph g) {
            graph = g.getNode();
            inner = g.getSubOp();
        }
        List<Expr> filters = List.of();
        if (inner instanceof OpFilter f) {
            filters = f.getExprs().getList();
            inner = f.getSubOp();
        }
        return inner instanceof OpBGP bgp ? new GroupedPattern(graph, filters, bgp.getPattern().getList()) : null;
    }
}
