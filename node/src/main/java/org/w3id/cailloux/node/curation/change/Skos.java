package org.w3id.cailloux.node.curation.change;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** Small operations on a SKOS vocabulary graph that the changes share. */
final class Skos {

    static final Node CONCEPT = SKOS.Concept.asNode();
    static final Node IN_SCHEME = SKOS.inScheme.asNode();
    static final Node BROADER = SKOS.broader.asNode();
    static final Node NARROWER = SKOS.narrower.asNode();
    static final Node TOP_OF = SKOS.topConceptOf.asNode();
    static final Node HAS_TOP = SKOS.hasTopConcept.asNode();

    private Skos() {}

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** True when {@code iri} is a concept of the vocabulary. */
    static boolean isConcept(Graph g, String iri) {
        return g.contains(iri(iri), RDF.type.asNode(), CONCEPT);
    }

    /** The schemes the concept is in. */
    static List<Node> schemes(Graph g, Node concept) {
        List<Node> schemes = new ArrayList<>();
        g.find(concept, IN_SCHEME, Node.ANY).forEachRemaining(t -> schemes.add(t.getObject()));
        return schemes;
    }

    /** States {@code a p b} and, when b is a concept of the vocabulary, its inverse {@code b inverse a}. */
    static void link(Graph g, Node a, Node p, Node inverse, Node b) {
        g.add(a, p, b);
        if (inverse != null && g.contains(b, RDF.type.asNode(), CONCEPT)) {
            g.add(b, inverse, a);
        }
    }

    /** Removes {@code a p b} and {@code b inverse a}. */
    static void unlink(Graph g, Node a, Node p, Node inverse, Node b) {
        g.delete(Triple.create(a, p, b));
        if (inverse != null) {
            g.delete(Triple.create(b, inverse, a));
        }
    }

    /** Makes the concept a top concept of each of its schemes. */
    static void makeTop(Graph g, Node concept) {
        for (Node scheme : schemes(g, concept)) {
            g.add(concept, TOP_OF, scheme);
            g.add(scheme, HAS_TOP, concept);
        }
    }

    /** Takes the concept out of the hierarchy: no broader, no top concept; its narrower concepts stay below it. */
    static void detach(Graph g, Node concept) {
        List<Triple> gone = new ArrayList<>();
        g.find(concept, BROADER, Node.ANY).forEachRemaining(gone::add);
        g.find(Node.ANY, NARROWER, concept).forEachRemaining(gone::add);
        g.find(concept, TOP_OF, Node.ANY).forEachRemaining(gone::add);
        g.find(Node.ANY, HAS_TOP, concept).forEachRemaining(gone::add);
        gone.forEach(g::delete);
    }
}
