package org.w3id.cailloux.node.federation;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for requests sent in parallel until they are all answered or the deadline passes, then takes each
 * one's outcome exactly once: what has not answered by then is cancelled and counts as failed, and what
 * answers later is never read, so no node's rows are added twice or half.
 */
final class FanOut {

    private FanOut() {}

    /** The outcome of one request: its value, or why it failed; how long it took; whether the cache answered, not the node. */
    record Outcome<T>(T value, String failure, Duration latency, boolean cached) {
        boolean ok() {
            return failure == null;
        }
    }

    static <K, T> Map<K, Outcome<T>> await(Map<K, CompletableFuture<T>> requests, Deadline deadline) {
        long started = System.nanoTime();
        Map<K, Long> finished = new ConcurrentHashMap<>();
        requests.forEach((key, future) -> future.whenComplete((v, e) -> finished.put(key, System.nanoTime())));
        try {
            CompletableFuture.allOf(requests.values().toArray(CompletableFuture[]::new))
                    .get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException | CancellationException e) {
            // each request's own outcome is read below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<K, Outcome<T>> outcomes = new LinkedHashMap<>();
        long waited = System.nanoTime() - started;
        requests.forEach((key, future) -> {
            Duration latency = Duration.ofNanos(finished.getOrDefault(key, System.nanoTime()) - started);
            if (!future.isDone()) {
                future.cancel(true);
                outcomes.put(key, new Outcome<>(null, "no answer within the federation deadline ("
                        + TimeUnit.NANOSECONDS.toMillis(waited) + " ms)", latency, false));
                return;
            }
            try {
                outcomes.put(key, new Outcome<>(future.join(), null, latency, future instanceof CachedAnswer));
            } catch (CompletionException | CancellationException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                String reason = cause instanceof PeerFailure failure ? failure.reason()
                        : "exchange failed (" + cause.getClass().getSimpleName() + ")";
                outcomes.put(key, new Outcome<>(null, reason, latency, false));
            }
        });
        return outcomes;
    }
}
