package org.w3id.cailloux.node.federation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.node.sparql.AnswerCache;
import org.w3id.cailloux.node.sparql.ProtocolRequest;
import org.w3id.cailloux.node.sparql.QueryAnswer;

/**
 * Whole answers of {@code /federation/sparql}, kept while nothing they were computed from changed: this node's index
 * (its watermark), each peer's data (the token its change feed last gave, see {@link PeerChanges}) and which peers
 * are registered. A query asked again is then answered without planning, fetching or evaluating it. An answer is
 * kept only when no node failed and the state was the same before and after it was computed; while a peer's feed is
 * not live the state is unknown, and nothing is served or kept. Queries whose answer changes without the data
 * ({@link AnswerCache#repeatable}) are never kept. Bounded by {@code cailloux.federation.answer-cache-bytes}, as
 * {@link PeerAnswerCache} is; 0 turns both off.
 */
@Singleton
class FederatedAnswerCache {

    /** What the federated dataset was: this node's index watermark and each peer's token, by node IRI. */
    record State(long watermark, Map<String, String> tokens) {}

    private record Key(ProtocolRequest request) {}

    private record Kept(State state, AnswerCache.Kept answer, String sources) {}

    private final Cache<Key, Kept> answers;
    private final QueryIndex index;
    private final PeerChanges changes;

    FederatedAnswerCache(FederationSettings settings, QueryIndex index, PeerChanges changes, MeterRegistry meters) {
        this.index = index;
        this.changes = changes;
        long bytes = settings.getAnswerCacheBytes();
        // Weighed as the answer plus twice its size for what it is written as (usually one format)
        this.answers = bytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(bytes)
                .weigher((Key key, Kept kept) -> (int) Math.min(Integer.MAX_VALUE,
                        key.request().query().length() * 2L + 3 * AnswerCache.estimate(kept.answer().answer())))
                .recordStats()
                .build();
        if (answers != null) {
            CaffeineCacheMetrics.monitor(meters, answers, "federated-answers");
        }
    }

    /** The state of the dataset over these nodes, or null when it is unknown (cache off, a feed not live, the index rebuilt). */
    State state(List<Source> sources) {
        if (answers == null) {
            return null;
        }
        long watermark = index.watermark();
        if (watermark < 0) {
            return null;
        }
        Map<String, String> tokens = new HashMap<>();
        for (Source source : sources) {
            if (!source.isSelf()) {
                String token = changes.token(source.peer());
                if (token == null) {
                    return null;
                }
                tokens.put(source.nodeIri(), token);
            }
        }
        return new State(watermark, tokens);
    }

    /** The answer kept for the request in this state, with its {@code Cailloux-Sources}, if any; {@code started} is when the query came. */
    Optional<FederatedAnswer> get(ProtocolRequest request, State state, long started) {
        if (state == null) {
            return Optional.empty(); // an unrepeatable query is never put, so needs no test here
        }
        Kept kept = answers.getIfPresent(new Key(request));
        return kept != null && kept.state().equals(state)
                ? Optional.of(new FederatedAnswer(kept.answer(), kept.sources(), 0,
                        String.format(Locale.ROOT, "cache;dur=%.1f", (System.nanoTime() - started) / 1e6)))
                : Optional.empty();
    }

    /**
     * The answer as kept: in the cache when it was computed in {@code state}, no node failed and the state is
     * still {@code state} after it ({@code sources} gives it anew).
     */
    AnswerCache.Kept put(ProtocolRequest request, State state, QueryAnswer answer, SourceLedger ledger, List<Source> sources) {
        AnswerCache.Kept kept = new AnswerCache.Kept(answer, new ConcurrentHashMap<>());
        if (state != null && ledger.failures() == 0 && AnswerCache.repeatable(request.query()) && state.equals(state(sources))) {
            answers.put(new Key(request), new Kept(state, kept, SourcesHeader.formatKept(ledger)));
        }
        return kept;
    }
}
