package org.w3id.cailloux.vocabulary;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** Changeable copies of a vocabulary graph, with Turtle added on top, for tests. */
final class VocabularyCopies {

    /** The prefixes a Turtle snippet given to {@link #with} may use. */
    static final String PREFIXES = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix cx:   <https://w3id.org/cailloux/ns#> .
            @prefix themes: <https://w3id.org/cailloux/scheme/themes/> .
            @prefix effect-types: <https://w3id.org/cailloux/scheme/effect-types/> .
            """;

    private VocabularyCopies() {
    }

    /** A copy of the graph that can be changed. */
    static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    /** A copy of the graph with a Turtle snippet (using {@link #PREFIXES}) added. */
    static Graph with(Graph graph, String turtle) {
        Graph copy = copy(graph);
        RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).parse(copy);
        return copy;
    }
}
