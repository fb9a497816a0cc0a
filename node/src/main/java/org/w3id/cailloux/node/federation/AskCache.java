package org.w3id.cailloux.node.federation;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The peers' answers to "may your data match this star?", by peer and star shape (the star's text with its
 * variables renamed in order, so that the same pattern in another query shares the answer), each kept for
 * {@code cailloux.federation.ask-cache-ttl} and dropped when the peer's VoID description changes, or as soon as the
 * peer's change feed gives another token than the one heard before it was asked ({@link PeerChanges}): a star a peer
 * did not match is asked again once the peer has published something, not a minute later.
 */
@Singleton
public class AskCache {

    private record Key(String nodeIri, String shape) {}

    private record Answer(boolean matches, Instant expires, String token) {}

    private final Map<Key, Answer> answers = new ConcurrentHashMap<>();
    private final FederationSettings settings;
    private final PeerChanges changes;

    AskCache(FederationSettings settings, PeerChanges changes) {
        this.settings = settings;
        this.changes = changes;
    }

    /** The peer's change token now, to give {@link #put} the one heard before asking. */
    String token(Source source) {
        return source.isSelf() ? null : changes.token(source.peer());
    }

    Optional<Boolean> get(Source source, Star star) {
        Key key = new Key(source.nodeIri(), shape(star));
        Answer answer = answers.get(key);
        if (answer == null || answer.expires().isBefore(Instant.now()) || changedSince(source, answer.token())) {
            answers.remove(key);
            return Optional.empty();
        }
        return Optional.of(answer.matches());
    }

    /** Keeps the answer the peer gave when its token was {@code tokenBefore}, unless its data changed since. */
    void put(Source source, Star star, boolean matches, String tokenBefore) {
        if (!changedSince(source, tokenBefore)) {
            answers.put(new Key(source.nodeIri(), shape(star)), new Answer(matches, Instant.now().plus(settings.getAskCacheTtl()), tokenBefore));
        }
    }

    /**
     * True when the peer's feed is live and names other data than {@code token}, the token heard before: also when none
     * was heard then (the feed was opening), since the data may have changed before it was heard from.
     */
    boolean changedSince(Source source, String token) {
        String now = token(source);
        return now != null && !now.equals(token);
    }

    /** Forgets every answer of the node, whose data changed. */
    void invalidate(Source source) {
        answers.keySet().removeIf(k -> k.nodeIri().equals(source.nodeIri()));
    }

    private static String shape(Star star) {
        return RemoteQueries.pattern(RemoteQueries.Fetch.unbound(new Star(0, 0, GraphScope.DEFAULT, star.triples(), star.filters())));
    }
}
