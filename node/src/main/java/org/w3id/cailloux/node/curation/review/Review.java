package org.w3id.cailloux.node.curation.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.curation.change.Delta;

/**
 * A change checked against the whole vocabulary: the findings before and after it, those it introduces and those it
 * resolves, and what it adds and removes. The change may be accepted only when it introduces no blocking finding.
 */
public record Review(List<Finding> before, List<Finding> after, List<Finding> introduced, List<Finding> resolved, Delta delta) {

    /** The blocking findings the change introduces. */
    public List<Finding> blocking() {
        return introduced.stream().filter(Finding::blocking).toList();
    }

    /** The counts and lists as JSON (not the delta). */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("acceptable", blocking().isEmpty());
        json.put("introduced", introduced.stream().map(Finding::toJson).toList());
        json.put("resolved", resolved.stream().map(Finding::toJson).toList());
        json.put("findingsBefore", before.size());
        json.put("findingsAfter", after.size());
        json.put("insertions", delta.insertions().size());
        json.put("deletions", delta.deletions().size());
        json.put("added", lines(delta.insertions()));
        json.put("removed", lines(delta.deletions()));
        return json;
    }

    /** The triples of a graph, one a line, with the vocabulary's prefixes, sorted: what a person reads of a delta. */
    public static List<String> lines(org.apache.jena.graph.Graph graph) {
        List<String> lines = new java.util.ArrayList<>();
        graph.find().forEachRemaining(t -> lines.add(org.apache.jena.sparql.util.FmtUtils.stringForTriple(t, PREFIXES)));
        java.util.Collections.sort(lines);
        return lines;
    }

    private static final org.apache.jena.shared.PrefixMapping PREFIXES = prefixes();

    private static org.apache.jena.shared.PrefixMapping prefixes() {
        org.apache.jena.shared.PrefixMapping p = org.apache.jena.shared.PrefixMapping.Factory.create();
        p.setNsPrefix("skos", org.apache.jena.vocabulary.SKOS.uri);
        p.setNsPrefix("owl", org.apache.jena.vocabulary.OWL.NS);
        p.setNsPrefix("dct", org.apache.jena.vocabulary.DCTerms.NS);
        p.setNsPrefix("rdf", org.apache.jena.vocabulary.RDF.uri);
        p.setNsPrefix("rdfs", org.apache.jena.vocabulary.RDFS.uri);
        p.setNsPrefix("cx", org.w3id.cailloux.vocabulary.CX.NS);
        p.setNsPrefix("adms", org.w3id.cailloux.vocabulary.ADMS.NS);
        for (org.w3id.cailloux.vocabulary.Scheme s : org.w3id.cailloux.vocabulary.Scheme.values()) {
            p.setNsPrefix(s.slug(), s.iri() + "/");
        }
        return p.lock();
    }
}
