package org.w3id.cailloux.node.directory;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.net.URI;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.peers.Peer;
import org.w3id.cailloux.node.peers.PeerRegistry;

/**
 * On the directory itself: the nodes it approved are its peers too, so that it federates the network it lists (and,
 * as the vocabulary hub, knows which nodes may forward their staff's proposals).
 */
@Singleton
@Requires(property = "cailloux.directory-mode", value = "true")
public class DirectoryPeers {

    private final NetworkNodeRepository nodes;
    private final PeerRegistry registry;
    private final NodeIdentity identity;

    DirectoryPeers(NetworkNodeRepository nodes, PeerRegistry registry, NodeIdentity identity) {
        this.nodes = nodes;
        this.registry = registry;
        this.identity = identity;
    }

    /** Makes the approved nodes this node's peers. */
    @Scheduled(fixedDelay = "${cailloux.directory-refresh:60s}", initialDelay = "1s")
    public void refresh() {
        registry.replaceApproved(nodes.findByStateOrderByUrl("approved").stream()
                .filter(n -> !n.url().equals(identity.baseUri()))
                .map(n -> new Peer(n.city(), URI.create(n.url()), Peer.Origin.DIRECTORY)).toList());
    }
}
