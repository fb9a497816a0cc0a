package org.w3id.cailloux.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The INSEE geography term the vocabulary reuses, namespace {@value #NS}. */
public final class IGEO {

    /** The INSEE geography ontology namespace. */
    public static final String NS = "http://rdf.insee.fr/def/geo#";

    public static final Property codeINSEE = ResourceFactory.createProperty(NS, "codeINSEE");

    private IGEO() {}
}
