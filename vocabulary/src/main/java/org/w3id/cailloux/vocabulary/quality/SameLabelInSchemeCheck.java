package org.w3id.cailloux.vocabulary.quality;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Two concepts of one scheme with the same skos:prefLabel in one language, case and white space ignored. */
final class SameLabelInSchemeCheck extends GraphCheck {

    SameLabelInSchemeCheck() {
        super("same-label-in-scheme", Severity.BLOCKING,
                "Two concepts of one scheme share a skos:prefLabel in one language (case and spaces ignored).",
                "Deux concepts d'un même schéma ont le même skos:prefLabel dans une langue (casse et espaces ignorés).");
    }

    @Override
    void find(Graph vocabulary, Findings found) {
        for (SchemeLabels group : SchemeLabels.of(vocabulary, List.of(Terms.PREF_LABEL), concept -> true)) {
            group.concepts().forEach((concept, label) -> {
                for (Node other : group.concepts().keySet()) {
                    if (!other.equals(concept)) {
                        found.add(concept, "same label \"" + label.getLiteralLexicalForm() + "\"@" + group.language()
                                + " as " + Terms.ref(other) + " in " + Terms.ref(group.scheme()));
                    }
                }
            });
        }
    }
}
