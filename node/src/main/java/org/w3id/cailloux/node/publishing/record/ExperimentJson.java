package org.w3id.cailloux.node.publishing.record;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Triple;

/**
 * The documented JSON form of an experiment ({@code docs/json-form.md}), both ways, on the
 * {@code Map}/{@code List} trees that Micronaut's {@code JsonMapper} reads and writes.
 * Round trip is the contract: RDF to JSON to RDF gives the same triples for everything the form
 * covers ({@link #notInJson} lists the rest), and JSON written here reads back to equal JSON.
 */
public final class ExperimentJson {

    private ExperimentJson() {}

    /** The JSON form of a record: fields in documented order, lists sorted, empty fields left out. */
    public static Map<String, Object> toJson(ExperimentRecord record) {
        return new ExperimentJsonWriter(record).write();
    }

    /**
     * The record written in {@code json} for the experiment {@code slug} (the address's; the body's
     * {@code slug}, if any, must match); throws {@link InvalidRecordException} listing every unknown
     * field, wrong JSON type, bad id or IRI.
     */
    public static ExperimentRecord fromJson(Map<String, Object> json, String slug, String baseUri) {
        return new ExperimentJsonReader(baseUri).read(json, slug);
    }

    /** The record written in {@code json}, named by the body's own {@code slug} (e.g. to create it). */
    public static ExperimentRecord fromJson(Map<String, Object> json, String baseUri) {
        return new ExperimentJsonReader(baseUri).read(json, null);
    }

    /**
     * The record's triples that its JSON form does not carry (a second title in one language, an
     * unknown property, a type the form implies...): empty when the JSON form loses nothing.
     */
    public static Set<Triple> notInJson(ExperimentRecord record, String baseUri) {
        ExperimentRecord back = fromJson(toJson(record), record.slug(), baseUri);
        return record.graph().find().filterDrop(back.graph()::contains).toSet().stream()
                .collect(Collectors.toUnmodifiableSet());
    }
}
