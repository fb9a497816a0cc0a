package org.w3id.cailloux.node.index;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.publishing.ExperimentStore;
import org.w3id.cailloux.node.publishing.record.RecordCodec;

/**
 * Makes the query index reflect PostgreSQL: rebuilds it when its watermark is not the database's last change, at
 * start and whenever a batch fails while the node runs (retried, one second, then twice as long each time up to
 * thirty, until it succeeds).
 */
@Singleton
public class IndexRebuilder {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuilder.class);

    private final QueryIndex index;
    private final ExperimentStore store;
    private final NodeIdentity identity;

    private final ScheduledExecutorService recovery =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("index-recovery").factory());

    IndexRebuilder(QueryIndex index, ExperimentStore store, NodeIdentity identity) {
        this.index = index;
        this.store = store;
        this.identity = identity;
        index.onBehind(() -> recoverIn(Duration.ofSeconds(1)));
    }

    /** Rebuilds after {@code wait}, on the recovery thread (the writer's thread, which reports the failure, runs the rebuild). */
    private void recoverIn(Duration wait) {
        recovery.schedule(() -> {
            try {
                if (index.behind().isPresent()) {
                    rebuild();
                }
            } catch (RuntimeException e) {
                Duration next = wait.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : wait.multipliedBy(2);
                LOG.error("Rebuilding the query index from PostgreSQL failed; trying again in {} s", next.toSeconds(), e);
                recoverIn(next);
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
