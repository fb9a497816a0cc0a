package org.w3id.cailloux.node.linkeddata;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The schema.org terms the records use, in the {@code http://schema.org/} namespace the vocabulary chose. */
final class SchemaOrg {

    /** The namespace. */
    static final String NS = "http://schema.org/";

    static final Node name = term("name");
    static final Node startDate = term("startDate");
    static final Node endDate = term("endDate");
    static final Node text = term("text");
    static final Node about = term("about");
    static final Node value = term("value");
    static final Node unitText = term("unitText");

    private SchemaOrg() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
