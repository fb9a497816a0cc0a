package org.w3id.cailloux.node.peers;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /federation/peers}: every peer this node may contact, and what it last showed. */
@Controller("/federation/peers")
public class PeersController {

    private final PeerRegistry registry;

    PeersController(PeerRegistry registry) {
        this.registry = registry;
    }

    @Get
    Map<String, Object> peers() {
        List<Map<String, Object>> peers = registry.peers().stream().map(peer -> {
            PeerStatus status = registry.status(peer);
            PeerFacts facts = registry.facts(peer);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", peer.name());
            entry.put("nodeIri", peer.nodeIri());
            entry.put("url", peer.url().toString());
            entry.put("origin", peer.origin().name().toLowerCase());
            entry.put("city", facts.city());
            entry.put("status", status.state());
            entry.put("lastLatencyMs", status.lastLatency() == null ? null : status.lastLatency().toMillis());
            entry.put("lastSeen", status.lastSeen() == null ? null : status.lastSeen().toString());
            entry.put("lastError", status.lastError());
            entry.put("vocabularyVersion", facts.vocabularyVersion());
            entry.put("summaryAgeSeconds", registry.summaryFetchedAt(peer)
                    .map(at -> Duration.between(at, Instant.now()).toSeconds()).orElse(null));
            return entry;
        }).toList();
        return Map.of("peers", peers);
    }
}
