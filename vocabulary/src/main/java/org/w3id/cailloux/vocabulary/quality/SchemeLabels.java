package org.w3id.cailloux.vocabulary.quality;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The labels of the concepts of each scheme, grouped by language and folded text (case and white
 * space ignored): each group maps the concepts that carry the label to their first literal of it.
 * Empty labels are left to the empty-label check.
 */
record SchemeLabels(Node scheme, String language, Map<Node, Node> concepts) {

    /** Every group of the vocabulary, scheme by scheme, for the given label properties and the concepts kept. */
    static List<SchemeLabels> of(Graph vocabulary, List<Node> properties, Predicate<Node> keep) {
        Map<Node, Map<String, SchemeLabels>> byScheme = new TreeMap<>(Terms.ORDER);
        vocabulary.find(Node.ANY, Terms.IN_SCHEME, Node.ANY).forEachRemaining(t -> {
            Node concept = t.getSubject();
            if (!keep.test(concept)) {
                return;
            }
            Map<String, SchemeLabels> groups = byScheme.computeIfAbsent(t.getObject(), k -> new TreeMap<>());
            for (Node property : properties) {
                vocabulary.find(concept, property, Node.ANY).forEachRemaining(l -> {
                    Node label = l.getObject();
                    String folded = label.isLiteral() ? Terms.fold(label.getLiteralLexicalForm()) : "";
                    if (!folded.isEmpty()) {
                        String language = label.getLiteralLanguage();
                        groups.computeIfAbsent(language + "\n" + folded,
                                        k -> new SchemeLabels(t.getObject(), language, new TreeMap<>(Terms.ORDER)))
                                .concepts().merge(concept, label, (a, b) -> Terms.literal(a).compareTo(Terms.literal(b)) <= 0 ? a : b);
                    }
                });
            }
        });
        return byScheme.values().stream().flatMap(groups -> groups.values().stream())
                .filter(group -> group.concepts().size() > 1).toList();
    }
}
