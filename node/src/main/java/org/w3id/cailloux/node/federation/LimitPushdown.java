package org.w3id.cailloux.node.federation;

import java.util.List;
import java.util.OptionalLong;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpSlice;

/**
 * Phase 7: a LIMIT travels to the nodes when it is safe: the whole query is one star with all its FILTERs
 * pushed, no ORDER BY, no grouping or aggregate, no DISTINCT or REDUCED, no VALUES. Each node then sends at most
 * LIMIT + OFFSET distinct matches, which is enough for any LIMIT + OFFSET answer of the union.
 */
final class LimitPushdown {

    OptionalLong limit(Query query, Op op, List<Star> extracted, List<Star> stars, int localPatterns) {
        if (!query.hasLimit() || query.hasOrderBy() || query.hasGroupBy() || query.hasAggregators() || query.hasHaving()
                || query.isDistinct() || query.isReduced() || query.hasValues() || query.isAskType()
                || extracted.size() != 1 || stars.size() != 1 || localPatterns != 0) {
            return OptionalLong.empty();
        }
        Op inner = op;
        if (inner instanceof OpSlice slice) {
            inner = slice.getSubOp();
        }
        if (inner instanceof OpProject project) {
            inner = project.getSubOp();
        }
        if (inner instanceof OpFilter filter) {
            if (filter.getExprs().size() != stars.getFirst().filters().size()) {
                return OptionalLong.empty();
            }
            inner = filter.getSubOp();
        }
        if (!(inner instanceof OpBGP)) {
            return OptionalLong.empty();
        }
        long offset = query.hasOffset() ? query.getOffset() : 0;
        return OptionalLong.of(query.getLimit() + offset);
    }
}
