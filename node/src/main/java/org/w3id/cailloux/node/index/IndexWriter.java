package org.w3id.cailloux.node.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies work to the query index on one thread, in submission order, taking everything queued
 * at once as one batch: while a TDB2 commit syncs to disk, the next writes queue up and share the
 * following commit. A publish therefore waits for PostgreSQL's commit only, not for the index's.
 */
final class IndexWriter implements AutoCloseable {

    /** One change to apply inside the batch's write transaction; returns the database change it reflects. */
    @FunctionalInterface
    interface Work {
        long apply();
    }

    private static final Logger LOG = LoggerFactory.getLogger(IndexWriter.class);
    private static final int MAX_BATCH = 256;
    private static final long READER_PATIENCE_SECONDS = 60;
    /** Quads waiting at most before a writer waits in turn: imports faster than the index cannot fill the heap. */
    static final long MAX_PENDING_WEIGHT = 200_000;
    /** How long without work makes the writer idle. */
    static final long IDLE_MILLIS = 2_000;

    private record Entry(Work work, long weight, CompletableFuture<Void> done) {}

    private final Consumer<List<Work>> applier;
    private final Consumer<RuntimeException> onFailure;
    private final Runnable whenIdle;
    private final ArrayDeque<Entry> queue = new ArrayDeque<>();
    private final Thread thread;
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
    private long pendingWeight;
    private boolean closed;

    /**
     * {@code applier} runs a batch in one transaction; {@code onFailure} hears of a batch that failed;
     * {@code whenIdle} runs once no work has come for {@link #IDLE_MILLIS} after some was applied
     * (upkeep such as compaction, kept out of the way of imports).
     */
    IndexWriter(Consumer<List<Work>> applier, Consumer<RuntimeException> onFailure, Runnable whenIdle) {
        this.applier = applier;
        this.onFailure = onFailure;
        this.whenIdle = whenIdle;
        this.thread = new Thread(this::run, "cailloux-index-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Queues {@code work} of {@code weight} (the quads it writes); returns at once, unless more than
     * {@link #MAX_PENDING_WEIGHT} are already waiting: then once the writer has caught up enough.
     */
    void submit(Work work, long weight) {
        enqueue(work, weight);
    }

    /** Queues {@code work} and waits until it is applied; a failure is thrown here. */
    void submitAndWait(Work work) {
        CompletableFuture<Void> done = enqueue(work, 0);
        try {
            done.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the query index", e);
        }
    }

    /** Waits until everything submitted before this call is applied (or failed). */
    void awaitSubmitted() {
        CompletableFuture<Void> target;
        synchronized (queue) {
            target = last;
        }
        if (target.isDone()) {
            return;
        }
        try {
            target.get(READER_PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // the failure was logged by the writer; the reader goes on with the index as it is
        } catch (TimeoutException e) {
            LOG.warn("The query index is still applying writes after {} s; answering from it as it is", READER_PATIENCE_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CompletableFuture<Void> enqueue(Work work, long weight) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (queue) {
            while (pendingWeight > MAX_PENDING_WEIGHT && !closed) {
                try {
                    queue.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the query index to catch up", e);
                }
            }
            if (closed) {
                throw new IllegalStateException("The query index is closed");
            }
            pendingWeight += weight;
            queue.add(new Entry(work, weight, done));
            last = done;
            queue.notifyAll();
        }
        return done;
    }

    private void run() {
        boolean appliedSinceIdle = false;
        while (true) {
            List<Entry> batch = new ArrayList<>();
            boolean idle = false;
            synchronized (queue) {
                try {
                    if (queue.isEmpty() && !closed && appliedSinceIdle) {
                        queue.wait(IDLE_MILLIS);
                        idle = queue.isEmpty() && !closed;
                    }
                    while (!idle && queue.isEmpty() && !closed) {
                        queue.wait();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (!idle && queue.isEmpty()) {
                    return;
                }
                while (!idle && !queue.isEmpty() && batch.size() < MAX_BATCH) {
                    batch.add(queue.poll());
                }
            }
            if (idle) {
                runWhenIdle();
                appliedSinceIdle = false;
            } else {
                apply(batch);
                appliedSinceIdle = true;
            }
        }
    }

    private void runWhenIdle() {
        try {
            whenIdle.run();
        } catch (RuntimeException e) {
            LOG.warn("The query index's upkeep failed; it goes on as it is", e);
        }
    }

    private void apply(List<Entry> batch) {
        try {
            applier.accept(batch.stream().map(Entry::work).toList());
            batch.forEach(entry -> entry.done().complete(null));
        } catch (RuntimeException e) {
            onFailure.accept(e);
            batch.forEach(entry -> entry.done().completeExceptionally(e));
        } finally {
            synchronized (queue) {
                pendingWeight -= batch.stream().mapToLong(Entry::weight).sum();
                queue.notifyAll();
            }
        }
    }

    /** Whether the writer's thread still runs (it ends only when closed). */
    boolean isAlive() {
        return thread.isAlive();
    }

    /** Applies what is still queued, then stops the thread. */
    @Override
    public void close() {
        synchronized (queue) {
            closed = true;
            queue.notifyAll();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(READER_PATIENCE_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
