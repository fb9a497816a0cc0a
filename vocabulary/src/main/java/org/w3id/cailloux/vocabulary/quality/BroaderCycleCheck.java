package org.w3id.cailloux.vocabulary.quality;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** A concept broader than itself through a chain of skos:broader or skos:narrower (qSKOS chr). */
final class BroaderCycleCheck extends GraphCheck {

    BroaderCycleCheck() {
        super("broader-cycle", Severity.BLOCKING,
                "A concept is broader than itself through a chain of skos:broader (or skos:narrower).",
                "Un concept est plus large que lui-même par une chaîne de skos:broader (ou de skos:narrower).");
    }

    @Override
    void find(Graph vocabulary, Findings found) {
        Hierarchy hierarchy = Hierarchy.of(vocabulary);
        for (Node concept : hierarchy.narrowerConcepts()) {
            if (hierarchy.ancestors(concept).contains(concept)) {
                found.add(concept, "skos:broader leads back to the concept itself");
            }
        }
    }
}
