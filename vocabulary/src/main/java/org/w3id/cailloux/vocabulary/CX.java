package org.w3id.cailloux.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the Cailloux transition vocabulary, namespace {@value #NS}. */
public final class CX {

    /** The namespace of the terms. */
    public static final String NS = "https://w3id.org/cailloux/ns#";
    /** The ontology IRI (the namespace without its hash). */
    public static final String ONTOLOGY = "https://w3id.org/cailloux/ns";

    public static final Resource Experiment = resource("Experiment");
    public static final Resource Territory = resource("Territory");
    public static final Resource Narrative = resource("Narrative");
    public static final Resource DemocraticLifeNarrative = resource("DemocraticLifeNarrative");
    public static final Resource Milestone = resource("Milestone");
    public static final Resource MeansEngaged = resource("MeansEngaged");
    public static final Resource Effect = resource("Effect");
    public static final Resource Lesson = resource("Lesson");

    public static final Property narrative = property("narrative");
    public static final Property milestone = property("milestone");
    public static final Property meansEngaged = property("meansEngaged");
    public static final Property effect = property("effect");
    public static final Property lesson = property("lesson");
    public static final Property pillar = property("pillar");
    public static final Property theme = property("theme");
    public static final Property participationLevel = property("participationLevel");
    public static final Property device = property("device");
    public static final Property inspiredBy = property("inspiredBy");
    public static final Property adaptedFrom = property("adaptedFrom");
    public static final Property meansType = property("meansType");
    public static final Property effectType = property("effectType");
    public static final Property lessonKind = property("lessonKind");
    public static final Property population = property("population");
    public static final Property populationYear = property("populationYear");
    public static final Property memberOf = property("memberOf");
    public static final Property noReplacement = property("noReplacement");

    private CX() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
