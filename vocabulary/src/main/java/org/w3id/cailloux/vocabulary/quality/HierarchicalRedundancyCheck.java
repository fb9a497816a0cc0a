package org.w3id.cailloux.vocabulary.quality;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** A direct skos:broader that a longer chain of skos:broader already implies (qSKOS hr). */
final class HierarchicalRedundancyCheck extends GraphCheck {

    HierarchicalRedundancyCheck() {
        super("hierarchical-redundancy", Severity.WARNING,
                "A concept has a direct skos:broader concept that it also reaches through a longer chain of skos:broader.",
                "Un concept a un skos:broader direct qu'il atteint aussi par une chaîne plus longue de skos:broader.");
    }

    @Override
    void find(Graph vocabulary, Findings found) {
        Hierarchy hierarchy = Hierarchy.of(vocabulary);
        for (Node concept : hierarchy.narrowerConcepts()) {
            for (Node direct : hierarchy.broader(concept)) {
                for (Node through : hierarchy.broader(concept)) {
                    if (!through.equals(direct) && hierarchy.ancestors(through).contains(direct)) {
                        found.add(concept, "skos:broader " + Terms.ref(direct) + " is redundant: it is also broader than "
                                + Terms.ref(through) + ", another broader concept");
                        break;
                    }
                }
            }
        }
    }
}
