package org.w3id.cailloux.node.federation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.w3id.cailloux.node.peers.Peer;
import org.w3id.cailloux.node.sparql.AnswerCache;
import org.w3id.cailloux.node.sparql.QueryAnswer;

/**
 * Peers' answers to this node's requests (data requests, source-selection questions, SERVICE calls), kept while each
 * peer's change feed ({@link PeerChanges}) says its data is what it was when it answered: a federated query asked
 * again sends nothing to the peers whose data did not change, and asks again those whose data did. An answer is kept
 * only when the peer's token heard before the request was sent is still the one heard when the answer came, and
 * served only while that token is still the one heard; a peer whose feed is not live is asked every time. The peer
 * sends a change when it queues the write, before it acknowledges it; it arrives here one network delay later, and
 * a query in between may still be answered as before the write. Queries whose answer changes
 * without the data ({@link AnswerCache#repeatable}) are never kept. Bounded by
 * {@code cailloux.federation.answer-cache-bytes}; 0 turns it off.
 */
@Singleton
public class PeerAnswerCache {

    private record Key(String nodeIri, String query) {}

    private record Kept(String token, QueryAnswer answer) {}

    private final Cache<Key, Kept> answers;
    private final PeerChanges changes;

    PeerAnswerCache(FederationSettings settings, PeerChanges changes, MeterRegistry meters) {
        this.changes = changes;
        long bytes = settings.getAnswerCacheBytes();
        this.answers = bytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(bytes)
                .weigher((Key key, Kept kept) -> (int) Math.min(Integer.MAX_VALUE, key.query().length() * 2L + AnswerCache.estimate(kept.answer())))
                .recordStats()
                .build();
        if (answers != null) {
            CaffeineCacheMetrics.monitor(meters, answers, "peer-answers");
        }
    }

    /** The token under which the peer's answer to {@code query} may be served or kept; null when it may be neither. */
    String token(Peer peer, String query) {
        return answers == null || !AnswerCache.repeatable(query) ? null : changes.token(peer);
    }

    /** The answer kept for the peer and query under {@code token}, if any. */
    Optional<QueryAnswer> get(Peer peer, String query, String token) {
        Kept kept = answers.getIfPresent(new Key(peer.nodeIri(), query));
        return kept != null && kept.token().equals(token) ? Optional.of(kept.answer()) : Optional.empty();
    }

    /** Keeps the peer's answer to a request sent under {@code token}, unless its data changed meanwhile. */
    void put(Peer peer, String query, String token, QueryAnswer answer) {
        if (token.equals(changes.token(peer))) {
            answers.put(new Key(peer.nodeIri(), query), new Kept(token, answer));
        }
    }
}
