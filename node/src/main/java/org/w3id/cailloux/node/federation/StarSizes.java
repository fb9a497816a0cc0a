package org.w3id.cailloux.node.federation;

import jakarta.inject.Singleton;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.cailloux.node.federation.SourceSelection.StarSelection;
import org.w3id.cailloux.node.index.QueryIndex;

/**
 * Whether a star is small enough to fetch whole rather than bind in a second round: on every node that may
 * match it, its properties have at most {@code cailloux.federation.whole-star-max-triples} triples. A peer's
 * count is its VoID's {@code void:triples} per property (from the cached summaries); this node's is counted
 * in its index, stopping past the limit, so the check costs at most that many steps.
 */
@Singleton
class StarSizes {

    private final VoidSummaries voids;
    private final QueryIndex index;
    private final FederationSettings settings;

    StarSizes(VoidSummaries voids, QueryIndex index, FederationSettings settings) {
        this.voids = voids;
        this.index = index;
        this.settings = settings;
    }

    /** True when every node selected for the star holds at most the limit in triples of its properties. */
    boolean small(StarSelection selection, Deadline deadline) {
        long limit = settings.getWholeStarMaxTriples();
        if (limit <= 0 || !settings.isVoidSelection()) {
            return false;
        }
        List<Source> peers = selection.sources().stream().filter(s -> !s.isSelf()).toList();
        Map<Source, VoidSummary> summaries = voids.summaries(peers, deadline, true);
        for (Source source : selection.sources()) {
            OptionalLong triples = source.isSelf() ? locally(selection.star(), limit)
                    : summaries.containsKey(source) ? summaries.get(source).triples(selection.star()) : OptionalLong.empty();
            if (triples.isEmpty() || triples.getAsLong() > limit) {
                return false;
            }
        }
        return true;
    }

    private OptionalLong locally(Star star, long limit) {
        DatasetGraph dataset = index.dataset();
        return Txn.calculateRead(dataset, () -> {
            long sum = 0;
            for (Triple t : star.triples()) {
                if (!t.getPredicate().isURI()) {
                    return OptionalLong.empty();
                }
                sum += count(dataset, t.getPredicate(), limit + 1 - sum);
                if (sum > limit) {
                    break;
                }
            }
            return OptionalLong.of(sum);
        });
    }

    private static long count(DatasetGraph dataset, Node predicate, long atMost) {
        Iterator<Quad> quads = dataset.find(Node.ANY, Node.ANY, predicate, Node.ANY);
        long n = 0;
        while (n < atMost && quads.hasNext()) {
            quads.next();
            n++;
        }
        return n;
    }
}
