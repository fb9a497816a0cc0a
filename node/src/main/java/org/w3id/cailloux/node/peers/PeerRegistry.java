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
    private final Map<URI, PeerFacts> facts = new ConcurrentHashMap<>();
    private final Map<URI, Instant> summaries = new ConcurrentHashMap<>();

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

    /** Makes the directory's approved nodes the peers it provides; contacted from the next query on. */
    public void replaceApproved(List<Peer> peers) {
        approved.keySet().retainAll(peers.stream().map(Peer::url).toList());
        peers.forEach(p -> approved.put(p.url(), p));
    }

    /** Records a successful exchange with the peer. */
    public void answered(Peer peer, Duration latency) {
        statuses.put(peer.url(), PeerStatus.answered(latency, Instant.now(), statuses.get(peer.url())));
    }

    /** Records a failed exchange with the peer, with a reason a person can read. */
    public void failed(Peer peer, String reason) {
        statuses.put(peer.url(), PeerStatus.failed(reason, Instant.now(), statuses.get(peer.url())));
    }

    /** Records what the peer says of itself (from its /health): its city and vocabulary version. */
    public void described(Peer peer, PeerFacts peerFacts) {
        facts.put(peer.url(), peerFacts);
    }

    /** What the peer last said of itself; unknown values before it answered. */
    public PeerFacts facts(Peer peer) {
        return facts.getOrDefault(peer.url(), PeerFacts.UNKNOWN);
    }

    /** Records when the federation engine last fetched the peer's data summary (VoID). */
    public void summarised(Peer peer, Instant at) {
        summaries.put(peer.url(), at);
    }

    /** When the peer's data summary was last fetched, if ever. */
    public Optional<Instant> summaryFetchedAt(Peer peer) {
        return Optional.ofNullable(summaries.get(peer.url()));
    }

    /** The last status the peer showed; unknown before any exchange. */
    public PeerStatus status(Peer peer) {
        return statuses.getOrDefault(peer.url(), PeerStatus.UNKNOWN);
    }
}
