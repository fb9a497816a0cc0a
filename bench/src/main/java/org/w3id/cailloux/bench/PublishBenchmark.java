package org.w3id.cailloux.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Publishing through the HTTP API: bulk import of Turtle files, then experiments one by one (JSON, bearer token). */
final class PublishBenchmark {

    /**
     * A bulk import: {@code nanos} until the last file was acknowledged (committed in PostgreSQL),
     * {@code queryableNanos} until {@code /sparql} counted every imported experiment (the index caught up).
     */
    record BulkResult(int experiments, int files, long nanos, long queryableNanos, List<Long> perFileNanos) {
        double perSecond() {
            return experiments / (nanos / 1e9);
        }

        double queryablePerSecond() {
            return experiments / (queryableNanos / 1e9);
        }
    }

    private final NodeClient node;
    private final String token;
    private final Consumer<String> progress;

    PublishBenchmark(NodeClient node, String token, Consumer<String> progress) {
        this.node = node;
        this.token = token;
        this.progress = progress;
    }

    /**
     * Imports every file, one request after the other, and waits until {@code /sparql} counts them;
     * checks that the node holds {@code expected} experiments in all (those imported before included).
     */
    BulkResult bulkImport(List<Path> files, int expected) {
        int before = node.experimentsQueryable();
        int imported = before;
        List<Long> perFile = new ArrayList<>();
        long started = System.nanoTime();
        for (Path file : files) {
            long fileStarted = System.nanoTime();
            imported += node.importTurtle(file, token);
            perFile.add(System.nanoTime() - fileStarted);
            progress.accept("imported " + file.getFileName() + " in " + (System.nanoTime() - fileStarted) / 1_000_000 + " ms");
        }
        long nanos = System.nanoTime() - started;
        int queryable = node.experimentsQueryable();
        long queryableNanos = System.nanoTime() - started;
        if (imported != expected || queryable != expected) {
            throw new IllegalStateException("The node imported " + imported + " experiments and /sparql counts " + queryable
                    + ", " + expected + " were sent");
        }
        return new BulkResult(imported - before, files.size(), nanos, queryableNanos, List.copyOf(perFile));
    }

    /** Publishes each JSON form with its own request, sequentially; returns each request's latency. */
    List<Long> publishOneByOne(List<String> forms) {
        progress.accept("publishing " + forms.size() + " experiments one by one");
        List<Long> latencies = new ArrayList<>(forms.size());
        for (String json : forms) {
            long started = System.nanoTime();
            node.publish(json, token);
            latencies.add(System.nanoTime() - started);
        }
        return latencies;
    }
}
