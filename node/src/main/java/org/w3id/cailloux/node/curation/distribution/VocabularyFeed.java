package org.w3id.cailloux.node.curation.distribution;

import io.micronaut.http.sse.Event;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The hub's announcements to the network, served at {@code GET /vocabulary/feed} as Server-Sent Events: what it
 * publishes now, {@code {"version": "1.1.0", "candidates": "<tag>"}}, sent at once to each new listener, as event
 * {@code release} whenever a release is made or the candidate concepts change, and as {@code alive} every
 * {@link #HEARTBEAT}. Nodes take up what it names within a round trip of the announcement ({@link HubFollower}).
 */
@Singleton
public class VocabularyFeed implements GracefulShutdownCapable {

    /** How often the current announcement is repeated: a feed silent for three of these is taken for dead. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private final AtomicReference<String> current = new AtomicReference<>();
    private final Sinks.Many<String> sink = Sinks.many().multicast().directBestEffort();
    // Completed when the node stops: its streams end, so that a graceful stop does not wait for listeners that never leave
    private final Sinks.Empty<Void> stopping = Sinks.empty();

    /** Announces what the hub publishes now. */
    public synchronized void announce(String version, String candidatesTag) {
        String data = "{\"version\":\"" + version + "\",\"candidates\":\"" + candidatesTag + "\"}";
        if (!data.equals(current.getAndSet(data))) {
            sink.tryEmitNext(data);
        }
    }

    /** One listener's events: the current announcement at once, each new one, and the heartbeat. */
    public Publisher<Event<String>> events() {
        return Flux.merge(
                        Flux.defer(() -> current.get() == null ? Flux.empty() : Flux.just(Event.of(current.get()).name("release"))),
                        sink.asFlux().map(data -> Event.of(data).name("release")),
                        Flux.interval(HEARTBEAT, HEARTBEAT).filter(t -> current.get() != null).map(t -> Event.of(current.get()).name("alive")))
                .onBackpressureLatest()
                .takeUntilOther(stopping.asMono());
    }

    /** Ends every open stream: listeners reconnect to another run of the node, or learn that it stopped. */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        stopping.tryEmitEmpty();
        return CompletableFuture.completedFuture(null);
    }
}
