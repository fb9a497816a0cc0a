package org.w3id.cailloux.node.federation;

import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpSlice;

/**
 * Phase 8: a LIMIT travels to the nodes when it is safe: the whole query is one star (record parts joined in)
 * with all its FILTERs pushed, no grouping or aggregate, no DISTINCT or REDUCED, no VALUES. Each node then sends
 * at most LIMIT + OFFSET distinct matches, which is enough for any LIMIT + OFFSET answer of the union. With an
 * ORDER BY over the star's variables, each node sends its first LIMIT + OFFSET matches in that order (top-k):
 * a row of the answer is among the first LIMIT + OFFSET of its own node.
 */
final class LimitPushdown {

    /**
     * The matches each node sends.
     *
     * @param rows  at most this many distinct matches
     * @param order the first ones in this order; empty: any
     */
    record TopK(long rows, List<SortCondition> order) {}

    Optional<TopK> limit(Query query, Op op, List<Star> extracted, List<Star> stars, int localPatterns) {
        if (!query.hasLimit() || query.hasGroupBy() || query.hasAggregators() || query.hasHaving()
                || query.isDistinct() || query.isReduced() || query.hasValues() || query.isAskType()
                || stars.size() != 1 || localPatterns != 0 || tripleCount(extracted) != tripleCount(stars)) {
            return Optional.empty();
        }
        Star star = stars.getFirst();
        Op inner = op;
        if (inner instanceof OpSlice slice) {
            inner = slice.getSubOp();
        }
        if (inner instanceof OpProject project) {
            inner = project.getSubOp();
        }
        List<SortCondition> order = List.of();
        if (inner instanceof OpOrder sorted) {
            order = sorted.getConditions();
            boolean local = order.stream().allMatch(c -> star.vars().containsAll(c.getExpression().getVarsMentioned())
                    && FilterPushdown.portable(c.getExpression()));
            if (!local) {
                return Optional.empty();
            }
            inner = sorted.getSubOp();
        }
        if (inner instanceof OpFilter filter) {
            if (filter.getExprs().size() != star.filters().size()) {
                return Optional.empty();
            }
            inner = filter.getSubOp();
        }
        if (!(inner instanceof OpBGP)) {
            return Optional.empty();
        }
        long offset = query.hasOffset() ? query.getOffset() : 0;
        return Optional.of(new TopK(query.getLimit() + offset, order));
    }

    private static int tripleCount(List<Star> stars) {
        return stars.stream().mapToInt(s -> s.triples().size()).sum();
    }
}
