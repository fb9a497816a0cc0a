package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.vocabulary.CX;

/**
 * Phase 2: the patterns over the vocabulary — SKOS and OWL predicates, RDFS schema predicates, types that
 * are SKOS/OWL/RDFS classes, subjects in the vocabulary's namespaces — matched in the default graph are
 * answered from this node's copy of the vocabulary and never leave the node. Inside {@code GRAPH} they are
 * left to the nodes, since the vocabulary is no node's named graph. Stars left empty are dropped.
 */
final class VocabularyPatterns {

    /** Where the vocabulary's terms and concept schemes live. */
    static final List<String> VOCABULARY_NAMESPACES = List.of(CX.NS, "https://w3id.org/cailloux/scheme/");
    private static final Set<String> SCHEMA_PREDICATES = Set.of(RDFS.subClassOf.getURI(), RDFS.subPropertyOf.getURI(),
            RDFS.domain.getURI(), RDFS.range.getURI());
    private static final List<String> SCHEMA_NAMESPACES = List.of(SKOS.uri, OWL.NS, RDFS.uri);

    /**
     * The query's stars without their vocabulary patterns, and those patterns.
     *
     * @param stars the stars to fetch from nodes
     * @param local the patterns answered from the local vocabulary
     * @param localByGroup the same, by the basic graph pattern they belong to
     */
    record Split(List<Star> stars, List<Triple> local, Map<Integer, List<Triple>> localByGroup) {}

    Split split(List<Star> stars) {
        List<Star> kept = new ArrayList<>();
        List<Triple> local = new ArrayList<>();
        Map<Integer, List<Triple>> localByGroup = new LinkedHashMap<>();
        for (Star star : stars) {
            if (!star.scope().isDefault()) {
                kept.add(star);
                continue;
            }
            List<Triple> data = new ArrayList<>();
            for (Triple t : star.triples()) {
                if (isVocabulary(t)) {
                    local.add(t);
                    localByGroup.computeIfAbsent(star.group(), g -> new ArrayList<>()).add(t);
                } else {
                    data.add(t);
                }
            }
            if (!data.isEmpty()) {
                kept.add(star.withTriples(data));
            }
        }
        return new Split(kept, local, localByGroup);
    }

    static boolean isVocabulary(Triple t) {
        Node p = t.getPredicate();
        if (inNamespaces(t.getSubject(), VOCABULARY_NAMESPACES)) {
            return true;
        }
        if (!p.isURI()) {
            return false;
        }
        String iri = p.getURI();
        if (iri.startsWith(SKOS.uri) || SCHEMA_PREDICATES.contains(iri)) {
            return true;
        }
        // owl:sameAs links a city's territory to the INSEE commune: data, not vocabulary
        if (iri.startsWith(OWL.NS) && !iri.equals(OWL.sameAs.getURI())) {
            return true;
        }
        return p.equals(RDF.type.asNode()) && inNamespaces(t.getObject(), SCHEMA_NAMESPACES);
    }

    private static boolean inNamespaces(Node node, List<String> namespaces) {
        return node.isURI() && namespaces.stream().anyMatch(ns -> node.getURI().startsWith(ns));
    }
}
