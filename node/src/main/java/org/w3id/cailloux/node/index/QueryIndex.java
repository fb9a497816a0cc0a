package org.w3id.cailloux.node.index;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.NodeSettings;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/**
 * The Jena query index: a TDB2 dataset under {@code <data-dir>/index} holding what the node
 * publishes, one named graph per published record (named by its IRI) plus the vocabulary in the
 * graph {@link #VOCABULARY_GRAPH}. Queries see the union of all named graphs as their default graph.
 * PostgreSQL stays the source of truth: the index is derived, and {@link #rebuild} makes it anew.
 */
@Singleton
public class QueryIndex implements AutoCloseable {

    /** The named graph holding the vocabulary (terms and concept schemes). */
    public static final Node VOCABULARY_GRAPH = NodeFactory.createURI(CX.ONTOLOGY);
    private static final Logger LOG = LoggerFactory.getLogger(QueryIndex.class);

    private final DatasetGraph dataset;
    private final Path watermarkFile;
    private final TransitionVocabulary vocabulary;

    QueryIndex(NodeSettings settings, TransitionVocabulary vocabulary) {
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
        // Every query's default graph is the union of the named graphs: experiments and vocabulary together
        this.dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            if (!dataset.containsGraph(VOCABULARY_GRAPH) || dataset.getGraph(VOCABULARY_GRAPH).isEmpty()) {
                vocabulary.graph().find().forEachRemaining(t -> dataset.add(VOCABULARY_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
    }

    /**
     * Opens the TDB2 database; one that cannot be opened (a node stopped in the middle of writing it)
     * is set aside and made anew: the index is derived, the start-up rebuild refills it from PostgreSQL.
     */
    private DatasetGraph open(Path directory) {
        Path tdb = directory.resolve("tdb2");
        try {
            DatasetGraph opened = DatabaseMgr.connectDatasetGraph(Location.create(tdb));
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
            return DatabaseMgr.connectDatasetGraph(Location.create(tdb));
        }
    }

    /** The dataset to query, inside a read transaction of the caller's. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** Makes the named graph {@code name} hold exactly {@code content} (published or republished record). */
    public void replace(Node name, Graph content) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeGraph(name);
            content.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /**
     * Applies many changes in one write transaction: each named graph becomes its given content, or
     * is removed when the content is null. One commit (and one sync to disk) for a whole import.
     */
    public void apply(Map<Node, Graph> changes) {
        Txn.executeWrite(dataset, () -> changes.forEach((name, content) -> {
            dataset.removeGraph(name);
            if (content != null) {
                content.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        }));
    }

    /** Removes the named graph {@code name} (record unpublished or deleted). */
    public void remove(Node name) {
        Txn.executeWrite(dataset, () -> dataset.removeGraph(name));
    }

    /** Empties the index and loads the vocabulary and every given record graph, in one transaction. */
    public void rebuild(Map<Node, Graph> records, long watermark) {
        Txn.exec(dataset, TxnType.WRITE, () -> {
            dataset.clear();
            vocabulary.graph().find().forEachRemaining(t -> dataset.add(VOCABULARY_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            records.forEach((name, graph) ->
                    graph.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject())));
        });
        watermark(watermark);
    }

    /** The last change of the database the index reflects; -1 when unknown (then rebuild). */
    public long watermark() {
        try {
            return Files.exists(watermarkFile) ? Long.parseLong(Files.readString(watermarkFile).strip()) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** Records that the index reflects the database up to change {@code value}. */
    public void watermark(long value) {
        try {
            Path tmp = watermarkFile.resolveSibling("cailloux-watermark.tmp");
            Files.writeString(tmp, Long.toString(value));
            Files.move(tmp, watermarkFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the query index watermark", e);
        }
    }

    @PreDestroy
    @Override
    public void close() {
        dataset.close();
    }
}
