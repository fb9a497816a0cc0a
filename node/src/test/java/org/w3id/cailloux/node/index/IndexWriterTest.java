package org.w3id.cailloux.node.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The index writer: order kept, writes that arrive during a commit share the next one, readers wait, failures reported. */
class IndexWriterTest {

    @Test
    void appliesInSubmissionOrderAndBatchesWhatQueuesDuringACommit() throws Exception {
        List<Long> applied = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger batches = new AtomicInteger();
        CountDownLatch firstCommitStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstCommit = new CountDownLatch(1);
        try (IndexWriter writer = new IndexWriter(batch -> {
            batches.incrementAndGet();
            batch.forEach(work -> applied.add(work.apply()));
            firstCommitStarted.countDown();
            await(releaseFirstCommit);
        }, failure -> {}, () -> {})) {
            writer.submit(() -> 1, 1);
            assertTrue(firstCommitStarted.await(10, TimeUnit.SECONDS));
            for (long change = 2; change <= 100; change++) {
                long c = change;
                writer.submit(() -> c, 1);
            }
            releaseFirstCommit.countDown();
            writer.awaitSubmitted();
            assertEquals(100, applied.size(), "a reader returns only once every earlier write is applied");
            for (int i = 0; i < 100; i++) {
                assertEquals(i + 1, applied.get(i), "commit order kept");
            }
            assertEquals(2, batches.get(), "the 99 writes queued during the first commit went into one more");
        }
    }

    @Test
    void aFailedBatchIsReportedToWhoWaitsAndLaterWorkStillApplies() {
        List<RuntimeException> reported = new ArrayList<>();
        List<Long> applied = Collections.synchronizedList(new ArrayList<>());
        try (IndexWriter writer = new IndexWriter(batch -> batch.forEach(work -> applied.add(work.apply())), reported::add, () -> {})) {
            IllegalStateException disk = new IllegalStateException("disk full");
            RuntimeException thrown = assertThrows(IllegalStateException.class, () -> writer.submitAndWait(() -> {
                throw disk;
            }));
            assertSame(disk, thrown);
            assertEquals(List.of(disk), reported);
            writer.submitAndWait(() -> 7);
            assertEquals(List.of(7L), applied);
        }
    }

    @Test
    void aWriterWaitsWhileTooMuchIsPendingSoImportsCannotFillTheHeap() throws Exception {
        CountDownLatch applying = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (IndexWriter writer = new IndexWriter(batch -> {
            applying.countDown();
            await(release);
            batch.forEach(IndexWriter.Work::apply);
        }, failure -> {}, () -> {})) {
            writer.submit(() -> 1, IndexWriter.MAX_PENDING_WEIGHT + 1);
            assertTrue(applying.await(10, TimeUnit.SECONDS));
            CompletableFuture<Void> next = CompletableFuture.runAsync(() -> writer.submit(() -> 2, 1));
            Thread.sleep(300);
            assertFalse(next.isDone(), "held back while the big import is still being applied");
            release.countDown();
            next.get(10, TimeUnit.SECONDS);
            writer.awaitSubmitted();
        }
    }

    @Test
    void upkeepRunsOnceTheWriterIsIdleAfterWritesNotBeforeNorBetween() throws Exception {
        AtomicInteger upkeeps = new AtomicInteger();
        CountDownLatch idle = new CountDownLatch(1);
        try (IndexWriter writer = new IndexWriter(batch -> batch.forEach(IndexWriter.Work::apply), failure -> {}, () -> {
            upkeeps.incrementAndGet();
            idle.countDown();
        })) {
            Thread.sleep(IndexWriter.IDLE_MILLIS + 500);
            assertEquals(0, upkeeps.get(), "nothing written, nothing to keep up");
            for (int i = 0; i < 10; i++) {
                writer.submit(() -> 1, 1);
                Thread.sleep(IndexWriter.IDLE_MILLIS / 10);
            }
            assertEquals(0, upkeeps.get(), "not while writes keep coming");
            assertTrue(idle.await(IndexWriter.IDLE_MILLIS * 3, TimeUnit.MILLISECONDS), "once they stop");
            Thread.sleep(IndexWriter.IDLE_MILLIS + 500);
            assertEquals(1, upkeeps.get(), "once per quiet spell");
        }
    }

    @Test
    void closingAppliesWhatIsStillQueued() {
        List<Long> applied = Collections.synchronizedList(new ArrayList<>());
        IndexWriter writer = new IndexWriter(batch -> batch.forEach(work -> applied.add(work.apply())), failure -> {}, () -> {});
        for (long change = 1; change <= 50; change++) {
            long c = change;
            writer.submit(() -> c, 1);
        }
        writer.close();
        assertEquals(50, applied.size());
        assertThrows(IllegalStateException.class, () -> writer.submit(() -> 51, 1), "nothing is accepted once closed");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
