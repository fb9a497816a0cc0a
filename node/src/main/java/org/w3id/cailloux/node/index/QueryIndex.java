package org.w3id.cailloux.node.index;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.NodeSettings;
import org.w3id.cailloux.node.database.DatabaseUnavailableProblem;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;

/**
 * The Jena query index: a TDB2 dataset under {@code <data-dir>/index} holding what the node
 * publishes, one named graph per published record (named by its IRI) plus the vocabulary in the
 * graph {@link #VOCABULARY_GRAPH}. Queries see the union of all named graphs as their default graph.
 * PostgreSQL stays the source of truth: the index is derived, and {@link #rebuild} makes it anew.
 * Writes are applied behind the request that committed them ({@link IndexWriter}); readers wait for them.
 */
@Singleton
public class QueryIndex implements AutoCloseable {

    /** The named graph holding the vocabulary (terms and concept schemes). */
    public static final Node VOCABULARY_GRAPH = NodeFactory.createURI(CX.ONTOLOGY);
    private static final Logger LOG = LoggerFactory.getLogger(QueryIndex.class);
    private static final StoreParams STORE_PARAMS = StoreParams.builder("cailloux", StoreParams.getDftStoreParams())
            .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"}).build();

    private final DatasetGraph dataset;
    private final Path watermarkFile;
    private final LiveVocabulary vocabulary;
    private final AtomicLong watermark;
    private final IndexWriter writer;
    private final long compactionThreshold;
    private final Path compactedFile;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> behindListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> uncertainListeners = new CopyOnWriteArrayList<>();
    private volatile Behind behind;
    private final ReentrantLock writes = new ReentrantLock();
    private long compactedBytes;

    QueryIndex(NodeSettings settings, LiveVocabulary vocabulary,
               @Value("${cailloux.index.compaction-threshold-bytes:268435456}") long compactionThreshold) {
        Path directory = Path.of(settings.getDataDir()).resolve("index");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the query index directory " + directory, e);
        }
        this.vocabulary = vocabulary;
        // Inside the TDB2 directory, so that an index lost or set aside takes its watermark with it
        this.watermarkFile = directory.resolve("tdb2").resolve("cailloux-watermark");
        this.dataset = open(directory);
        this.watermark = new AtomicLong(readLong(watermarkFile, -1));
        this.compactionThreshold = compactionThreshold;
        this.compactedFile = watermarkFile.resolveSibling("cailloux-compacted-bytes");
        // An index never compacted counts as compact up to the threshold: the first write past twice that compacts it
        this.compactedBytes = readLong(compactedFile, Math.min(storageBytes(), compactionThreshold));
        this.writer = new IndexWriter(this::applyInTransaction, this::forgetWatermark, this::compactIfGrown);
        // Every query's default graph is the union of the named graphs: experiments and vocabulary together
        this.dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            Graph inForce = vocabulary.current().graph();
            // A node upgraded to a newer shipped vocabulary finds the older one here, with a watermark that is still right
            if (!dataset.containsGraph(VOCABULARY_GRAPH) || !sameVocabulary(dataset.getGraph(VOCABULARY_GRAPH), inForce)) {
                dataset.removeGraph(VOCABULARY_GRAPH);
                inForce.find().forEachRemaining(t -> dataset.add(VOCABULARY_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
    }

    /** The same version with the same number of triples: telling them apart fully would read the whole graph at every start. */
    private static boolean sameVocabulary(Graph indexed, Graph inForce) {
        Node ontology = NodeFactory.createURI(CX.ONTOLOGY);
        Node version = org.apache.jena.vocabulary.OWL.versionInfo.asNode();
        return indexed.size() == inForce.size()
                && java.util.Objects.equals(org.apache.jena.system.G.getSP(indexed, ontology, version),
                        org.apache.jena.system.G.getSP(inForce, ontology, version));
    }

    /**
     * Opens the TDB2 database; one that cannot be opened (a node stopped in the middle of writing it)
     * is set aside and made anew: the index is derived, the start-up rebuild refills it from PostgreSQL.
     */
    private DatasetGraph open(Path directory) {
        Path tdb = directory.resolve("tdb2");
        try {
            DatasetGraph opened = connect(tdb);
            Txn.executeRead(opened, () -> opened.find().hasNext());
            return opened;
        } catch (RuntimeException e) {
            Path aside = directory.resolve("tdb2-unreadable-" + System.currentTimeMillis());
            LOG.warn("The query index in {} cannot be opened ({}); moved to {} and rebuilt from PostgreSQL", tdb, e.toString(), aside);
            try {
                Files.move(tdb, aside);
            } catch (IOException io) {
                throw new UncheckedIOException("Cannot set aside the unreadable query index " + tdb, io);
            }
            return connect(tdb);
        }
    }

    /**
     * Connects to the TDB2 database, created with four quad indexes instead of TDB2's six: every query
     * sees the union of the named graphs, read through SPOG, POSG and OSPG; GSPO serves a graph by
     * name (pages, replacing a record's graph). GPOS and GOSP would only serve patterns inside one
     * named graph by predicate or object, which a record's few dozen quads answer by a scan; without
     * them, each quad written costs four B+tree inserts instead of six. A database made before keeps
     * the indexes it was made with.
     */
    private static DatasetGraph connect(Path tdb) {
        return DatabaseConnection.connectCreate(Location.create(tdb), STORE_PARAMS).getDatasetGraph();
    }

    /**
     * The dataset to query, inside a read transaction of the caller's. Outside a transaction, first
     * waits until every change submitted before this call is applied: a reader sees the writes that
     * were acknowledged before it asked.
     */
    public DatasetGraph dataset() {
        if (!dataset.isInTransaction()) {
            writer.awaitSubmitted();
        }
        return dataset;
    }

    /** A database write the index takes up: what it returns, the named graphs it changed (null: removed), its change number. */
    public record Committed<T>(T result, Map<Node, Graph> changes, long change) {}

    /**
     * Runs {@code commit}, a PostgreSQL transaction, and queues its changes, serialised with every other write made
     * this way: the index receives changes in commit order, so its watermark (the highest change applied) never
     * passes a change it lacks. Returns what the write returned, before the index has applied it.
     */
    public <T> T write(Supplier<Committed<T>> commit) {
        writes.lock();
        try {
            Committed<T> committed = commit.get();
            if (!committed.changes().isEmpty()) {
                submit(committed.changes(), committed.change());
            }
            return committed.result();
        } catch (RuntimeException e) {
            // A connection lost while committing leaves the outcome unknown: PostgreSQL may hold what the index lacks
            if (DatabaseUnavailableProblem.causedBy(e)) {
                uncertainListeners.forEach(Runnable::run);
            }
            throw e;
        } finally {
            writes.unlock();
        }
    }

    /** Calls {@code listener} when a write failed because the database went out of reach, perhaps after committing. */
    public void onUncertainWrite(Runnable listener) {
        uncertainListeners.add(listener);
    }

    /** Whether the index reflects exactly the database's last change ({@code lastChange}), compared with writes held back. */
    public boolean reflects(LongSupplier lastChange) {
        writes.lock();
        try {
            return watermark() == lastChange.getAsLong();
        } finally {
            writes.unlock();
        }
    }

    /**
     * Queues changes committed to PostgreSQL as change {@code change}: each named graph becomes its
     * given content, or is removed when the content is null. Returns at once (unless the writer is far
     * behind); the writer applies them in submission order, many submissions in one TDB2 transaction.
     * Writes of the node go through {@link #write}, which keeps them in commit order.
     */
    public void submit(Map<Node, Graph> changes, long change) {
        long quads = changes.values().stream().mapToLong(content -> content == null ? 1 : content.size()).sum();
        writer.submit(() -> {
            changes.forEach((name, content) -> {
                if (dataset.contains(name, Node.ANY, Node.ANY, Node.ANY)) {
                    dataset.removeGraph(name);
                }
                if (content != null) {
                    content.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                }
            });
            return change;
        }, quads);
        changed();
    }

    /**
     * Calls {@code listener} on every change to what queries see: when a write is queued (before the request that
     * made it is acknowledged; a query asked after that waits for it), after a rebuild, and when the index falls
     * behind PostgreSQL.
     */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    /**
     * Empties the index and loads the vocabulary and what {@code source} reads, in one transaction,
     * and waits for it. The source is read on the writer's thread, after every change submitted
     * before, so a write committed meanwhile is in the snapshot or applied after it, never lost.
     */
    public void rebuild(Supplier<Contents> source) {
        writer.submitAndWait(() -> {
            Contents contents = source.get();
            dataset.clear();
            vocabulary.current().graph().find().forEachRemaining(t -> dataset.add(VOCABULARY_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            contents.graphs().forEach((name, graph) ->
                    graph.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject())));
            behind = null; // in step once this transaction commits; a failure of it marks the index behind again
            return contents.watermark();
        });
        changed();
    }

    /** Why the index is behind PostgreSQL since a batch failed to apply, until a rebuild brings it back. */
    public record Behind(Instant since, String reason) {}

    /** Whether the index is behind PostgreSQL because a batch failed, and why; empty when it is in step. */
    public Optional<Behind> behind() {
        return Optional.ofNullable(behind);
    }

    /** Calls {@code listener} (on the index writer's thread) when a batch fails and the index falls behind PostgreSQL. */
    public void onBehind(Runnable listener) {
        behindListeners.add(listener);
    }

    /** Whether the thread that applies writes still runs: a node whose writer died cannot take a write any more. */
    public boolean writerAlive() {
        return writer.isAlive();
    }

    /** The last database change applied, without waiting for the writes queued before this call. */
    public long appliedWatermark() {
        return watermark.get();
    }

    /** What a rebuild loads: the record graphs by name, and the database change they reflect. */
    public record Contents(Map<Node, Graph> graphs, long watermark) {}

    /**
     * The last database change the index reflects, once every change submitted before this call is
     * applied; -1 when unknown (then rebuild).
     */
    public long watermark() {
        writer.awaitSubmitted();
        return watermark.get();
    }

    /** Applies one batch of queued work in a write transaction and records its watermark. */
    private void applyInTransaction(List<IndexWriter.Work> batch) {
        long[] highest = {watermark.get()};
        Txn.exec(dataset, TxnType.WRITE, () -> {
            for (IndexWriter.Work work : batch) {
                highest[0] = Math.max(highest[0], work.apply());
            }
        });
        if (behind == null) {
            recordWatermark(highest[0]);
        }
        // else the watermark stays unknown (-1) until the rebuild: no cache keeps an answer of an index missing a batch,
        // and a start before the rebuild rebuilds
    }

    /**
     * TDB2 never rewrites a block in place: every commit appends, so an index fed by many imports and
     * edits takes several times the room of its data on disk, and in memory once mapped. When it has
     * doubled since the last compaction (and passed {@code cailloux.index.compaction-threshold-bytes},
     * 256 MB: TDB2 sizes its files in 8 MB steps, an empty index already takes about 200 MB of them),
     * it is copied anew and the old generation deleted, once the writer is idle (no write for 2 s).
     * Readers go on meanwhile; writes wait in the queue.
     */
    private void compactIfGrown() {
        long size = storageBytes();
        if (size < compactionThreshold || size < 2 * compactedBytes) {
            return;
        }
        long started = System.nanoTime();
        DatabaseMgr.compact(dataset, true);
        compactedBytes = storageBytes();
        writeQuietly(compactedFile, Long.toString(compactedBytes));
        LOG.info("Query index compacted from {} MB to {} MB in {} ms", size >> 20, compactedBytes >> 20,
                (System.nanoTime() - started) / 1_000_000);
    }

    private long storageBytes() {
        try (Stream<Path> files = Files.walk(watermarkFile.getParent())) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private void recordWatermark(long value) {
        try {
            Path tmp = watermarkFile.resolveSibling("cailloux-watermark.tmp");
            Files.writeString(tmp, Long.toString(value));
            Files.move(tmp, watermarkFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            watermark.set(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the query index watermark", e);
        }
    }

    private static long readLong(Path file, long otherwise) {
        try {
            return Files.exists(file) ? Long.parseLong(Files.readString(file).strip()) : otherwise;
        } catch (IOException | NumberFormatException e) {
            return otherwise;
        }
    }

    private static void writeQuietly(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            LOG.warn("Cannot write {}", file, e);
        }
    }

    /**
     * A batch that failed leaves the index behind PostgreSQL: forget the watermark (a start now rebuilds) and tell the
     * listeners, which rebuild it while the node runs.
     */
    private void forgetWatermark(RuntimeException cause) {
        LOG.error("The query index could not apply committed changes; it is behind PostgreSQL until it is rebuilt from it", cause);
        behind = new Behind(Instant.now(), "a batch of committed changes failed to apply: " + cause);
        try {
            Files.deleteIfExists(watermarkFile);
        } catch (IOException e) {
            LOG.error("Cannot remove the query index watermark {}", watermarkFile, e);
        }
        watermark.set(-1);
        changed();
        behindListeners.forEach(Runnable::run);
    }

    @PreDestroy
    @Override
    public void close() {
        writer.close();
        dataset.close();
    }
}
