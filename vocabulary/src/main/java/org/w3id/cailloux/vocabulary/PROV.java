package org.w3id.cailloux.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms the vocabulary reuses, namespace {@value #NS}. */
public final class PROV {

    /** The PROV namespace. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Resource Association = ResourceFactory.createResource(NS + "Association");
    public static final Resource Role = ResourceFactory.createResource(NS + "Role");
    public static final Property qualifiedAssociation = ResourceFactory.createProperty(NS, "qualifiedAssociation");
    public static final Property agent = ResourceFactory.createProperty(NS, "agent");
    public static final Property hadRole = ResourceFactory.createProperty(NS, "hadRole");
    public static final Property wasInfluencedBy = ResourceFactory.createProperty(NS, "wasInfluencedBy");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");

    private PROV() {}
}
