package org.w3id.cailloux.node.peers;

import java.util.concurrent.Flow;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One Server-Sent Events stream read line by line from another node (a peer's change feed, the hub's vocabulary feed):
 * hands each event's data to {@code onData}, says when it last heard anything, and calls {@code onEnd} with the reason
 * once when the stream fails or closes. Written here rather than with an SSE client library: the node's feeds send one
 * {@code data:} line per event, and {@code java.net.http} gives the lines.
 */
public final class EventStream implements Flow.Subscriber<String> {

    private final Consumer<String> onData;
    private final BiConsumer<EventStream, String> onEnd;
    private volatile long heardAt = System.nanoTime();
    private volatile boolean heard;
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;

    public EventStream(Consumer<String> onData, BiConsumer<EventStream, String> onEnd) {
        this.onData = onData;
        this.onEnd = onEnd;
    }

    /** True once an event's data came. */
    public boolean heard() {
        return heard;
    }

    /** True when nothing came for longer than {@code nanos}. */
    public boolean silentFor(long nanos) {
        return System.nanoTime() - heardAt > nanos;
    }

    /** True once {@link #cancel} was called. */
    public boolean cancelled() {
        return cancelled;
    }

    /** Stops reading the stream. */
    public void cancel() {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (cancelled) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(String line) {
        heardAt = System.nanoTime();
        if (line.startsWith("data:")) {
            heard = true;
            onData.accept(line.substring("data:".length()).strip());
        }
    }

    @Override
    public void onError(Throwable error) {
        onEnd.accept(this, error.toString());
    }

    @Override
    public void onComplete() {
        onEnd.accept(this, "closed by the other node");
    }
}
