package org.w3id.cailloux.node.curation.change;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What one vocabulary adds to and removes from another, as two graphs (the insertions and deletions of skos-history).
 * Blank nodes (the members of an ordered collection) are named by the path that reaches them from an IRI, so that the
 * same list in two versions is the same triples and only a real change shows.
 */
public record Delta(Graph insertions, Graph deletions) {

    /** The triples in {@code after} and not in {@code before}, and the reverse. */
    public static Delta between(Graph before, Graph after) {
        Graph b = stable(before);
        Graph a = stable(after);
        Graph insertions = GraphFactory.createDefaultGraph();
        Graph deletions = GraphFactory.createDefaultGraph();
        a.find().forEachRemaining(t -> {
            if (!b.contains(t)) {
                insertions.add(t);
            }
        });
        b.find().forEachRemaining(t -> {
            if (!a.contains(t)) {
                deletions.add(t);
            }
        });
        return new Delta(insertions, deletions);
    }

    /** True when nothing changes. */
    public boolean isEmpty() {
        return insertions.isEmpty() && deletions.isEmpty();
    }

    /**
     * A copy of {@code graph} whose blank nodes are labelled by a hash of how they are reached: the subject IRI (or the
     * parent blank node's label) and the predicate, and for a blank node reached twice the same way, its own triples.
     * Vocabularies use blank nodes only in lists, where this gives each list cell one stable label.
     */
    public static Graph stable(Graph graph) {
        Map<Node, String> labels = new HashMap<>();
        List<Node> frontier = new ArrayList<>();
        graph.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank() && t.getObject().isBlank() && !labels.containsKey(t.getObject())) {
                labels.put(t.getObject(), hash(t.getSubject() + " " + t.getPredicate() + " " + content(graph, t.getObject())));
                frontier.add(t.getObject());
            }
        });
        while (!frontier.isEmpty()) {
            Node parent = frontier.remove(frontier.size() - 1);
            graph.find(parent, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isBlank() && !labels.containsKey(t.getObject())) {
                    labels.put(t.getObject(), hash(labels.get(parent) + " " + t.getPredicate() + " " + content(graph, t.getObject())));
                    frontier.add(t.getObject());
                }
            });
        }
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> copy.add(Triple.create(rename(t.getSubject(), labels), t.getPredicate(),
                rename(t.getObject(), labels))));
        return copy;
    }

    /** The blank node's triples to IRIs and literals, sorted: tells apart two blank nodes reached the same way. */
    private static String content(Graph graph, Node blank) {
        List<String> lines = new ArrayList<>();
        graph.find(blank, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isBlank()) {
                lines.add(t.getPredicate() + " " + t.getObject());
            }
        });
        java.util.Collections.sort(lines);
        return String.join(";", lines);
    }

    private static Node rename(Node node, Map<Node, String> labels) {
        String label = node.isBlank() ? labels.get(node) : null;
        return label == null ? node : NodeFactory.createBlankNode(label);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "b" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
