package org.w3id.cailloux.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The term of the Asset Description Metadata Schema the vocabulary reuses, namespace {@value #NS}. */
public final class ADMS {

    /** The ADMS namespace. */
    public static final String NS = "http://www.w3.org/ns/adms#";

    public static final Property status = ResourceFactory.createProperty(NS, "status");

    private ADMS() {}
}
