package org.w3id.cailloux.node.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.OWL;
import org.w3id.cailloux.vocabulary.CX;

/** The version of the vocabulary the index holds: its {@code owl:versionIRI} and {@code owl:versionInfo}, null if absent. */
record VocabularyVersion(String versionIri, String version) {

    /** Reads the version from the vocabulary graph. */
    static VocabularyVersion of(Graph vocabulary) {
        Node ontology = NodeFactory.createURI(CX.ONTOLOGY);
        Node iri = G.getSP(vocabulary, ontology, OWL.versionIRI.asNode());
        Node info = G.getSP(vocabulary, ontology, OWL.versionInfo.asNode());
        return new VocabularyVersion(iri != null && iri.isURI() ? iri.getURI() : null,
                info != null && info.isLiteral() ? info.getLiteralLexicalForm() : null);
    }
}
