package org.w3id.cailloux.node.federation;

import io.micronaut.core.annotation.Nullable;
import org.apache.jena.graph.Node;

/**
 * Where a pattern is matched: the default graph (the union of every node's data and the vocabulary),
 * any node's graph ({@code GRAPH ?var}), or one node's graph ({@code GRAPH <iri>}).
 *
 * @param graph null for the default graph, else the variable or IRI of the enclosing GRAPH
 */
record GraphScope(@Nullable Node graph) {

    static final GraphScope DEFAULT = new GraphScope(null);

    boolean isDefault() {
        return graph == null;
    }

    /** Whether {@code source}'s data can match here: a GRAPH with an IRI admits only the node of that IRI. */
    boolean admits(Source source) {
        return graph == null || !graph.isURI() || graph.getURI().equals(source.nodeIri());
    }

    @Override
    public String toString() {
        return graph == null ? "default graph" : "GRAPH " + (graph.isVariable() ? graph.toString() : "<" + graph.getURI() + ">");
    }
}
