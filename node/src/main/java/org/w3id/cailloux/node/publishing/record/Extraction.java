package org.w3id.cailloux.node.publishing.record;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * What {@link RecordExtractor} found in a document.
 *
 * @param records one record per experiment, in IRI order
 * @param rest    the triples that belong to no experiment (a territory, a network, an agent's
 *                other properties...); the caller decides whether to keep or reject them
 */
public record Extraction(List<ExperimentRecord> records, Graph rest) {

    public Extraction {
        records = List.copyOf(records);
    }

    /** The subjects of the triples that belong to no experiment, in N-Triples form, sorted. */
    public Set<String> restSubjects() {
        Set<String> subjects = new TreeSet<>();
        rest.find().forEachRemaining(t -> subjects.add(NodeFmtLib.strNT(t.getSubject())));
        return subjects;
    }

    /** The one experiment of a document sent to create or replace a single experiment. */
    public ExperimentRecord single() {
        List<String> errors = restErrors();
        if (records.size() != 1) {
            errors.add(0, "the document contains " + records.size() + " experiments: send one at a time"
                    + " (or use the import for many)");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRecordException(errors);
        }
        return records.get(0);
    }

    /** The records, or an {@link InvalidRecordException} naming each subject that belongs to none. */
    public List<ExperimentRecord> requireNothingElse() {
        List<String> errors = restErrors();
        if (!errors.isEmpty()) {
            throw new InvalidRecordException(errors);
        }
        return records;
    }

    private List<String> restErrors() {
        Set<String> errors = new LinkedHashSet<>();
        for (String subject : restSubjects()) {
            errors.add(subject.startsWith("_:")
                    ? "triples about a blank node not reachable from any experiment belong to no experiment"
                    : "triples about " + subject + " belong to no experiment");
        }
        return new ArrayList<>(errors);
    }

    /** True when every triple of the document went into a record. */
    public boolean nothingElse() {
        return rest.isEmpty();
    }
}
