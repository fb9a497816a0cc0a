package org.w3id.cailloux.node.index;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.database.DatabaseUnavailableProblem;
import org.w3id.cailloux.node.publishing.ExperimentStore;
import org.w3id.cailloux.node.publishing.record.RecordCodec;

/**
 * Makes the query index reflect PostgreSQL: rebuilds it when its watermark is not the database's last change, at
 * start and whenever a batch fails while the node runs (retried, one second, then twice as long each time up to
 * thirty, until it succeeds); after a write cut off by the loss of the database, once the database answers again, if
 * PostgreSQL committed it after all.
 */
@Singleton
public class IndexRebuilder {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuilder.class);

    private final QueryIndex index;
    private final ExperimentStore store;
    private final NodeIdentity identity;

    private final AtomicBoolean checking = new AtomicBoolean();
    private final ScheduledExecutorService recovery =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("index-recovery").factory());

    IndexRebuilder(QueryIndex index, ExperimentStore store, NodeIdentity identity) {
        this.index = index;
        this.store = store;
        this.identity = identity;
        index.onBehind(() -> recoverIn(Duration.ofSeconds(1), Duration.ofSeconds(30), () -> {
            if (index.behind().isPresent()) {
                rebuild();
            }
        }));
        index.onUncertainWrite(() -> {
            if (checking.compareAndSet(false, true)) {
                // Retried every few seconds at most: the database is back, usually within seconds, and the check is cheap
                recoverIn(Duration.ofSeconds(1), Duration.ofSeconds(4), this::rebuildUnlessInStep);
            }
        });
    }

    /** After a write whose commit is unknown: rebuilds if PostgreSQL holds a change the index lacks. */
    private void rebuildUnlessInStep() {
        if (!index.reflects(store::lastChange)) {
            LOG.warn("A write whose answer was lost with the database connection had been committed; rebuilding the query index");
            rebuild();
        }
        checking.set(false);
    }

    /**
     * Runs {@code task} after {@code wait} on the recovery thread (the writer's thread, which reports a failed batch,
     * runs the rebuild), again after twice as long each time it fails, up to {@code longest}.
     */
    private void recoverIn(Duration wait, Duration longest, Runnable task) {
        recovery.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                Duration next = wait.multipliedBy(2).compareTo(longest) > 0 ? longest : wait.multipliedBy(2);
                if (DatabaseUnavailableProblem.causedBy(e)) {
                    LOG.warn("The database does not answer yet; the query index is checked against it again in {} s", next.toSeconds());
                } else {
                    LOG.error("Bringing the query index in step with PostgreSQL failed; trying again in {} s", next.toSeconds(), e);
                }
                recoverIn(next, longest, task);
            }
        }, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        recovery.shutdownNow();
    }

    /** Rebuilds the index unless it already reflects the database's last change; true when it rebuilt. */
    public boolean synchronise() {
        if (index.watermark() == store.lastChange()) {
            return false;
        }
        rebuild();
        return true;
    }

    /** Rebuilds the index from PostgreSQL, whatever its state. */
    public void rebuild() {
        long started = System.nanoTime();
        int[] experiments = new int[1];
        index.rebuild(() -> {
            ExperimentStore.Snapshot snapshot = store.publishedSnapshot();
            Map<Node, Graph> graphs = new LinkedHashMap<>();
            snapshot.publishedRecords().forEach((slug, record) ->
                    graphs.put(NodeFactory.createURI(identity.experimentIri(slug)), RecordCodec.decode(record)));
            if (snapshot.territory() != null) {
                graphs.put(NodeFactory.createURI(identity.territoryIri()), RecordCodec.decode(snapshot.territory()));
            }
            experiments[0] = snapshot.publishedRecords().size();
            return new QueryIndex.Contents(graphs, snapshot.lastChange());
        });
        LOG.info("Query index rebuilt from PostgreSQL: {} published experiments in {} ms",
                experiments[0], (System.nanoTime() - started) / 1_000_000);
    }
}
