package org.w3id.cailloux.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The sample data shipped with the vocabulary: Loos-en-Gohelle and its experiments, taken only from
 * the seed documents. Its IRIs are relative, resolved against the base of the node that loads it.
 */
public final class SampleData {

    private SampleData() {}

    /** Loos-en-Gohelle's territory and experiments, with IRIs under {@code baseUri} (ending in a slash). */
    public static Graph loosEnGohelle(String baseUri) {
        Graph graph = GraphFactory.createDefaultGraph();
        String resource = TransitionVocabulary.RESOURCES + "sample/loos-en-gohelle.ttl";
        try (InputStream in = SampleData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing sample data " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(baseUri).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }
}
