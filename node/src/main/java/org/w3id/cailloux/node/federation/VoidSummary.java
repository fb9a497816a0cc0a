package org.w3id.cailloux.node.federation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * What a node's VoID description says its data uses, read leniently: the properties of its
 * {@code void:propertyPartition}s (any {@code void:property}), the classes of its {@code void:classPartition}s
 * (any {@code void:class}), and the concepts it lists (any {@code dct:subject}, or any IRI of the vocabulary's
 * concept schemes). A list the description leaves out says nothing: only a present list can rule a node out.
 * The {@code void:triples} of a property partition, when given, says how much a pattern on that property can bring.
 */
record VoidSummary(Set<String> properties, Set<String> classes, Set<String> concepts, Map<String, Long> propertyTriples) {

    private static final Node PROPERTY = VOID.property.asNode();
    private static final Node CLASS = VOID._class.asNode();
    private static final Node SUBJECT = DCTerms.subject.asNode();
    private static final Node PARTITION = VOID.propertyPartition.asNode();
    private static final Node TRIPLES = VOID.triples.asNode();
    private static final String SCHEMES = "https://w3id.org/cailloux/scheme/";

    static VoidSummary of(Graph description) {
        Set<String> properties = iris(description, PROPERTY);
        Set<String> classes = iris(description, CLASS);
        Set<String> concepts = iris(description, SUBJECT);
        description.find().forEachRemaining(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(SCHEMES)) {
                concepts.add(t.getObject().getURI());
            }
        });
        return new VoidSummary(Set.copyOf(properties), Set.copyOf(classes), Set.copyOf(concepts), propertyTriples(description));
    }

    /**
     * At most how many triples the node sends for {@code star}: the sum of its properties' {@code void:triples};
     * empty when a predicate is a variable or a property's count is not given.
     */
    OptionalLong triples(Star star) {
        long sum = 0;
        for (Triple t : star.triples()) {
            Long count = t.getPredicate().isURI() ? propertyTriples.get(t.getPredicate().getURI()) : null;
            if (count == null) {
                return OptionalLong.empty();
            }
            sum += count;
        }
        return OptionalLong.of(sum);
    }

    private static Map<String, Long> propertyTriples(Graph description) {
        Map<String, Long> counts = new HashMap<>();
        description.find(Node.ANY, PARTITION, Node.ANY).forEachRemaining(partition -> {
            Node property = G.getSP(description, partition.getObject(), PROPERTY);
            Node triples = G.getSP(description, partition.getObject(), TRIPLES);
            if (property != null && property.isURI() && triples != null && triples.isLiteral()
                    && triples.getLiteralValue() instanceof Number number && number.longValue() >= 0) {
                counts.put(property.getURI(), number.longValue());
            }
        });
        return Map.copyOf(counts);
    }

    /** Why the node's data cannot match {@code star}, or empty if the description allows it. */
    Optional<String> excludes(Star star) {
        for (Triple t : star.triples()) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(RDF.type.asNode())) {
                if (o.isURI() && !classes.isEmpty() && !classes.contains(o.getURI())) {
                    return Optional.of("VoID lists no class <" + o.getURI() + ">");
                }
            } else if (p.isURI() && !properties.isEmpty() && !properties.contains(p.getURI())) {
                return Optional.of("VoID lists no property <" + p.getURI() + ">");
            }
            if (o.isURI() && o.getURI().startsWith(SCHEMES) && !concepts.isEmpty() && !concepts.contains(o.getURI())) {
                return Optional.of("VoID lists no concept <" + o.getURI() + ">");
            }
        }
        return Optional.empty();
    }

    /** True when the description lists nothing this node can use. */
    boolean isEmpty() {
        return properties.isEmpty() && classes.isEmpty() && concepts.isEmpty();
    }

    private static Set<String> iris(Graph graph, Node predicate) {
        Set<String> iris = new HashSet<>();
        graph.find(Node.ANY, predicate, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                iris.add(t.getObject().getURI());
            }
        });
        return iris;
    }
}
