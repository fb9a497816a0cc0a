package org.w3id.cailloux.node.federation;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The peers' answers to "may your data match this star?", by peer and star shape (the star's text with its
 * variables renamed in order, so that the same pattern in another query shares the answer), each kept for
 * {@code cailloux.federation.ask-cache-ttl} and dropped when the peer's VoID description changes.
 */
@Singleton
public class AskCache {

    private record Key(String nodeIri, String shape) {}

    private record Answer(boolean matches, Instant expires) {}

    private final Map<Key, Answer> answers = new ConcurrentHashMap<>();
    private final FederationSettings settings;

    AskCache(FederationSettings settings) {
        this.settings = settings;
    }

    Optional<Boolean> get(Source source, Star star) {
        Key key = new Key(source.nodeIri(), shape(star));
        Answer answer = answers.get(key);
        if (answer == null || answer.expires().isBefore(Instant.now())) {
            answers.remove(key);
            return Optional.empty();
        }
        return Optional.of(answer.matches());
    }

    void put(Source source, Star star, boolean matches) {
        answers.put(new Key(source.nodeIri(), shape(star)), new Answer(matches, Instant.now().plus(settings.getAskCacheTtl())));
    }

    /** Forgets every answer of the node, whose data changed. */
    void invalidate(Source source) {
        answers.keySet().removeIf(k -> k.nodeIri().equals(source.nodeIri()));
    }

    private static String shape(Star star) {
        return RemoteQueries.pattern(RemoteQueries.Fetch.unbound(new Star(0, 0, GraphScope.DEFAULT, star.triples(), star.filters())));
    }
}
