package org.w3id.cailloux.node.publishing;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.node.publishing.problems.ImportProblem;
import org.w3id.cailloux.node.publishing.problems.ExperimentNotFoundProblem;
import org.w3id.cailloux.node.publishing.problems.PreconditionFailedProblem;
import org.w3id.cailloux.node.publishing.problems.RevisionNotFoundProblem;
import org.w3id.cailloux.node.publishing.problems.SlugTakenProblem;
import org.w3id.cailloux.node.publishing.problems.ValidationProblem;
import org.w3id.cailloux.node.publishing.record.ExperimentRecord;
import org.w3id.cailloux.node.publishing.record.RecordCodec;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;
import org.w3id.cailloux.vocabulary.Validation;

/**
 * Every write to experiments: validate with the shapes, then one PostgreSQL transaction appending
 * a revision, then hand the change to the query index, which applies it behind the response (readers
 * of the index wait for it). Writes are serialised by {@link QueryIndex#write}, so the index receives them in commit order.
 */
@Singleton
public class PublishingService {

    private final ExperimentStore store;
    private final QueryIndex index;
    private final LiveVocabulary vocabulary;
    private final NodeIdentity identity;

    PublishingService(ExperimentStore store, QueryIndex index, LiveVocabulary vocabulary, NodeIdentity identity) {
        this.store = store;
        this.identity = identity;
        this.index = index;
        this.vocabulary = vocabulary;
    }

    /** Publishes (or saves as draft) a new experiment; its slug must be free. */
    public StoredExperiment create(ExperimentRecord record, ExperimentState state, String author, String language) {
        validate(record, language);
        return write(List.of(record), state, author, (tx, r) -> {
            if (tx.find(r.slug()).isPresent()) {
                throw new SlugTakenProblem("An experiment with the slug '" + r.slug()
                        + "' exists already: change it with PUT /api/experiments/" + r.slug() + ", or choose another slug.");
            }
            return 1;
        }).get(0);
    }

    /** Replaces the experiment's record; {@code ifMatch} (may be null) must name its current version. */
    public StoredExperiment update(ExperimentRecord record, ExperimentState state, String ifMatch, String author, String language) {
        validate(record, language);
        try {
            return write(List.of(record), state, author, (tx, r) -> {
                Optional<StoredExperiment> current = tx.find(r.slug());
                if (current.isEmpty()) {
                    throw new ExperimentNotFoundProblem("No experiment has the slug '" + r.slug() + "'; create it with POST /api/experiments.");
                }
                checkPrecondition(current.get(), ifMatch);
                if (current.get().state() == state && RecordCodec.decode(current.get().record()).isIsomorphicWith(r.graph())) {
                    throw new Unchanged(current.get());
                }
                return current.get().revision() + 1;
            }).get(0);
        } catch (Unchanged unchanged) {
            // nothing to write: the transaction is rolled back and the index is not touched
            return unchanged.current;
        }
    }

    /** A save of what the current revision already holds: it makes no new revision. */
    private static final class Unchanged extends RuntimeException {
        private final transient StoredExperiment current;

        Unchanged(StoredExperiment current) {
            super(null, null, false, false);
            this.current = current;
        }
    }

    /** Deletes the experiment: a tombstone revision; it can be restored. */
    public StoredExperiment delete(String slug, String ifMatch, String author) {
        return index.write(() -> {
            long[] change = new long[1];
            StoredExperiment deleted = store.inTransaction(tx -> {
                StoredExperiment current = tx.find(slug).filter(e -> e.state() != ExperimentState.DELETED)
                        .orElseThrow(() -> new ExperimentNotFoundProblem("No experiment has the slug '" + slug + "'."));
                checkPrecondition(current, ifMatch);
                int number = current.revision() + 1;
                change[0] = tx.write(slug, number, ExperimentState.DELETED, author, "", new SearchFields("", null, List.of(), ""));
                return tx.find(slug).orElseThrow();
            });
            Map<org.apache.jena.graph.Node, Graph> removal = new HashMap<>();
            removal.put(NodeFactory.createURI(identity.experimentIri(slug)), null);
            return new QueryIndex.Committed<>(deleted, removal, change[0]);
        });
    }

    /** Makes revision {@code number} current again, as a new revision (restores deletions too). */
    public StoredExperiment restore(String slug, int number, String author, String language) {
        Revision revision = store.revision(slug, number)
                .orElseThrow(() -> new RevisionNotFoundProblem("The experiment '" + slug + "' has no revision " + number
                        + "; GET /api/experiments/" + slug + "/revisions lists them."));
        if (revision.state() == ExperimentState.DELETED) {
            throw new RevisionNotFoundProblem("Revision " + number + " of '" + slug
                    + "' is the deletion itself; restore the revision before it.");
        }
        ExperimentRecord record = new ExperimentRecord(slug, identity.experimentIri(slug), RecordCodec.decode(revision.record()));
        validate(record, language);
        return write(List.of(record), revision.state(), author, (tx, r) -> tx.find(slug).orElseThrow().revision() + 1).get(0);
    }

    /** Validates every record, then writes them all in one transaction or none; the report lists each. */
    public List<StoredExperiment> importAll(List<ExperimentRecord> records, ExperimentState state, String author, String language) {
        List<Validation> validations = vocabulary.current().validateEach(records.stream().map(ExperimentRecord::graph).toList());
        Map<String, Validation> failures = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            if (!validations.get(i).conforms()) {
                failures.put(records.get(i).slug(), validations.get(i));
            }
        }
        if (!failures.isEmpty()) {
            throw new ImportProblem(records, failures, language);
        }
        // Each record encoded on its own, so the cores share them; outside the lock, nothing is written yet
        List<RevisionBatch.Row> rows = records.parallelStream().map(r -> new RevisionBatch.Row(r.slug(), RecordCodec.encode(r.graph()),
                SearchFieldsExtractor.of(r.iri(), r.graph()))).toList();
        return index.write(() -> {
            RevisionBatch.Written written = store.inTransaction(tx -> RevisionBatch.write(tx, rows, state, author));
            return new QueryIndex.Committed<>(written.experiments(), indexChanges(records, state), written.lastChange());
        });
    }

    /** Stores the node's territory description and puts it in the index. */
    public void putTerritory(String territoryIri, Graph territory) {
        index.write(() -> {
            long change = store.inTransaction(tx -> tx.putDocument("territory", RecordCodec.encode(territory)));
            return new QueryIndex.Committed<>(null, Map.of(NodeFactory.createURI(territoryIri), territory), change);
        });
    }

    /** Chooses the revision number a record gets, or refuses the write, inside the transaction. */
    @FunctionalInterface
    private interface NextRevision {
        int of(ExperimentStore.Tx tx, ExperimentRecord record) throws java.sql.SQLException;
    }

    private List<StoredExperiment> write(List<ExperimentRecord> records, ExperimentState state, String author, NextRevision next) {
        return index.write(() -> {
            long[] change = {-1};
            List<StoredExperiment> written = store.inTransaction(tx -> {
                List<StoredExperiment> result = new ArrayList<>();
                for (ExperimentRecord record : records) {
                    int number = next.of(tx, record);
                    change[0] = tx.write(record.slug(), number, state, author, RecordCodec.encode(record.graph()),
                            SearchFieldsExtractor.of(record.iri(), record.graph()));
                    result.add(tx.find(record.slug()).orElseThrow());
                }
                return result;
            });
            return new QueryIndex.Committed<>(written, indexChanges(records, state), change[0]);
        });
    }

    /** What the committed records change in the index: published ones become their graphs, others leave it. */
    private static Map<org.apache.jena.graph.Node, Graph> indexChanges(List<ExperimentRecord> records, ExperimentState state) {
        Map<org.apache.jena.graph.Node, Graph> changes = new LinkedHashMap<>();
        for (ExperimentRecord record : records) {
            changes.put(NodeFactory.createURI(record.iri()), state == ExperimentState.PUBLISHED ? record.graph() : null);
        }
        return changes;
    }

    private void validate(ExperimentRecord record, String language) {
        Validation validation = vocabulary.current().validate(record.graph());
        if (!validation.conforms()) {
            throw new ValidationProblem(record.slug(), validation.violations(), language);
        }
    }

    private static void checkPrecondition(StoredExperiment current, String ifMatch) {
        if (ifMatch != null && !ifMatch.strip().equals("*") && !ifMatch.strip().equals(current.etag())) {
            throw new PreconditionFailedProblem("If-Match " + ifMatch + " is not the current version " + current.etag()
                    + " of '" + current.slug() + "': someone saved it meanwhile. Nothing was written; reload it and apply your change again.");
        }
    }
}
