package org.w3id.cailloux.node.federation;

import io.micronaut.http.sse.Event;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import org.w3id.cailloux.node.index.QueryIndex;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * This node's change feed, served at {@code GET /federation/changes} as Server-Sent Events: a token naming the state
 * of what its {@code /sparql} answers, sent at once, as event {@code change} on every change to the query index, and
 * as event {@code alive} every {@link #HEARTBEAT}. The token is this run's id and a change counter: two answers given
 * under the same token are answers to the same data. A change is sent when a write is queued, which is before the
 * write is acknowledged; federating nodes keep this node's answers while its token stays the same
 * ({@link PeerAnswerCache}).
 */
@Singleton
public class ChangeFeed implements GracefulShutdownCapable {

    /** How often the token is sent when nothing changes: a feed silent for three of these is taken for dead. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(1);

    // A restarted node may have new data (a rebuilt index, another vocabulary): its tokens never repeat the last run's
    private final String run = UUID.randomUUID().toString();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicInteger subscribers = new AtomicInteger();
    private final Sinks.Many<String> sink = Sinks.many().multicast().directBestEffort();
    // Completed when the node stops: its streams end, so that a graceful stop does not wait for listeners that never leave
    private final Sinks.Empty<Void> stopping = Sinks.empty();

    ChangeFeed(QueryIndex index) {
        index.onChange(this::changed);
    }

    /** The current token. */
    public String token() {
        return run + "." + changes.get();
    }

    // Serialised: a sink takes one emission at a time, and writes come from several request threads
    private synchronized void changed() {
        changes.incrementAndGet();
        sink.tryEmitNext(token());
    }

    /** The events of one subscriber; only the latest token matters, so a slow reader gets the latest, not all. */
    Publisher<Event<String>> events() {
        return Flux.merge(
                        sink.asFlux().map(token -> Event.of(token).name("change")),
                        Flux.interval(Duration.ZERO, HEARTBEAT).map(tick -> Event.of(token()).name("alive")))
                .onBackpressureLatest()
                .takeUntilOther(stopping.asMono())
                .doOnSubscribe(s -> subscribers.incrementAndGet())
                .doFinally(signal -> subscribers.decrementAndGet());
    }

    /** How many streams are open on the feed now. */
    public int subscribers() {
        return subscribers.get();
    }

    /** Ends every open stream: listeners reconnect to another run of the node, or learn that it stopped. */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        stopping.tryEmitEmpty();
        return CompletableFuture.completedFuture(null);
    }
}
