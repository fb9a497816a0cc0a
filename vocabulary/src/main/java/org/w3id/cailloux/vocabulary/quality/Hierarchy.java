package org.w3id.cailloux.vocabulary.quality;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The skos:broader hierarchy of a vocabulary, read once: {@code A skos:broader B} and
 * {@code B skos:narrower A} both make B a direct broader concept of A.
 */
final class Hierarchy {

    private final Map<Node, Set<Node>> broader = new HashMap<>();
    private final Map<Node, Set<Node>> ancestors = new HashMap<>();

    private Hierarchy() {
    }

    static Hierarchy of(Graph graph) {
        Hierarchy hierarchy = new Hierarchy();
        graph.find(Node.ANY, Terms.BROADER, Node.ANY).forEachRemaining(t -> hierarchy.link(t.getSubject(), t.getObject()));
        graph.find(Node.ANY, Terms.NARROWER, Node.ANY).forEachRemaining(t -> hierarchy.link(t.getObject(), t.getSubject()));
        return hierarchy;
    }

    private void link(Node narrower, Node broaderConcept) {
        broader.computeIfAbsent(narrower, k -> Terms.sortedSet()).add(broaderConcept);
    }

    /** The concepts that have a broader concept, in order. */
    Set<Node> narrowerConcepts() {
        Set<Node> concepts = Terms.sortedSet();
        concepts.addAll(broader.keySet());
        return concepts;
    }

    /** The direct broader concepts of a concept, in order. */
    Set<Node> broader(Node concept) {
        return broader.getOrDefault(concept, Set.of());
    }

    /** Every concept reachable from this one through one or more broader steps; holds the concept itself only on a cycle. */
    Set<Node> ancestors(Node concept) {
        Set<Node> known = ancestors.get(concept);
        if (known != null) {
            return known;
        }
        Set<Node> reached = Terms.sortedSet();
        Deque<Node> next = new ArrayDeque<>(broader(concept));
        while (!next.isEmpty()) {
            Node step = next.pop();
            if (reached.add(step)) {
                next.addAll(broader(step));
            }
        }
        ancestors.put(concept, reached);
        return reached;
    }
}
