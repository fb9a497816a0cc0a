package org.w3id.cailloux.node.federation;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.w3id.cailloux.node.peers.PeerRegistry;

/**
 * The peers' VoID summaries, fetched from {@code /.well-known/void} and kept for
 * {@code cailloux.federation.void-refresh}; a peer without one (404, error, unreadable, or listing nothing)
 * is remembered as such for the same time, and source selection asks it ASK questions instead. When a
 * refreshed description differs from the previous one, the peer's data changed: its cached ASK answers go.
 */
@Singleton
public class VoidSummaries {

    private record Entry(Optional<VoidSummary> summary, Graph description, Instant expires) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SourceClient client;
    private final AskCache askCache;
    private final PeerRegistry registry;
    private final FederationSettings settings;

    VoidSummaries(SourceClient client, AskCache askCache, PeerRegistry registry, FederationSettings settings) {
        this.client = client;
        this.askCache = askCache;
        this.registry = registry;
        this.settings = settings;
    }

    /** The summary of each peer that has one, fetching those not known or expired, within the deadline. */
    Map<Source, VoidSummary> summaries(List<Source> peers, Deadline deadline) {
        Instant now = Instant.now();
        Map<Source, CompletableFuture<Graph>> requests = new LinkedHashMap<>();
        for (Source peer : peers) {
            Entry entry = entries.get(peer.nodeIri());
            if (entry == null || entry.expires().isBefore(now)) {
                requests.put(peer, client.voidDescription(peer, deadline));
            }
        }
        if (!requests.isEmpty()) {
            // A VoID description is an optimisation: wait for it a short while only, ASK is the fallback
            Deadline shortly = Deadline.after(min(deadline.remaining().dividedBy(4), settings.getConnectTimeout()));
            FanOut.await(requests, shortly).forEach((peer, outcome) -> remember(peer, outcome, now));
        }
        Map<Source, VoidSummary> summaries = new LinkedHashMap<>();
        for (Source peer : peers) {
            Entry entry = entries.get(peer.nodeIri());
            if (entry != null) {
                entry.summary().ifPresent(s -> summaries.put(peer, s));
            }
        }
        return summaries;
    }

    private void remember(Source peer, FanOut.Outcome<Graph> outcome, Instant now) {
        Instant expires = now.plus(settings.getVoidRefresh());
        Entry previous = entries.get(peer.nodeIri());
        if (!outcome.ok()) {
            entries.put(peer.nodeIri(), new Entry(Optional.empty(), null, expires));
            return;
        }
        Graph description = outcome.value();
        if (previous != null && previous.description() != null && !IsoMatcher.isomorphic(previous.description(), description)) {
            askCache.invalidate(peer);
        }
        VoidSummary summary = VoidSummary.of(description);
        entries.put(peer.nodeIri(), new Entry(summary.isEmpty() ? Optional.empty() : Optional.of(summary), description, expires));
        registry.summarised(peer.peer(), now);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
