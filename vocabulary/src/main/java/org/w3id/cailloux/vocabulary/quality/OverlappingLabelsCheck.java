package org.w3id.cailloux.vocabulary.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Two concepts of one scheme sharing a skos:prefLabel or skos:altLabel in one language, case and
 * white space ignored (qSKOS ol); each pair reported once, on the first IRI, in the first scheme
 * they share a label in. Deprecated concepts are left out: one keeps its labels beside its replacement's.
 */
final class OverlappingLabelsCheck extends GraphCheck {

    private static final List<Node> LABELS = List.of(Terms.PREF_LABEL, Terms.ALT_LABEL);

    private record Pair(Node first, Node second) {
        static final Comparator<Pair> ORDER = Comparator.comparing(Pair::first, Terms.ORDER).thenComparing(Pair::second, Terms.ORDER);
    }

    private record Overlap(Node scheme, Set<String> labels) {
    }

    OverlappingLabelsCheck() {
        super("overlapping-labels", Severity.WARNING,
                "Two concepts of one scheme share a skos:prefLabel or skos:altLabel in one language (case and spaces ignored).",
                "Deux concepts d'un même schéma partagent un skos:prefLabel ou un skos:altLabel dans une langue (casse et espaces ignorés).");
    }

    @Override
    void find(Graph vocabulary, Findings found) {
        Map<Pair, Overlap> overlaps = new TreeMap<>(Pair.ORDER);
        for (SchemeLabels group : SchemeLabels.of(vocabulary, LABELS, concept -> !Terms.isDeprecated(vocabulary, concept))) {
            List<Node> concepts = new ArrayList<>(group.concepts().keySet());
            for (int i = 0; i < concepts.size(); i++) {
                for (int j = i + 1; j < concepts.size(); j++) {
                    Overlap overlap = overlaps.computeIfAbsent(new Pair(concepts.get(i), concepts.get(j)),
                            k -> new Overlap(group.scheme(), new TreeSet<>()));
                    if (overlap.scheme().equals(group.scheme())) {
                        overlap.labels().add(Terms.literal(group.concepts().get(concepts.get(i))));
                    }
                }
            }
        }
        overlaps.forEach((pair, overlap) -> found.add(pair.first(),
                (overlap.labels().size() == 1 ? "shares the label " : "shares the labels ") + String.join(", ", overlap.labels())
                        + " with " + Terms.ref(pair.second()) + " in " + Terms.ref(overlap.scheme())));
    }
}
