package org.w3id.cailloux.vocabulary.quality;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** Two concepts skos:related while one is broader than the other (SKOS integrity condition S27; qSKOS rc). */
final class RelatedClashesHierarchyCheck extends GraphCheck {

    RelatedClashesHierarchyCheck() {
        super("related-clashes-hierarchy", Severity.BLOCKING,
                "Two concepts are skos:related while one is broader than the other (SKOS integrity condition S27).",
                "Deux concepts sont skos:related alors que l'un est plus large que l'autre (condition d'intégrité S27 de SKOS).");
    }

    @Override
    void find(Graph vocabulary, Findings found) {
        Hierarchy hierarchy = Hierarchy.of(vocabulary);
        vocabulary.find(Node.ANY, Terms.RELATED, Node.ANY).forEachRemaining((Triple t) -> {
            clash(hierarchy, t.getSubject(), t.getObject(), found);
            clash(hierarchy, t.getObject(), t.getSubject(), found);
        });
    }

    private static void clash(Hierarchy hierarchy, Node focus, Node other, Findings found) {
        if (hierarchy.ancestors(focus).contains(other)) {
            found.add(focus, "skos:related to " + Terms.ref(other) + ", which is also broader");
        }
    }
}
