package org.w3id.cailloux.node.linkeddata;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.system.Txn;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.node.rdf.RdfFormat;

/**
 * The node's VoID description, computed from the index on demand and kept until the index changes:
 * the cache is keyed on {@link QueryIndex#watermark()}, which every write to the index advances.
 * {@code dct:modified} is when the node first described the index at that watermark.
 */
@Singleton
public class VoidDescriptions {

    private record Snapshot(long watermark, Graph graph, Map<RdfFormat, byte[]> bytes) {}

    private final QueryIndex index;
    private final NodeIdentity identity;
    private final Clock clock = Clock.systemUTC();
    private volatile Snapshot snapshot;

    VoidDescriptions(QueryIndex index, NodeIdentity identity) {
        this.index = index;
        this.identity = identity;
    }

    /** The description as a graph, current for the index's watermark. */
    public Graph graph() {
        return current().graph();
    }

    /** The description serialised in {@code format}, with its entity tag. */
    public Served in(RdfFormat format) {
        Snapshot s = current();
        return new Served(s.bytes().get(format), etag(s.watermark(), format));
    }

    /** A serialised description and its entity tag. */
    public record Served(byte[] bytes, String etag) {}

    /**
     * The entity tag the description in {@code format} has now, without making it: it changes with the index's
     * watermark, so a peer asking whether this node's data changed gets its answer without the description
     * being computed. Weak, since {@code dct:modified} of the same data may differ after a restart.
     */
    public String etag(RdfFormat format) {
        return etag(index.watermark(), format);
    }

    private static String etag(long watermark, RdfFormat format) {
        return "W/\"void-" + watermark + "-" + format.name().toLowerCase(Locale.ROOT) + "\"";
    }

    private Snapshot current() {
        long watermark = index.watermark();
        Snapshot s = snapshot;
        if (s != null && s.watermark() == watermark) {
            return s;
        }
        synchronized (this) {
            if (snapshot == null || snapshot.watermark() != watermark) {
                snapshot = describe(watermark);
            }
            return snapshot;
        }
    }

    private Snapshot describe(long watermark) {
        String base = identity.baseUri();
        Graph graph = Txn.calculateRead(index.dataset(), () -> VoidDescription.build(base, identity.city(),
                identity.territoryIri(), VocabularyVersion.of(index.dataset().getGraph(QueryIndex.VOCABULARY_GRAPH)),
                VoidStatistics.of(index.dataset(), base), clock.instant()));
        Map<RdfFormat, byte[]> bytes = new EnumMap<>(RdfFormat.class);
        for (RdfFormat format : RdfFormat.values()) {
            bytes.put(format, RdfDocuments.serialise(graph, format));
        }
        return new Snapshot(watermark, graph, bytes);
    }
}
