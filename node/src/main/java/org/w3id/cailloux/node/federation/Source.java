package org.w3id.cailloux.node.federation;

import io.micronaut.core.annotation.Nullable;
import org.w3id.cailloux.node.peers.Peer;

/**
 * One node whose data a federated query reads: a registered peer, reached over HTTP, or this node
 * itself, read from its own index. Its node IRI names its graph in the federated dataset.
 *
 * @param nodeIri the node's IRI (its base URL, ending with a slash)
 * @param peer    the registered peer; null for this node
 */
public record Source(String nodeIri, @Nullable Peer peer) {

    /** This node, read from its own index. */
    static Source self(String nodeIri) {
        return new Source(nodeIri, null);
    }

    /** A registered peer. */
    static Source of(Peer peer) {
        return new Source(peer.nodeIri(), peer);
    }

    /** True for this node itself. */
    public boolean isSelf() {
        return peer == null;
    }

    @Override
    public String toString() {
        return nodeIri;
    }
}
