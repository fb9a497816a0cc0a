package org.w3id.cailloux.node.peers;

import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The peers this node may contact — and only those: configured ones and, later, those the
 * network directory approved — with the last status each showed.
 */
@Singleton
public class PeerRegistry {

    private final List<Peer> configured;
    private final Map<URI, Peer> approved = new ConcurrentHashMap<>();
    private final Map<URI, PeerStatus> statuses = new ConcurrentHashMap<>();

    PeerRegistry(List<PeerConfiguration> configuration) {
        List<Peer> peers = new ArrayList<>();
        for (PeerConfiguration c : configuration) {
            if (c.getUrl() != null && !c.getUrl().isBlank()) {
                peers.add(new Peer(c.getName(), URI.create(c.getUrl().strip()), Peer.Origin.CONFIGURED));
            }
        }
        this.configured = List.copyOf(peers);
    }

    /** Every peer that may be contacted, configured first, in a stable order. */
    public List<Peer> peers() {
        List<Peer> all = new ArrayList<>(configured);
        approved.values().stream()
                .filter(p -> configured.stream().noneMatch(c -> c.url().equals(p.url())))
                .sorted((a, b) -> a.url().toString().compareTo(b.url().toString()))
                .forEach(all::add);
        return all;
    }

    /** The peer at this base URL, if it may be contacted. */
    public Optional<Peer> byUrl(URI url) {
        String text = url.toString();
        URI normal = URI.create(text.endsWith("/") ? text : text + "/");
        return peers().stream().filter(p -> p.url().equals(normal)).findFirst();
    }

    /** Adds a peer the directory approved; it is contacted from the next query on. */
    public void approve(Peer peer) {
        approved.put(peer.url(), peer);
    }

    /** Records a successful exchange with the peer. */
    public void answered(Peer peer, Duration latency) {
        statuses.put(peer.url(), PeerStatus.answered(latency, Instant.now(), statuses.get(peer.url())));
    }

    /** Records a failed exchange with the peer, with a reason a person can read. */
    public void failed(Peer peer, String reason) {
        statuses.put(peer.url(), PeerStatus.failed(reason, Instant.now(), statuses.get(peer.url())));
    }

    /** The last status the peer showed; unknown before any exchange. */
    public PeerStatus status(Peer peer) {
        return statuses.getOrDefault(peer.url(), PeerStatus.UNKNOWN);
    }
}
