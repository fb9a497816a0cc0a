package org.w3id.cailloux.node.federation;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.w3id.cailloux.node.peers.PeerRegistry;

/**
 * The peers' VoID summaries, fetched from {@code /.well-known/void} and kept for
 * {@code cailloux.federation.void-refresh}; a peer without one (404, error, unreadable, or listing nothing)
 * is remembered as such for the same time, and source selection asks it ASK questions instead. A description
 * slower than the short wait is still read when it comes, for the next queries. A refresh is conditional on
 * the description's entity tag, so an unchanged peer answers 304 and nothing is read again. When a
 * refreshed description differs from the previous one, the peer's data changed: its cached ASK answers go.
 * A summary past its time by less than another {@code void-refresh} still serves the query that finds it so,
 * which sends the refresh without waiting for it (a 304 as a rule): queries do not pay a round trip to every
 * peer once a refresh period; only a summary older than twice that, or none, is waited for. A summary read when the
 * peer's change feed gave another token than it gives now is out of date whatever its age: it is asked again
 * (conditionally) and waited for, so that data published a moment ago is not ruled out by last minute's description.
 */
@Singleton
public class VoidSummaries {

    private record Entry(Optional<VoidSummary> summary, Graph description, String etag, Instant expires, String token) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();
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

    /**
     * The summary of each peer that has one, fetching those not known or expired, within the deadline; with
     * {@code reuseKept} false (a query sent with {@code Cache-Control: no-cache}) every summary is asked again
     * (conditionally: 304 for an unchanged peer) and waited for.
     */
    Map<Source, VoidSummary> summaries(List<Source> peers, Deadline deadline, boolean reuseKept) {
        Instant now = Instant.now();
        List<CompletableFuture<Void>> requests = new ArrayList<>();
        for (Source peer : peers) {
            Entry entry = entries.get(peer.nodeIri());
            boolean changed = entry != null && (!reuseKept || askCache.changedSince(peer, entry.token()));
            if (entry == null || entry.expires().isBefore(now) || changed) {
                CompletableFuture<Void> request = pending.get(peer.nodeIri());
                if (request == null) {
                    CompletableFuture<Void> sent = fetch(peer, deadline);
                    pending.put(peer.nodeIri(), sent);
                    sent.whenComplete((v, e) -> pending.remove(peer.nodeIri(), sent));
                    request = sent;
                }
                if (changed || !servesWhileRefreshed(entry, now)) {
                    requests.add(request);
                }
            }
        }
        if (!requests.isEmpty()) {
            // A VoID description is an optimisation: wait for it a short while only, ASK is the fallback. One that
            // comes later is still kept for the next queries, rather than the peer being taken for one without any
            Deadline shortly = Deadline.after(min(deadline.remaining().dividedBy(4), settings.getConnectTimeout()));
            try {
                CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new))
                        .get(shortly.remaining().toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // each description is remembered when it comes, or its failure
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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

    /** Whether the entry, past its time, still serves queries while its refresh is under way. */
    private boolean servesWhileRefreshed(Entry entry, Instant now) {
        return entry != null && entry.summary().isPresent() && entry.expires().plus(settings.getVoidRefresh()).isAfter(now);
    }

    private CompletableFuture<Void> fetch(Source peer, Deadline deadline) {
        Instant asked = Instant.now();
        String token = askCache.token(peer);
        Entry previous = entries.get(peer.nodeIri());
        String etag = previous != null && previous.description() != null ? previous.etag() : null;
        return client.voidDescription(peer, deadline, etag).handle((fetched, error) -> {
            remember(peer, error == null ? fetched : null, asked, token);
            return null;
        });
    }

    private void remember(Source peer, SourceClient.VoidFetch fetched, Instant now, String token) {
        Instant expires = now.plus(settings.getVoidRefresh());
        Entry previous = entries.get(peer.nodeIri());
        if (fetched == null) {
            entries.put(peer.nodeIri(), new Entry(Optional.empty(), null, null, expires, token));
            return;
        }
        if (fetched.description() == null && previous != null) {
            // 304: the peer's data has not changed since its description was read; keep it, and the ASK answers
            entries.put(peer.nodeIri(), new Entry(previous.summary(), previous.description(), fetched.etag(), expires, token));
            registry.summarised(peer.peer(), now);
            return;
        }
        Graph description = fetched.description();
        if (previous != null && previous.description() != null && !IsoMatcher.isomorphic(previous.description(), description)) {
            askCache.invalidate(peer);
        }
        VoidSummary summary = VoidSummary.of(description);
        entries.put(peer.nodeIri(), new Entry(summary.isEmpty() ? Optional.empty() : Optional.of(summary), description,
                fetched.etag(), expires, token));
        registry.summarised(peer.peer(), now);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
